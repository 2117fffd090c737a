package org.phonetriage.report.caseuco;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small tables of a case, read once: devices, evidence items, SIM cards with the owner identifiers read
 * from them, and parser runs. The record tables (millions of rows) are streamed by the sections instead.
 * Also the naming rules every section shares, so that a reference and the node it points at agree.
 *
 * <p>IRIs come from the evidence, never from the case database's row ids, which depend on the order the items
 * were ingested in: an item is named by its device and its SHA-256, a file by its item and its path in it, a
 * parser run by its file and its parser, a record by its run, its source table and row (and, for rows that
 * share all three, its place among them in the order the parser gave them). So two cases of the same items,
 * ingested in any order, give the same IRIs, and their bundles merge without duplicates.
 */
final class CaseIndex {

    /** A seized device; seed makes its records' IRIs unique to this phone, not just to its label. */
    record Device(long id, String label, String platform, String addedAt, String toolVersion,
            String libphonenumber, String seed, List<String> imeis) {

        UcoTerm nodeClass() {
            return "android".equals(platform) || "ios".equals(platform) ? UcoTerm.MOBILE_PHONE : UcoTerm.DEVICE;
        }

        String iri() {
            return nodeIri().toString();
        }

        NodeIri nodeIri() {
            return CaseIri.iri(nodeClass(), seed);
        }
    }

    record EvidenceItem(long id, long deviceId, String path, String format, String sha256, Long size) {

        /** A folder item's hash is a tree hash of its listing, not of any content: it is no File. */
        boolean isFolder() {
            return "folder".equals(format);
        }
    }

    /** One siminfo row with the identifiers read from it: keys as in the identifiers table, null if absent. */
    record Sim(long rowId, long deviceId, long runId, String rawIccid, String iccidKey, String imsiKey, String phoneKey) {

        /** What identifies the card itself: its ICCID, else its IMSI; null when the row has neither. */
        String cardKey() {
            return iccidKey != null ? iccidKey : imsiKey;
        }
    }

    /** ordinal: which of the runs of one parser over one file this is (0 for the first, by id). */
    record ParserRun(long id, long deviceId, long itemId, long fileId, String parserId, String parserVersion, String startedAt,
            String finishedAt, String status, String message, String filePath, long ordinal) {
    }

    /**
     * Where a record row comes from: its parser run, the source's table and row, and which of the rows sharing
     * those three it is (0 for the first, by id: the order the parser gave them in).
     */
    record Source(long runId, String table, Long row, long ordinal) {
    }

    /** Android app data lives under data/data/PKG, data/user/N/PKG or data/user_de/N/PKG. */
    private static final Pattern ANDROID_PACKAGE =
            Pattern.compile("(?:^|/)data/(?:data|user(?:_de)?/\\d+)/([A-Za-z][\\w.]*)/");

    private final Map<Long, Device> devices = new LinkedHashMap<>();
    private final List<EvidenceItem> items = new ArrayList<>();
    private final Map<Long, EvidenceItem> itemById = new LinkedHashMap<>();
    private final List<Sim> sims = new ArrayList<>();
    private final Map<Long, Sim> simByRow = new LinkedHashMap<>();
    private final Map<Long, ParserRun> runs = new LinkedHashMap<>();
    /** Per parser run, the IRIs its every record repeats (each one a chain of SHA-1s): made once. */
    private final Map<Long, String> runIris = new HashMap<>();
    private final Map<Long, Optional<NodeIri>> runApplications = new HashMap<>();
    /** Per device and subscription, this phone's side of its calls and messages. */
    private final Map<String, NodeIri> ownerParties = new HashMap<>();

    CaseIndex(Connection db) throws SQLException {
        readItems(db);
        readDevices(db);
        readSims(db);
        readRuns(db);
    }

    List<Device> devices() {
        return List.copyOf(devices.values());
    }

    Device device(long id) {
        Device d = devices.get(id);
        if (d == null) {
            throw new IllegalStateException("record of unknown device " + id);
        }
        return d;
    }

    List<EvidenceItem> items() {
        return items;
    }

    List<Sim> sims() {
        return sims;
    }

    List<ParserRun> runs() {
        return List.copyOf(runs.values());
    }

    /** The IRI of a contact, call or message: from the run that read it and its place in the source. */
    NodeIri record(UcoTerm nodeClass, Source source) {
        String runIri = runIris.computeIfAbsent(source.runId(), id -> {
            ParserRun run = runs.get(id);
            if (run == null) {
                throw new IllegalStateException("record of unknown parser run " + id);
            }
            return run(run);
        });
        return CaseIri.iri(nodeClass, runIri, source.table(), source.row(), source.ordinal());
    }

    /** An item of a device, by its content (its path on the command line depends on where it was typed). */
    String item(EvidenceItem item) {
        String content = item.sha256() != null ? item.sha256() : item.path();
        return CaseIri.of(item.isFolder() ? UcoTerm.DIRECTORY : UcoTerm.FILE, device(item.deviceId()).seed(),
                "evidence_items", content);
    }

    /** The IRI of a file inside an evidence item, by its path there. */
    String file(long itemId, String path) {
        EvidenceItem item = itemById.get(itemId);
        if (item == null) {
            throw new IllegalStateException("file of unknown evidence item " + itemId);
        }
        return CaseIri.of(UcoTerm.FILE, item(item), "evidence_files", path);
    }

    String runFile(ParserRun run) {
        return file(run.itemId(), run.filePath());
    }

    String run(ParserRun run) {
        return CaseIri.of(UcoTerm.INVESTIGATIVE_ACTION, runFile(run), "parser_runs", run.parserId(), run.ordinal());
    }

    String ingest(Device d) {
        return CaseIri.of(UcoTerm.INVESTIGATIVE_ACTION, d.seed(), "ingest");
    }

    /** The SIM card node of a siminfo row; null when the row names no card. */
    String simCard(long simRowId) {
        Sim s = simByRow.get(simRowId);
        return s == null || s.cardKey() == null ? null : simCard(s.cardKey());
    }

    static String simCard(String cardKey) {
        return CaseIri.of(UcoTerm.SIM_CARD, cardKey);
    }

    /** A node's facet of the given class: one per node and class. */
    static String facet(UcoTerm facetClass, String ownerIri) {
        return CaseIri.of(facetClass, ownerIri);
    }

    static NodeIri facet(UcoTerm facetClass, NodeIri owner) {
        return CaseIri.iri(facetClass, owner);
    }

    static NodeIri application(String androidPackage) {
        return CaseIri.iri(UcoTerm.APPLICATION, androidPackage);
    }

    /** The app whose data the run read (Android package from the file path); empty for other layouts. */
    Optional<String> runPackage(long runId) {
        ParserRun r = runs.get(runId);
        return r == null ? Optional.empty() : androidPackage(r.filePath());
    }

    static Optional<String> androidPackage(String path) {
        Matcher m = ANDROID_PACKAGE.matcher(path == null ? "" : path);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The Application node of the app that stored a record, or null. */
    NodeIri recordApplication(long runId) {
        return runApplications.computeIfAbsent(runId, id -> runPackage(id).map(CaseIndex::application))
                .orElse(null);
    }

    /**
     * This phone's side of a call or message: the owner number of the SIM the record names (calls.subscription
     * holds its ICCID on Android), else the only owner number of the device, else the device itself.
     */
    NodeIri ownerParty(long deviceId, String subscription) {
        String key = subscription == null ? Long.toString(deviceId) : deviceId + "\u0000" + subscription;
        return ownerParties.computeIfAbsent(key, k -> findOwnerParty(deviceId, subscription));
    }

    private NodeIri findOwnerParty(long deviceId, String subscription) {
        TreeSet<String> phones = new TreeSet<>();
        for (Sim s : sims) {
            if (s.deviceId() != deviceId || s.phoneKey() == null) {
                continue;
            }
            if (subscription != null && subscription.equals(s.rawIccid())) {
                return PartyNode.iri(s.phoneKey(), "phone");
            }
            phones.add(s.phoneKey());
        }
        return phones.size() == 1 ? PartyNode.iri(phones.first(), "phone") : device(deviceId).nodeIri();
    }

    /** A nullable INTEGER column. */
    static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private void readItems(Connection db) throws SQLException {
        String sql = "SELECT id, device_id, path, format, sha256, size FROM evidence_items ORDER BY device_id, id";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                EvidenceItem item = new EvidenceItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), longOrNull(rs, 6));
                items.add(item);
                itemById.put(item.id(), item);
            }
        }
    }

    private void readDevices(Connection db) throws SQLException {
        Map<Long, List<String>> imeis = new LinkedHashMap<>();
        String imeiSql = "SELECT oi.device_id, i.key FROM owner_identifiers oi JOIN identifiers i"
                + " ON i.id = oi.identifier_id WHERE i.type = 'imei' ORDER BY oi.device_id, i.key";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(imeiSql)) {
            while (rs.next()) {
                List<String> list = imeis.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                String imei = PartyNode.value(rs.getString(2));
                if (!list.contains(imei)) {
                    list.add(imei);
                }
            }
        }
        String sql = "SELECT id, label, platform, added_at, tool_version, libphonenumber FROM devices ORDER BY label";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String label = rs.getString(2);
                devices.put(id, new Device(id, label, rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), seed(id, label), List.copyOf(imeis.getOrDefault(id, List.of()))));
            }
        }
    }

    /** The label alone repeats across cases ("phone 1"); with the evidence hashes it names this phone. */
    private String seed(long deviceId, String label) {
        TreeSet<String> hashes = new TreeSet<>();
        for (EvidenceItem item : items) {
            if (item.deviceId() == deviceId && item.sha256() != null) {
                hashes.add(item.sha256());
            }
        }
        return label + " " + String.join(",", hashes);
    }

    private void readSims(Connection db) throws SQLException {
        String sql = "SELECT s.id, s.device_id, s.run_id, s.iccid, p.key, p.type FROM sims s LEFT JOIN ("
                + "SELECT o.record_id, i.key, i.type FROM occurrences o"
                + " JOIN readings r ON r.id = o.reading_id JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE o.record_table = 'sims' AND o.role = 'owner' AND r.rule NOT LIKE 'alternative:%'"
                + ") p ON p.record_id = s.id ORDER BY s.id, p.key";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            long row = -1;
            long deviceId = 0;
            long run = 0;
            String raw = null;
            String iccid = null;
            String imsi = null;
            String phone = null;
            while (rs.next()) {
                if (rs.getLong(1) != row) {
                    addSim(row, deviceId, run, raw, iccid, imsi, phone);
                    row = rs.getLong(1);
                    deviceId = rs.getLong(2);
                    run = rs.getLong(3);
                    raw = rs.getString(4);
                    iccid = null;
                    imsi = null;
                    phone = null;
                }
                String key = rs.getString(5);
                String type = rs.getString(6);
                if ("iccid".equals(type) && iccid == null) {
                    iccid = key;
                } else if ("imsi".equals(type) && imsi == null) {
                    imsi = key;
                } else if ("phone".equals(type) && phone == null) {
                    phone = key;
                }
            }
            addSim(row, deviceId, run, raw, iccid, imsi, phone);
        }
    }

    private void addSim(long row, long deviceId, long run, String raw, String iccid, String imsi, String phone) {
        if (row >= 0) {
            Sim s = new Sim(row, deviceId, run, raw, iccid, imsi, phone);
            sims.add(s);
            simByRow.put(row, s);
        }
    }

    private void readRuns(Connection db) throws SQLException {
        String sql = "SELECT r.id, r.device_id, f.item_id, r.file_id, r.parser_id, r.parser_version,"
                + " r.started_at, r.finished_at, r.status, r.message, f.path FROM parser_runs r"
                + " LEFT JOIN evidence_files f ON f.id = r.file_id ORDER BY r.id";
        Map<String, Long> seen = new LinkedHashMap<>(); // file id and parser -> runs so far
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long ordinal = seen.merge(rs.getLong(4) + "\u0000" + rs.getString(5), 1L, Long::sum) - 1;
                ParserRun r = new ParserRun(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), ordinal);
                runs.put(r.id(), r);
            }
        }
    }
}
