package org.phonetriage.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phonetriage.Versions;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Problem;
import org.phonetriage.model.SimInfo;
import org.phonetriage.model.Timestamp;
import org.phonetriage.normalize.NormalizedId;

/**
 * Appends to a case database in large transactions with batched prepared statements. Row ids are
 * assigned here (one writer per case), so records and their occurrences can be batched together.
 * A transaction is committed when a device is added, when it is complete (its last write) and every
 * {@value #COMMIT_EVERY} rows, not after each small row: a commit waits for the disk twice, and a
 * device left incomplete is read again whole anyway.
 */
public final class CaseWriter implements AutoCloseable {

    private static final int BATCH = 5_120;
    private static final int ROWS_PER_STATEMENT = 64;
    private static final int COMMIT_EVERY = 200_000;

    private final Connection db;
    private final Map<String, Long> identifierIds = new HashMap<>();
    private final Map<String, Long> nextIds = new HashMap<>();
    private final List<Batch> batches = new ArrayList<>();
    private final Batch contacts;
    private final Batch calls;
    private final Batch messages;
    private final Batch sims;
    private final Batch accounts;
    private final Batch facts;
    private final Batch identifiers;
    private final Batch files;
    private final Batch unread;
    private final Batch swept;
    private final Batch readings;
    private final Batch occurrences;
    private final Map<Reading, Long> readingIds = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Reading, Long> eldest) {
            // bounded: a reading evicted and met again is simply stored once more
            return size() > 100_000;
        }
    };
    private final WriterThread thread = new WriterThread();
    private long pendingRows;
    private volatile boolean abandoned;

    public CaseWriter(Connection db) throws SQLException {
        this.db = db;
        db.setAutoCommit(false);
        contacts = batch("INSERT INTO contacts(id, device_id, run_id, src_table, src_row, name, account, deleted,"
                + " recovered, recovered_confidence, recovered_version_of) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        calls = batch("INSERT INTO calls(id, device_id, run_id, src_table, src_row, number_raw, name, time_utc,"
                + " time_raw, time_encoding, duration_s, direction, country_iso, device_normalized, subscription, kind,"
                + " result, deleted, recovered, recovered_confidence, recovered_version_of)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        messages = batch("INSERT INTO messages(id, device_id, run_id, src_table, src_row, kind, direction,"
                + " time_utc, time_raw, time_encoding, time_sent_utc, body, thread, read, service_center, media, deleted,"
                + " recovered, recovered_confidence, recovered_version_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        sims = batch("INSERT INTO sims(id, device_id, run_id, src_table, src_row, iccid, number, mcc, mnc,"
                + " carrier, country_iso, display_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        accounts = batch("INSERT INTO accounts(id, device_id, run_id, src_table, src_row, kind, value, basis)"
                + " VALUES (?,?,?,?,?,?,?,?)");
        facts = batch("INSERT INTO device_facts(id, device_id, run_id, src_table, src_row, name, value)"
                + " VALUES (?,?,?,?,?,?,?)");
        files = batch("INSERT INTO evidence_files(id, item_id, path, size, sha256, detected_type, status)"
                + " VALUES (?,?,?,?,?,?,?)");
        unread = batch("INSERT INTO unread_files(file_id, summary, note) VALUES (?,?,?)");
        swept = batch("INSERT INTO swept_values(id, device_id, run_id, file_id, app, src_table, src_column, src_row,"
                + " raw, kind, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        identifiers = batch("INSERT INTO identifiers(id, key, type) VALUES (?,?,?)");
        readings = batch("INSERT INTO readings(id, identifier_id, raw, confidence, rule, region, level,"
                + " alternatives, attributes, reason) VALUES (?,?,?,?,?,?,?,?,?,?)");
        occurrences = batch("INSERT INTO occurrences(identifier_id, reading_id, device_id, role, record_table,"
                + " record_id, name, label, party_role, device_normalized, context_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id, key FROM identifiers")) {
            while (rs.next()) {
                identifierIds.put(rs.getString(2), rs.getLong(1));
            }
        }
    }

    // ---- devices, evidence, runs, problems: few rows, written at once ----

    /**
     * Adds a device, marked {@code ingesting} until {@link #completeDevice} (an interrupted ingest
     * leaves it so); fails when the case already has one with this label.
     */
    public long addDevice(String label, String platform) throws SQLException {
        boolean exists = thread.sync(() -> {
            try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM devices WHERE label = ?")) {
                ps.setString(1, label);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (exists) {
            throw new DuplicateDeviceException(label);
        }
        long id = insert("INSERT INTO devices(label, platform, added_at, tool_version, libphonenumber, status)"
                + " VALUES (?,?,?,?,?,'ingesting')", label, platform, Instant.now().toString(), Versions.phonetriage(),
                Versions.libphonenumber());
        flush(); // an interrupted run leaves the device marked ingesting, so it is read again
        return id;
    }

    /**
     * Marks a device complete: every parser finished and everything it gave is committed. This is
     * the device's last write, so a device found {@code ingesting} later was interrupted.
     */
    public void completeDevice(long deviceId, String homeArea) throws SQLException {
        update("UPDATE devices SET status = 'complete', home_area = ? WHERE id = ?", homeArea, deviceId);
        flush();
    }

    /** The device with this label, if the case has one. */
    public java.util.Optional<CaseDevices.Device> device(String label) throws SQLException {
        return thread.sync(() -> CaseDevices.byLabel(db, label));
    }

    public CaseDevices.Totals deviceTotals(long deviceId) throws SQLException {
        return thread.sync(() -> CaseDevices.totals(db, deviceId));
    }

    /** Removes a device whole ({@link CaseDevices#remove}), committed before the call returns. */
    public void removeDevice(long deviceId) throws SQLException {
        flush();
        thread.sync(() -> {
            CaseDevices.remove(db, deviceId);
            db.commit();
            return null;
        });
    }

    /** The countries of the case as they stand ({@link CaseRegions#of}). */
    public List<String> caseRegions() throws SQLException {
        return thread.sync(() -> CaseRegions.of(db));
    }

    /** A region context numbers of a device are read in; see table region_contexts. */
    public long regionContext(long deviceId, String recordHint, String homeHint, String homeArea,
                              List<String> caseRegions, Integer ton, String network) throws SQLException {
        long id = nextId("region_contexts");
        update("INSERT INTO region_contexts(id, device_id, record_hint, home_hint, home_area, case_regions, ton,"
                + " network) VALUES (?,?,?,?,?,?,?,?)", id, deviceId, recordHint, homeHint, homeArea,
                String.join(",", caseRegions), ton, network);
        return id;
    }

    public void updateDevice(long deviceId, String platform, String homeRegion, String basis)
            throws SQLException {
        update("UPDATE devices SET platform = ?, home_region = ?, region_basis = ? WHERE id = ?",
                platform, homeRegion, basis, deviceId);
    }

    public long addEvidenceItem(long deviceId, java.nio.file.Path item, String format, String sha256, Long size)
            throws SQLException {
        return insert("INSERT INTO evidence_items(device_id, path, abs_path, format, sha256, size)"
                + " VALUES (?,?,?,?,?,?)", deviceId, item.toString(), item.toAbsolutePath().normalize().toString(),
                format, sha256, size);
    }

    /** Batched: an extraction may hold hundreds of thousands of files, each listed. */
    public long addEvidenceFile(long itemId, String path, long size, String sha256, String type,
                                String status) throws SQLException {
        long id = nextId("evidence_files");
        files.add(id, itemId, path, size, sha256, type, status);
        return id;
    }

    /** What a file no parser read holds (its tables, keys or root element), or why that is not known. */
    public void unreadFile(long fileId, String summary, String note) throws SQLException {
        unread.add(fileId, summary, note);
    }

    /** The hash of a file a code parser read straight from the evidence, known once it is read. */
    public void setFileHash(long fileId, String sha256) throws SQLException {
        update("UPDATE evidence_files SET sha256 = ? WHERE id = ?", sha256, fileId);
    }

    public long startRun(long deviceId, long fileId, String parserId, String version) throws SQLException {
        long id = nextId("parser_runs");
        update("INSERT INTO parser_runs(id, device_id, file_id, parser_id, parser_version, started_at)"
                + " VALUES (?,?,?,?,?,?)", id, deviceId, fileId, parserId, version, Instant.now().toString());
        return id;
    }

    public void finishRun(long runId, long records, String status, String message) throws SQLException {
        update("UPDATE parser_runs SET finished_at = ?, records = ?, status = ?, message = ? WHERE id = ?",
                Instant.now().toString(), records, status, message, runId);
    }

    public void problem(Long deviceId, Problem p) throws SQLException {
        update("INSERT INTO problems(device_id, evidence, path, reason, at, code, severity) VALUES (?,?,?,?,?,?,?)",
                deviceId, p.evidence(), p.path(), p.reason(), Instant.now().toString(), p.code().code(),
                p.severity().label());
    }

    public void ownerIdentifier(long deviceId, long identifierId, String basis) throws SQLException {
        update("INSERT OR IGNORE INTO owner_identifiers(device_id, identifier_id, basis) VALUES (?,?,?)",
                deviceId, identifierId, basis);
    }

    // ---- records and occurrences: many rows, batched ----

    /** An identifier the sweep found in a file no parser claimed; returns its id. */
    public long sweptValue(long deviceId, long runId, long fileId, org.phonetriage.model.SweptValue v)
            throws SQLException {
        long id = nextId("swept_values");
        swept.add(id, deviceId, runId, fileId, v.app(), v.table(), v.column(), v.row(), v.raw(), v.kind(),
                v.confidence());
        return id;
    }

    public long contact(long deviceId, long runId, Contact c) throws SQLException {
        long id = nextId("contacts");
        contacts.add(id, deviceId, runId, c.provenance().table(), c.provenance().rowId(), c.name(),
                c.account(), c.deleted() ? 1 : 0, where(c.provenance()), confidence(c.provenance()),
                versionOf(c.provenance()));
        return id;
    }

    public long call(long deviceId, long runId, Call c) throws SQLException {
        long id = nextId("calls");
        Timestamp t = c.time();
        calls.add(id, deviceId, runId, c.provenance().table(), c.provenance().rowId(), c.number(), c.name(),
                t == null ? null : t.iso(), t == null ? null : t.raw(), t == null ? null : t.encoding(),
                c.durationSeconds(), c.direction(), c.countryIso(), c.normalizedNumber(), c.subscription(), c.kind(),
                c.result(), c.deleted() ? 1 : 0, where(c.provenance()), confidence(c.provenance()), versionOf(c.provenance()));
        return id;
    }

    public long message(long deviceId, long runId, Message m) throws SQLException {
        long id = nextId("messages");
        Timestamp t = m.time();
        messages.add(id, deviceId, runId, m.provenance().table(), m.provenance().rowId(), m.kind(),
                m.direction(), t == null ? null : t.iso(), t == null ? null : t.raw(),
                t == null ? null : t.encoding(), m.timeSent() == null ? null : m.timeSent().iso(),
                m.body(), m.thread(), m.read() == null ? null : (m.read() ? 1 : 0), m.serviceCenter(), m.media(),
                m.deleted() ? 1 : 0, where(m.provenance()), confidence(m.provenance()), versionOf(m.provenance()));
        return id;
    }

    /** Where a recovered record was found, or null for a record read as the source keeps it. */
    private static String where(org.phonetriage.model.Provenance p) {
        return p.recovery() == null ? null : p.recovery().where();
    }

    private static Double confidence(org.phonetriage.model.Provenance p) {
        return p.recovery() == null ? null : p.recovery().confidence();
    }

    private static Long versionOf(org.phonetriage.model.Provenance p) {
        return p.recovery() == null ? null : p.recovery().versionOf();
    }

    public long sim(long deviceId, long runId, SimInfo s) throws SQLException {
        long id = nextId("sims");
        sims.add(id, deviceId, runId, s.provenance().table(), s.provenance().rowId(), s.iccid(), s.number(),
                s.mcc(), s.mnc(), s.carrier(), s.countryIso(), s.displayName());
        return id;
    }

    public long account(long deviceId, long runId, OwnIdentifier own) throws SQLException {
        long id = nextId("accounts");
        accounts.add(id, deviceId, runId, own.provenance().table(), own.provenance().rowId(), own.kind(), own.value(),
                own.basis());
        return id;
    }

    public long fact(long deviceId, long runId, DeviceFact fact) throws SQLException {
        long id = nextId("device_facts");
        facts.add(id, deviceId, runId, fact.provenance().table(), fact.provenance().rowId(), fact.name(), fact.value());
        return id;
    }

    /** The id of an identifier key, adding it on first sight. */
    public long identifier(NormalizedId n) throws SQLException {
        Long id = identifierIds.get(n.key());
        if (id == null) {
            id = nextId("identifiers");
            identifiers.add(id, n.key(), n.type());
            identifierIds.put(n.key(), id);
        }
        return id;
    }

    /**
     * Where an identifier was seen, and what it was written as there; contextId is the region
     * context it was read in (null for values no region bears on: e-mails, IMEIs, app ids).
     */
    public record Occurrence(long deviceId, String role, String recordTable, long recordId, String raw,
                             String name, String label, String partyRole, String deviceNormalized,
                             Long contextId) {
    }

    /**
     * A reading's identity. Hashed by its raw text and key only: a record hashes every component,
     * and a NormalizedId's attributes (a TreeMap) and alternatives were walked for every
     * occurrence; equal readings still have equal hashes, and equals compares them whole.
     */
    private record Reading(String raw, NormalizedId id) {
        @Override
        public int hashCode() {
            return 31 * raw.hashCode() + java.util.Objects.hashCode(id.key());
        }
    }

    public void occurrence(NormalizedId n, Occurrence o) throws SQLException {
        long identifierId = identifier(n);
        Reading reading = new Reading(o.raw() == null ? "" : o.raw(), n);
        Long readingId = readingIds.get(reading);
        if (readingId == null) {
            readingId = nextId("readings");
            readings.add(readingId, identifierId, reading.raw(), n.confidence(), n.rule(), n.region(), n.level(),
                    alternativesText(n), attributesText(n), n.reason());
            readingIds.put(reading, readingId);
        }
        occurrences.add(identifierId, readingId, o.deviceId(), o.role(), o.recordTable(), o.recordId(), o.name(),
                o.label(), o.partyRole(), o.deviceNormalized(), o.contextId());
    }

    /** readings.alternatives: "key rule" per line, or null. */
    public static String alternativesText(NormalizedId n) {
        return lines(n.alternatives().stream().map(a -> a.key() + " " + a.rule()).toList());
    }

    /** readings.attributes: "name=value" per line, or null. */
    public static String attributesText(NormalizedId n) {
        return lines(n.attributes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    /** Writes every pending batch and commits; returns when it is on disk. */
    public void flush() throws SQLException {
        drain();
        thread.sync(() -> {
            db.commit();
            return null;
        });
        pendingRows = 0;
    }

    /**
     * Commits what is written so far once the writer thread gets to it, without waiting: a periodic
     * commit bounds the journal, and nothing waits for it to reach the disk (a device's completion
     * does, through {@link #flush}). Waiting here stopped the reading thread at every commit while
     * the writer caught up, and the writer then waited for the next batch.
     */
    private void commitLater() throws SQLException {
        drain();
        thread.async(db::commit);
        pendingRows = 0;
    }

    /**
     * Makes {@link #close} drop what is not yet committed instead of writing it and building the
     * indexes: work was stopped, and stopping must be quick (the case stays consistent; the
     * device being read is still marked {@code ingesting}).
     */
    public void abandon() {
        abandoned = true;
    }

    @Override
    public void close() throws SQLException {
        if (abandoned) {
            try {
                thread.sync(() -> {
                    db.rollback();
                    db.setAutoCommit(true);
                    return null;
                });
            } finally {
                thread.close();
            }
            return;
        }
        try {
            flush();
            thread.sync(() -> {
                CaseDb.createIndexes(db);
                db.commit();
                for (Batch b : batches) {
                    b.close();
                }
                db.setAutoCommit(true);
                return null;
            });
        } finally {
            thread.close();
        }
    }

    // ---- plumbing ----

    private long nextId(String table) throws SQLException {
        Long next = nextIds.get(table);
        if (next == null) {
            next = thread.sync(() -> {
                try (Statement st = db.createStatement();
                     ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
        nextIds.put(table, next + 1);
        return next;
    }

    /** Hands every pending batch to the writer thread, so what is written next comes after them. */
    private void drain() throws SQLException {
        for (Batch b : batches) {
            b.execute();
        }
    }

    private Batch batch(String sql) throws SQLException {
        Batch b = new Batch(sql);
        batches.add(b);
        return b;
    }

    private long insert(String sql, Object... values) throws SQLException {
        drain();
        return thread.sync(() -> {
            try (PreparedStatement ps = db.prepareStatement(sql + " RETURNING id")) {
                bind(ps, values);
                try (ResultSet id = ps.executeQuery()) {
                    id.next();
                    return id.getLong(1);
                }
            }
        });
    }

    /**
     * Queues a statement whose result nobody waits for, after every pending batch. Each parser run
     * made three such writes, and waiting for them let the writer's queue run dry at every run's
     * start and end; a failure surfaces at the next call, as a batch's does.
     */
    private void update(String sql, Object... values) throws SQLException {
        drain();
        thread.async(() -> {
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                bind(ps, values);
                ps.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        bindAt(ps, 0, values);
    }

    /**
     * Rows for one table, handed to the writer thread when the batch is full. Rows are inserted
     * {@value #ROWS_PER_STATEMENT} at a time with a multi-row VALUES statement: a SQLite step per
     * row, not the binding, was most of the cost of a million-row ingest.
     */
    private final class Batch {
        private final PreparedStatement single;
        private final MultiRowInsert multi;
        private List<Object[]> rows = new ArrayList<>(BATCH);

        /** sql: {@code INSERT INTO table(column, ...) VALUES (?, ...)}. */
        Batch(String sql) throws SQLException {
            int open = sql.indexOf('(');
            String table = sql.substring("INSERT INTO ".length(), open).strip();
            List<String> columns = java.util.Arrays.stream(sql.substring(open + 1, sql.indexOf(')')).split(","))
                    .map(String::strip).toList();
            this.single = db.prepareStatement(sql);
            this.multi = new MultiRowInsert(db, table, columns, ROWS_PER_STATEMENT);
        }

        void add(Object... values) throws SQLException {
            rows.add(values);
            if (rows.size() >= BATCH) {
                execute();
            }
            if (++pendingRows >= COMMIT_EVERY) {
                commitLater();
            }
        }

        void execute() throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            List<Object[]> full = rows;
            rows = new ArrayList<>(BATCH);
            thread.async(() -> insert(full));
        }

        private void insert(List<Object[]> all) throws SQLException {
            int whole = all.size() - all.size() % ROWS_PER_STATEMENT;
            for (int start = 0; start < whole; start += ROWS_PER_STATEMENT) {
                multi.insert(all, start);
            }
            for (Object[] row : all.subList(whole, all.size())) {
                bindAt(single, 0, row);
                single.addBatch();
            }
            single.executeBatch();
        }

        void close() throws SQLException {
            single.close();
            multi.close();
        }
    }

    /** Binds a row's values as they are ({@link MultiRowInsert#bind}). */
    private static void bindAt(PreparedStatement ps, int offset, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            MultiRowInsert.bind(ps, offset + i + 1, values[i]);
        }
    }
}
