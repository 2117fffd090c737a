package org.phonetriage.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.phonetriage.model.UtcSeconds;
import org.phonetriage.xref.XrefReport.CardEvidence;
import org.phonetriage.xref.XrefReport.Community;
import org.phonetriage.xref.XrefReport.DeviceLink;
import org.phonetriage.xref.XrefReport.IdentifierOnDevice;
import org.phonetriage.xref.XrefReport.OtherCaseHit;
import org.phonetriage.xref.XrefReport.Person;
import org.phonetriage.xref.XrefReport.PersonCandidate;
import org.phonetriage.xref.XrefReport.SharedIdentifier;
import org.phonetriage.xref.rules.Decisions;
import org.phonetriage.xref.rules.LinkFold;
import org.phonetriage.xref.rules.LinkRules;
import org.phonetriage.xref.rules.OccurrenceSql;
import org.phonetriage.xref.rules.OtherCaseFold;
import org.phonetriage.xref.rules.PersonGrouping;

/**
 * The cross-reference of every case in an export folder, on Spark: device links, person
 * candidates, persons, shared identifiers with their devices and aliases, degree, communications,
 * PageRank and betweenness, and the hits of each case's identifiers in the other cases. Every rule is the
 * embedded engine's (org.phonetriage.xref.rules): the joins and aggregates run on the cluster,
 * and the folds of their (small) grouped results run on the driver through the same classes.
 */
public final class XrefJob {

    private final SparkSession spark;
    private final int minDevices;
    private final Stages stages;

    public XrefJob(SparkSession spark, int minDevices, Stages stages) {
        if (minDevices < 1) {
            throw new IllegalArgumentException("--min-devices must be at least 1");
        }
        this.spark = spark;
        this.minDevices = minDevices;
        this.stages = stages;
    }

    /** What receives the cases' results, one case at a time, in the order of their names. */
    @FunctionalInterface
    public interface CaseSink {
        void accept(SparkXref.CaseXref c) throws Exception;
    }

    /**
     * Cross-references every case of the export folder {@code input}. The sections whose size
     * grows with the cases (identifiers, network, hits in other cases) are computed on the
     * cluster, kept there sorted by case, and folded on the driver one case at a time as that
     * case is handed to {@code out}.
     */
    public void run(String input, CaseSink out) throws Exception {
        stages.time("load", () -> {
            for (String table : List.of("devices", "occurrences", "owners", "edges", "identifiers", "sims",
                    "person_decisions")) {
                CaseTables.load(spark, input, table).createOrReplaceTempView(table);
            }
            return null;
        });
        // in Spark's order of the names: the order ByCase hands the rows in
        List<String> cases = spark.sql("SELECT DISTINCT `case` FROM devices ORDER BY `case`").collectAsList()
                .stream().map(r -> r.getString(0)).toList();
        Map<String, List<DeviceLink>> links = stages.time("device_links", this::deviceLinks);
        Map<String, List<PersonCandidate>> candidates = stages.time("person_candidates", this::personCandidates);
        Map<String, List<Person>> persons = stages.time("persons", () -> SparkPersons.resolve(spark));
        ByCase network = stages.time("network", this::network);
        Map<String, List<Community>> communities = stages.time("communities", this::communities);
        Map<String, Set<String>> referenced = new HashMap<>();
        links.forEach((c, ls) -> ls.forEach(l -> referenced.computeIfAbsent(c, k -> new TreeSet<>()).addAll(l.via())));
        candidates.forEach((c, ps) -> ps.forEach(p -> referenced.computeIfAbsent(c, k -> new TreeSet<>()).addAll(p.keys())));
        communities.forEach((c, cs) -> cs.forEach(m -> referenced.computeIfAbsent(c, k -> new TreeSet<>())
                .addAll(m.members())));
        ByCase identifiers = stages.time("identifiers", () -> identifiers(referenced));
        Map<String, Map<Long, Set<String>>> ownerOf = ownersOfIdentifiers();
        ByCase hits = stages.time("other_cases", this::otherCases);
        stages.time("fold_and_write", () -> {
            for (String c : cases) {
                List<SharedIdentifier> listed = identifiers(identifiers.take(c), ownerOf.getOrDefault(c, Map.of()));
                out.accept(new SparkXref.CaseXref(c, listed.stream().filter(i -> !isService(i)).toList(),
                        listed.stream().filter(XrefJob::isService).toList(), links.getOrDefault(c, List.of()),
                        candidates.getOrDefault(c, List.of()), persons.getOrDefault(c, List.of()),
                        measures(network.take(c)), communities.getOrDefault(c, List.of()), hits(hits.take(c))));
            }
            identifiers.finish();
            network.finish();
            hits.finish();
            return null;
        });
    }

    /** Short codes, sender names, service codes and toll-free numbers: context, not people. */
    private static boolean isService(SharedIdentifier i) {
        return i.devices().stream().allMatch(d -> "service".equals(d.level()));
    }

    private Map<String, List<DeviceLink>> deviceLinks() {
        Map<String, Set<String>> sims = new HashMap<>();
        for (Row r : spark.sql("SELECT `case`, label FROM devices WHERE platform = 'sim'").collectAsList()) {
            sims.computeIfAbsent(r.getString(0), k -> new TreeSet<>()).add(r.getString(1));
        }
        Map<String, LinkFold> folds = new TreeMap<>();
        Iterator<Row> rows = spark.sql("SELECT ow.`case`, da.label, db.label, o.key, o.role, "
                + OccurrenceSql.anyStrong("o") + ", count(*), min(o.time_utc), max(o.time_utc)"
                + " FROM (SELECT DISTINCT `case`, device_id, identifier_id FROM owners) ow"
                + " JOIN occurrences o ON o.`case` = ow.`case` AND o.identifier_id = ow.identifier_id"
                + "   AND o.device_id <> ow.device_id"
                + " JOIN devices da ON da.`case` = ow.`case` AND da.device_id = ow.device_id"
                + " JOIN devices db ON db.`case` = o.`case` AND db.device_id = o.device_id"
                + " WHERE " + OccurrenceSql.linking("o") + " AND o.earlier_version = 0"
                + " GROUP BY ow.`case`, da.label, db.label, ow.identifier_id, o.key, o.role").toLocalIterator();
        while (rows.hasNext()) {
            Row r = rows.next();
            folds.computeIfAbsent(r.getString(0), c -> new LinkFold(sims.getOrDefault(c, Set.of())))
                    .add(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5) == 1,
                            r.getLong(6), r.getString(7), r.getString(8));
        }
        // one IMSI owned under different ICCIDs
        Map<String, Map<String, Set<String>>> iccids = new HashMap<>();
        Map<String, Map<String, Set<String>>> imsiOwners = new HashMap<>();
        for (Row r : spark.sql("SELECT DISTINCT ow.`case`, d.label, ow.key FROM owners ow JOIN devices d"
                + " ON d.`case` = ow.`case` AND d.device_id = ow.device_id"
                + " WHERE ow.key LIKE 'imsi:%' OR ow.key LIKE 'iccid:%'").collectAsList()) {
            if (r.getString(2).startsWith("iccid:")) {
                iccids.computeIfAbsent(r.getString(0), k -> new HashMap<>())
                        .computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(2));
            } else {
                imsiOwners.computeIfAbsent(r.getString(0), k -> new HashMap<>())
                        .computeIfAbsent(r.getString(2), k -> new TreeSet<>()).add(r.getString(1));
            }
        }
        imsiOwners.forEach((c, owners) -> {
            for (LinkFold.SharedImsiPair<String> p : LinkFold.sharedImsi(iccids.getOrDefault(c, Map.of()), owners)) {
                folds.computeIfAbsent(c, k -> new LinkFold(sims.getOrDefault(c, Set.of())))
                        .addSharedImsi(p.first(), p.second(), p.imsiKey());
            }
        });
        Map<String, List<DeviceLink>> out = new HashMap<>();
        folds.forEach((c, f) -> out.put(c, f.links()));
        return out;
    }

    private Map<String, List<PersonCandidate>> personCandidates() {
        Map<String, Map<Long, PersonGrouping.Card>> cards = new TreeMap<>();
        Iterator<Row> rows = spark.sql("SELECT o.`case`, o.record_id, d.label, o.name, o.key FROM occurrences o"
                + " JOIN devices d ON d.`case` = o.`case` AND d.device_id = o.device_id"
                + " LEFT SEMI JOIN (SELECT `case`, record_id FROM occurrences WHERE record_table = 'contacts'"
                + "   GROUP BY `case`, record_id HAVING count(DISTINCT identifier_id) >= 2) m"
                + "   ON m.`case` = o.`case` AND m.record_id = o.record_id"
                + " WHERE " + OccurrenceSql.cardIdentifier("o")).toLocalIterator();
        while (rows.hasNext()) {
            Row r = rows.next();
            Map<Long, PersonGrouping.Card> ofCase = cards.computeIfAbsent(r.getString(0), k -> new TreeMap<>());
            PersonGrouping.Card card = ofCase.get(r.getLong(1));
            Set<String> keys = card == null ? new TreeSet<>() : card.keys();
            keys.add(r.getString(4));
            ofCase.put(r.getLong(1), new PersonGrouping.Card(r.getString(2), r.getString(3), keys));
        }
        Map<String, Decisions> decisions = SparkPersons.decisions(spark);
        Map<String, List<PersonCandidate>> out = new HashMap<>();
        cards.forEach((c, byRecord) -> {
            List<PersonCandidate> list = new ArrayList<>();
            for (PersonGrouping.Group g : PersonGrouping.group(new ArrayList<>(byRecord.values()))) {
                list.add(new PersonCandidate(g.keys(), g.cards().stream()
                        .map(k -> new CardEvidence(k.device(), k.name(), List.copyOf(k.keys()))).toList(), g.id(),
                        decisions.getOrDefault(c, new Decisions()).onCandidate(g.keys())));
            }
            out.put(c, list);
        });
        return out;
    }

    /**
     * The identifiers to list (on at least --min-devices devices at a counted level, owned, or
     * named by another section), one row per identifier and device holding it, with what that
     * device says of it.
     */
    private ByCase identifiers(Map<String, Set<String>> referenced) {
        List<Row> refs = new ArrayList<>();
        referenced.forEach((c, keys) -> keys.forEach(k -> refs.add(RowFactory.create(c, k))));
        spark.createDataFrame(refs, new StructType().add("case", "string").add("key", "string"))
                .createOrReplaceTempView("referenced");
        spark.sql("SELECT `case`, identifier_id FROM occurrences o WHERE " + OccurrenceSql.counted("o")
                + " GROUP BY `case`, identifier_id HAVING count(DISTINCT device_id) >= " + minDevices
                + " UNION SELECT `case`, identifier_id FROM owners"
                + " UNION SELECT DISTINCT o.`case`, o.identifier_id FROM occurrences o"
                + "   LEFT SEMI JOIN referenced r ON r.`case` = o.`case` AND r.key = o.key")
                .createOrReplaceTempView("listed");
        return ByCase.of(spark.sql("SELECT o.`case`, o.identifier_id, first(o.key), first(o.type), d.label,"
                + " collect_set(o.role), count(*), min(o.time_utc), max(o.time_utc), min(o.confidence),"
                + " " + OccurrenceSql.anyStrong("o") + ","
                + " substr(min(concat(o.confidence, '|', o.rule)), 3),"
                + " " + OccurrenceSql.anyService("o") + ","
                + " collect_set(CASE WHEN o.name <> '' THEN o.name END),"
                + " collect_set(CASE WHEN o.raw <> '' THEN o.raw END), sum(o.recovered)"
                + " FROM occurrences o LEFT SEMI JOIN listed l ON l.`case` = o.`case` AND l.identifier_id = o.identifier_id"
                + " JOIN devices d ON d.`case` = o.`case` AND d.device_id = o.device_id"
                + " GROUP BY o.`case`, o.identifier_id, d.label"));
    }

    /** Each case's owned identifiers and the devices owning them. */
    private Map<String, Map<Long, Set<String>>> ownersOfIdentifiers() {
        Map<String, Map<Long, Set<String>>> ownerOf = new HashMap<>();
        for (Row r : spark.sql("SELECT DISTINCT ow.`case`, ow.identifier_id, d.label FROM owners ow JOIN devices d"
                + " ON d.`case` = ow.`case` AND d.device_id = ow.device_id").collectAsList()) {
            ownerOf.computeIfAbsent(r.getString(0), k -> new HashMap<>())
                    .computeIfAbsent(r.getLong(1), k -> new TreeSet<>()).add(r.getString(2));
        }
        return ownerOf;
    }

    /** One case's identifier rows → its listed identifiers, sorted by key, devices by label. */
    private static List<SharedIdentifier> identifiers(List<Row> rows, Map<Long, Set<String>> ownerOf) {
        Map<Long, Ident> byId = new HashMap<>();
        for (Row r : rows) {
            Ident ident = byId.computeIfAbsent(r.getLong(1), k -> new Ident());
            ident.key = r.getString(2);
            ident.type = r.getString(3);
            String grade = r.getString(9);
            if (ident.confidence == null || grade.compareTo(ident.confidence) < 0) {
                ident.confidence = grade;
            }
            ident.devices.add(new IdentifierOnDevice(r.getString(4),
                    LinkRules.deviceLevel(r.getInt(10) == 1, r.getInt(12) == 1), r.getString(11),
                    sorted(r.getList(5)), r.getLong(6), sorted(r.getList(13)), sorted(r.getList(14)),
                    UtcSeconds.of(r.getString(7)), UtcSeconds.of(r.getString(8)), r.getLong(15)));
        }
        List<SharedIdentifier> list = new ArrayList<>();
        byId.forEach((id, i) -> {
            i.devices.sort((a, b) -> a.label().compareTo(b.label()));
            list.add(new SharedIdentifier(i.key, i.type, i.confidence, List.copyOf(ownerOf.getOrDefault(id, Set.of())),
                    i.devices));
        });
        list.sort((a, b) -> a.key().compareTo(b.key()));
        return list;
    }

    /**
     * Degree, communications (weighted degree), PageRank and betweenness (within the cross-device
     * core, 0 outside it) of every node of every case's graph; the core's measures are kept for
     * the communities.
     */
    private ByCase network() {
        spark.sql("SELECT `case`, src, dst, calls + messages AS weight FROM edges").createOrReplaceTempView("weighted");
        Dataset<Row> ranks = PageRanks.compute(spark.table("weighted"));
        ranks.createOrReplaceTempView("ranks");
        CoreMeasures.compute(spark).localCheckpoint().createOrReplaceTempView("core_measures");
        return ByCase.of(spark.sql("WITH ends AS (SELECT `case`, src AS node, dst AS other, weight FROM weighted"
                + "   UNION ALL SELECT `case`, dst AS node, src AS other, weight FROM weighted)"
                + " SELECT e.`case`, e.node, count(DISTINCT e.other), sum(e.weight), first(r.pagerank),"
                + " coalesce(first(b.betweenness), 0D) FROM ends e"
                + " JOIN ranks r ON r.`case` = e.`case` AND r.node = e.node"
                + " LEFT JOIN core_measures b ON b.`case` = e.`case` AND b.node = e.node GROUP BY e.`case`, e.node"));
    }

    /** One case's network rows → its nodes' measures, sorted by key. */
    private static List<SparkXref.NodeMeasures> measures(List<Row> rows) {
        List<SparkXref.NodeMeasures> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new SparkXref.NodeMeasures(r.getString(1), r.getLong(2), r.getLong(3), r.getDouble(4),
                    r.getDouble(5)));
        }
        out.sort((a, b) -> a.key().compareTo(b.key()));
        return out;
    }

    /**
     * The communities of each case's core (numbered as found, largest first), each with the seized
     * devices its members are the owners of.
     */
    private Map<String, List<Community>> communities() {
        Map<String, Map<String, Set<String>>> ownedBy = new HashMap<>();
        for (Row r : spark.sql("SELECT ow.`case`, ow.key, d.label FROM owners ow JOIN devices d"
                + " ON d.`case` = ow.`case` AND d.device_id = ow.device_id"
                + " UNION SELECT `case`, node, label FROM bt_devices").collectAsList()) {
            ownedBy.computeIfAbsent(r.getString(0), k -> new HashMap<>())
                    .computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(2));
        }
        Map<String, Map<Integer, List<String>>> members = new TreeMap<>();
        for (Row r : spark.sql("SELECT `case`, community, node FROM core_measures WHERE community > 0")
                .collectAsList()) {
            members.computeIfAbsent(r.getString(0), k -> new TreeMap<>())
                    .computeIfAbsent(r.getInt(1), k -> new ArrayList<>()).add(r.getString(2));
        }
        Map<String, List<Community>> out = new HashMap<>();
        members.forEach((c, byNumber) -> byNumber.forEach((number, keys) -> {
            Set<String> seized = new TreeSet<>();
            keys.forEach(k -> seized.addAll(ownedBy.getOrDefault(c, Map.of()).getOrDefault(k, Set.of())));
            out.computeIfAbsent(c, k -> new ArrayList<>())
                    .add(new Community(number, sorted(keys), List.copyOf(seized)));
        }));
        return out;
    }

    /**
     * For each case, its identifiers that the other cases hold, with their devices there: one row
     * per (key, other case, device, level, role). What each case holds is grouped before the join,
     * so the join pairs holdings, not occurrences.
     */
    private ByCase otherCases() {
        spark.sql("SELECT o.`case`, o.key, d.label, o.level, o.role, count(*) AS n, min(o.time_utc) AS first_seen,"
                + " max(o.time_utc) AS last_seen FROM occurrences o"
                + " JOIN devices d ON d.`case` = o.`case` AND d.device_id = o.device_id"
                + " WHERE " + OccurrenceSql.counted("o") + " GROUP BY o.`case`, o.key, d.label, o.level, o.role")
                .createOrReplaceTempView("holdings");
        return ByCase.of(spark.sql("SELECT k.`case`, k.key, h.`case` AS other_case, h.label, h.level, h.role, h.n,"
                + " h.first_seen, h.last_seen"
                + " FROM (SELECT DISTINCT `case`, key FROM holdings) k JOIN holdings h ON h.key = k.key"
                + "   AND h.`case` <> k.`case`"));
    }

    /** One case's hit rows → its other_cases, by the embedded engine's fold. */
    private static List<OtherCaseHit> hits(List<Row> rows) {
        OtherCaseFold fold = new OtherCaseFold();
        for (Row r : rows) {
            fold.add(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getLong(6),
                    UtcSeconds.of(r.getString(7)), UtcSeconds.of(r.getString(8)));
        }
        return fold.hits();
    }

    private static List<String> sorted(List<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    private static final class Ident {
        String key;
        String type;
        String confidence;
        final List<IdentifierOnDevice> devices = new ArrayList<>();
    }
}
