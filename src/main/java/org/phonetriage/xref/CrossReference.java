package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.phonetriage.model.UtcSeconds;
import org.phonetriage.xref.XrefReport.Counts;
import org.phonetriage.xref.XrefReport.DeviceSummary;
import org.phonetriage.xref.XrefReport.EvidenceRef;
import org.phonetriage.xref.XrefReport.OwnerIdentifier;
import org.phonetriage.xref.XrefReport.SharedIdentifier;

/**
 * Builds the cross-reference of a case from its database alone (it never opens evidence): every
 * identifier seen on two or more devices, every owner identifier, and the links between devices
 * through their owners' identifiers. All of it is a join on identifier keys.
 *
 * <p>The listing of devices and identifiers is the cross-reference itself; the analyses on top of
 * it ({@link #ANALYSES}) run as steps of an {@link AnalysisRunner}, so one that fails leaves its
 * section empty, is named in {@code failed_analyses}, and the others are still there.
 */
public final class CrossReference {

    /** The analyses, by the names a failure is reported under (mostly their xref.json keys). */
    public static final List<String> ANALYSES = List.of("pagerank", "betweenness", "communities", "key_players",
            "device_links", "common_contacts", "person_candidates", "persons", "region_flows", OtherCases.ANALYSIS);

    private final Connection db;

    public CrossReference(Connection db) {
        this.db = db;
    }

    /** The cross-reference; an analysis that fails throws. */
    public XrefReport build(XrefReport.Tool tool, XrefOptions options) throws SQLException {
        AnalysisRunner analyses = new AnalysisRunner();
        XrefReport xref = build(tool, options, Network.load(db, analyses), analyses);
        analyses.requireNoFailure();
        return xref;
    }

    /** The same, with the case's network already loaded (the exports use it too). */
    public XrefReport build(XrefReport.Tool tool, XrefOptions options, Network network) throws SQLException {
        AnalysisRunner analyses = new AnalysisRunner();
        XrefReport xref = build(tool, options, network, analyses);
        analyses.requireNoFailure();
        return xref;
    }

    /**
     * The cross-reference, each analysis a step of {@code analyses} (the network's measures were
     * too, when it was loaded with them): a failed one gives an empty section. The listing, links,
     * counts and common contacts come from the graph's pass over the occurrences.
     */
    public XrefReport build(XrefReport.Tool tool, XrefOptions options, Network network, AnalysisRunner analyses)
            throws SQLException {
        try (RecordCounts records = RecordCounts.start(db)) {
            return build(tool, options, network, analyses, records);
        }
    }

    private XrefReport build(XrefReport.Tool tool, XrefOptions options, Network network, AnalysisRunner analyses,
                             RecordCounts records) throws SQLException {
        Map<Long, String> labels = deviceLabels();
        CommunicationGraph graph = network.graph();
        OccurrencePass pass = graph.occurrences();
        List<XrefReport.DeviceLink> links = analyses.run("device_links", List.of(),
                () -> DeviceLinks.find(db, pass, labels));
        List<XrefReport.Person> resolved = analyses.run("persons", List.of(), () -> Persons.resolve(db));
        // read, and what needs no measure computed, while the network's measures may still be
        // computed on another thread (the main thread waited for them, idle, for seconds); each
        // step is still reported, failed or not, where it was
        IdentifierListing listing = IdentifierListing.read(db, pass, labels, options);
        AnalysisRunner.Step<PersonNetwork> personNetwork = AnalysisRunner.ranAhead(
                () -> PersonNetwork.of(graph, resolved, options.metric()));
        AnalysisRunner.Step<List<XrefReport.CommonContacts>> commonContacts = AnalysisRunner.ranAhead(
                () -> CommonContactsFinder.find(pass, labels));
        AnalysisRunner.Step<List<XrefReport.PersonCandidate>> personCandidates = AnalysisRunner.ranAhead(
                () -> PersonCandidates.withDecisions(PersonCandidates.find(db), PersonDecisions.load(db)));
        AnalysisRunner.Step<List<XrefReport.RegionFlow>> regionFlows = AnalysisRunner.ranAhead(
                () -> RegionFlows.of(graph));
        NetworkMetrics metrics = network.metrics();
        List<XrefReport.KeyPlayer> keyPlayers = analyses.run("key_players", List.of(), () -> KeyPlayers.rankPersons(
                graph, metrics, personNetwork.run(), resolved, options.metric(), options.top()));
        List<XrefReport.Person> rankedPersons = ranked(resolved, keyPlayers);
        List<XrefReport.CommonContacts> common = analyses.run("common_contacts", List.of(), commonContacts);
        List<XrefReport.PersonCandidate> persons = analyses.run("person_candidates", List.of(), personCandidates);
        List<XrefReport.RegionFlow> flows = analyses.run("region_flows", List.of(), regionFlows);
        List<XrefReport.Community> communities = communities(graph, metrics);
        List<SharedIdentifier> listed = listing.with(referencedKeys(links, keyPlayers, common, persons, communities));
        List<SharedIdentifier> people = listed.stream().filter(i -> !isService(i)).toList();
        List<SharedIdentifier> services = listed.stream().filter(CrossReference::isService).toList();
        List<DeviceSummary> devices = devices(graph, pass, records); // last: its records are counted meanwhile
        return new XrefReport(XrefReport.FORMAT, XrefReport.VERSION,
                UtcSeconds.now(), tool, devices, people, links, keyPlayers,
                services, common, communities, persons, rankedPersons, flows, analyses.failed(), List.of());
    }

    /** The persons, each with its rank among the key players when it is one of them. */
    private static List<XrefReport.Person> ranked(List<XrefReport.Person> persons,
                                                  List<XrefReport.KeyPlayer> keyPlayers) {
        Map<String, Integer> rank = new HashMap<>();
        keyPlayers.stream().filter(k -> k.person() != null).forEach(k -> rank.putIfAbsent(k.person(), k.rank()));
        return persons.stream().map(p -> p.ranked(rank.get(p.id()))).toList();
    }

    /**
     * Every key the other sections name, so that each is listed whatever {@code --min-devices}
     * says and a script finds it in {@code identifiers} (or {@code service_identifiers}); a
     * device's stand-in {@code device:LABEL} is no identifier and is found in {@code devices}.
     */
    private static Set<String> referencedKeys(List<XrefReport.DeviceLink> links, List<XrefReport.KeyPlayer> players,
                                              List<XrefReport.CommonContacts> common,
                                              List<XrefReport.PersonCandidate> persons,
                                              List<XrefReport.Community> communities) {
        Set<String> keys = new TreeSet<>();
        links.forEach(l -> keys.addAll(l.via()));
        players.forEach(p -> keys.add(p.key()));
        common.forEach(c -> keys.addAll(c.keys()));
        persons.forEach(p -> keys.addAll(p.keys()));
        communities.forEach(c -> keys.addAll(c.members()));
        return keys;
    }

    /** Short codes, sender names, service codes and toll-free numbers: context, not people. */
    private static boolean isService(SharedIdentifier i) {
        return i.devices().stream().allMatch(d -> "service".equals(d.level()));
    }

    private static List<XrefReport.Community> communities(CommunicationGraph graph, NetworkMetrics metrics) {
        List<XrefReport.Community> out = new ArrayList<>();
        List<List<String>> found = metrics.communities();
        for (int i = 0; i < found.size(); i++) {
            TreeSet<String> seized = new TreeSet<>();
            found.get(i).forEach(key -> seized.addAll(graph.node(key).ownedBy));
            out.add(new XrefReport.Community(i + 1, found.get(i), List.copyOf(seized)));
        }
        return out;
    }

    private Map<Long, String> deviceLabels() throws SQLException {
        Map<Long, String> labels = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id, label FROM devices")) {
            while (rs.next()) {
                labels.put(rs.getLong(1), rs.getString(2));
            }
        }
        return labels;
    }

    private List<DeviceSummary> devices(CommunicationGraph graph, OccurrencePass pass, RecordCounts records)
            throws SQLException {
        Map<String, String> networkKeys = new HashMap<>();
        graph.devices().forEach(d -> networkKeys.put(d.label(), d.node()));
        Map<Long, long[]> counts = counts(records, pass);
        List<DeviceSummary> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, label, platform, home_region, region_basis, status FROM devices"
                     + " ORDER BY label")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                out.add(new DeviceSummary(rs.getString(2), rs.getString(3), evidence(id), rs.getString(4),
                        rs.getString(5), owners(id), counts(counts.get(id)), "complete".equals(rs.getString(6)),
                        networkKeys.get(rs.getString(2))));
            }
        }
        return out;
    }

    private List<EvidenceRef> evidence(long deviceId) throws SQLException {
        List<EvidenceRef> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT path, sha256, format, abs_path FROM evidence_items WHERE device_id = ? ORDER BY path")) {
            ps.setLong(1, deviceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // the name from the absolute path taken at ingest, not from today's working directory
                    out.add(new EvidenceRef(rs.getString(1), rs.getString(2), rs.getString(3),
                            ItemName.of(rs.getString(4))));
                }
            }
        }
        return out;
    }

    /** One entry per identifier, its bases joined ("; "): an address several stores name is one owner fact. */
    private List<OwnerIdentifier> owners(long deviceId) throws SQLException {
        Map<String, Set<String>> bases = new LinkedHashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT i.key, o.basis FROM owner_identifiers o"
                + " JOIN identifiers i ON i.id = o.identifier_id WHERE o.device_id = ? ORDER BY i.key, o.basis")) {
            ps.setLong(1, deviceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bases.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                }
            }
        }
        List<OwnerIdentifier> out = new ArrayList<>();
        bases.forEach((key, b) -> out.add(new OwnerIdentifier(key, String.join("; ", b))));
        return out;
    }

    private static Counts counts(long[] c) {
        return c == null ? new Counts(0, 0, 0, 0, 0) : new Counts(c[0], c[1], c[2], c[3], c[4]);
    }

    /**
     * Contacts, calls, messages ({@link RecordCounts}) and distinct identifiers of every device,
     * the identifiers from the pass's (identifier, device) facts.
     */
    private static Map<Long, long[]> counts(RecordCounts records, OccurrencePass pass) throws SQLException {
        Map<Long, long[]> counts = records.get();
        pass.pairs().forEach(on -> counts.computeIfAbsent(on.deviceId, k -> new long[5])[3]++);
        return counts;
    }
}
