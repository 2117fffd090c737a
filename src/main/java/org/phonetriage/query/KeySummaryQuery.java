package org.phonetriage.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per device, what {@code search}'s summary shows of one key, aggregated by SQLite per role,
 * name, reading and parser run, so a key costs one query and a handful of rows, not a row per
 * occurrence. The cross-reference stores the aggregates of every
 * key (table {@code key_summaries}, from the one pass over the occurrences it makes anyway), so a number
 * that occurs hundreds of thousands of times is summarised by index; a case without them (made
 * before, or changed since) has each key's occurrences and records aggregated when searched.
 * The stored aggregates are made in Java ({@code xref/KeySummaryAggregates}) as that pass reads the
 * rows: SQLite has no hash aggregation, and a GROUP BY here sorted a copy of every occurrence.
 */
public final class KeySummaryQuery {

    /**
     * The aggregates of rows {@code f} of occurrences with their records (deleted, recovered,
     * time_utc) per device, role, party role, name, reading and parser run: a handful of rows per
     * key and device.
     */
    private static final String AGGREGATES = "count(*), coalesce(sum(f.deleted = 1), 0), coalesce(sum(f.recovered), 0),"
            + " min(f.time_utc), max(f.time_utc)";

    /** Over the key's occurrences and their records, when the case holds no summary of its present state. */
    private static final String LIVE = "SELECT d.label, f.role, f.party_role, f.name, f.reading_id, f.run_id, "
            + AGGREGATES + """
               FROM (SELECT o.device_id, o.role, o.party_role, o.name, o.reading_id,
                            COALESCE(ct.deleted, c.deleted, m.deleted) AS deleted,
                            COALESCE(ct.recovered, c.recovered, m.recovered) IS NOT NULL AS recovered,
                            COALESCE(c.time_utc, m.time_utc) AS time_utc,
                            COALESCE(c.run_id, m.run_id, ct.run_id, s.run_id, sv.run_id) AS run_id
                       FROM identifiers i
                       JOIN occurrences o ON o.identifier_id = i.id
                       LEFT JOIN calls c ON o.record_table = 'calls' AND c.id = o.record_id
                       LEFT JOIN messages m ON o.record_table = 'messages' AND m.id = o.record_id
                       LEFT JOIN contacts ct ON o.record_table = 'contacts' AND ct.id = o.record_id
                       LEFT JOIN sims s ON o.record_table = 'sims' AND s.id = o.record_id
                       LEFT JOIN swept_values sv ON o.record_table = 'swept_values' AND sv.id = o.record_id
                      WHERE i.key = ?) f
               JOIN devices d ON d.id = f.device_id
              GROUP BY f.device_id, f.role, f.party_role, f.name, f.reading_id, f.run_id
            """;

    private static final String INSERT = "INSERT INTO key_summaries(identifier_id, device_id, role, party_role, name,"
            + " reading_id, run_id, occurrences, deleted, recovered, first_time, last_time)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The stored aggregates of one key. */
    private static final String STORED = "SELECT d.label, k.role, k.party_role, k.name, k.reading_id, k.run_id,"
            + " k.occurrences, k.deleted, k.recovered, k.first_time, k.last_time FROM identifiers i"
            + " JOIN key_summaries k ON k.identifier_id = i.id JOIN devices d ON d.id = k.device_id WHERE i.key = ?";

    private static final String STATE_KEY = "key_summary_state";

    private static final int BATCH = 4096;

    private final Connection db;
    private final boolean stored;

    private KeySummaryQuery(Connection db, boolean stored) {
        this.db = db;
        this.stored = stored;
    }

    /**
     * Reads the summaries the case stores when they were made from its present {@code state}
     * (report/CaseState's digest), else aggregates each key's occurrences when asked.
     */
    public static KeySummaryQuery of(Connection db, String state) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, STATE_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return new KeySummaryQuery(db, rs.next() && state.equals(rs.getString(1)));
            }
        }
    }

    /** Whether the summaries come from the stored table (false: aggregated per search). */
    public boolean stored() {
        return stored;
    }

    /**
     * One stored row: the aggregates of the occurrences of one identifier on one device with one
     * role, party role, name, reading and parser run (null where the column is NULL).
     */
    public record Summary(long identifierId, long deviceId, String role, String partyRole, String name, Long readingId,
                          Long runId, long occurrences, long deleted, long recovered, String firstTime, String lastTime) {
    }

    /** Whether the case stores the summaries of {@code state} already (then {@link #save} has nothing to do). */
    public static boolean saved(Connection db, String state) throws SQLException {
        return of(db, state).stored();
    }

    /**
     * Replaces the stored summaries with {@code summaries}, those of the case in {@code state}. One
     * transaction; the case is left untouched when it holds that state's summaries already.
     */
    public static void save(Connection db, String state, Iterable<Summary> summaries) throws SQLException {
        if (saved(db, state)) {
            return;
        }
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement st = db.createStatement();
             PreparedStatement insert = db.prepareStatement(INSERT);
             PreparedStatement meta = db.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")) {
            st.execute("DELETE FROM key_summaries");
            int batched = 0;
            for (Summary s : summaries) {
                insert.setLong(1, s.identifierId());
                insert.setLong(2, s.deviceId());
                insert.setString(3, s.role());
                insert.setString(4, s.partyRole());
                insert.setString(5, s.name());
                setLong(insert, 6, s.readingId());
                setLong(insert, 7, s.runId());
                insert.setLong(8, s.occurrences());
                insert.setLong(9, s.deleted());
                insert.setLong(10, s.recovered());
                insert.setString(11, s.firstTime());
                insert.setString(12, s.lastTime());
                insert.addBatch(); // one call into SQLite a batch, not a row
                if (++batched % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            meta.setString(1, STATE_KEY);
            meta.setString(2, state);
            meta.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    private static void setLong(PreparedStatement ps, int column, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(column, Types.INTEGER);
        } else {
            ps.setLong(column, value);
        }
    }

    /** Each device holding {@code key}, by label; empty when the case has none. */
    public Map<String, KeyOnDevice> summary(String key) throws SQLException {
        Map<String, KeyOnDevice> devices = new TreeMap<>();
        Map<String, Set<Long>> readings = new HashMap<>();
        Map<String, Set<Long>> runs = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement(stored ? STORED : LIVE)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    KeyOnDevice d = devices.computeIfAbsent(rs.getString(1), k -> new KeyOnDevice());
                    long n = rs.getLong(7);
                    d.occurrences += n;
                    long[] role = d.roles.computeIfAbsent(KeyOnDevice.role(rs.getString(2), rs.getString(3)),
                            k -> new long[3]);
                    role[0] += n;
                    role[1] += rs.getLong(8);
                    role[2] += rs.getLong(9);
                    d.time(rs.getString(10));
                    d.time(rs.getString(11));
                    d.name(rs.getString(4));
                    readings.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(OccurrenceQuery.nullableLong(rs, 5));
                    runs.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(OccurrenceQuery.nullableLong(rs, 6));
                }
            }
        }
        Map<Long, String> raws = raws(readings);
        Map<Long, String[]> sources = sources(runs);
        for (Map.Entry<String, KeyOnDevice> e : devices.entrySet()) {
            KeyOnDevice d = e.getValue();
            readings.get(e.getKey()).forEach(id -> d.raw(raws.get(id)));
            for (Long run : runs.get(e.getKey())) {
                String[] s = run == null ? new String[4] : sources.getOrDefault(run, new String[4]);
                d.source(s[0], s[1], s[2], s[3]);
            }
        }
        return devices;
    }

    private Map<Long, String> raws(Map<String, Set<Long>> readings) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT raw FROM readings WHERE id = ?")) {
            for (Set<Long> ids : readings.values()) {
                for (Long id : ids) {
                    if (id != null && !out.containsKey(id)) {
                        ps.setLong(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            out.put(id, rs.next() ? rs.getString(1) : null);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Per parser run: parser, version, file and its SHA-256. */
    private Map<Long, String[]> sources(Map<String, Set<Long>> runs) throws SQLException {
        Map<Long, String[]> out = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT p.parser_id, p.parser_version, f.path, f.sha256"
                + " FROM parser_runs p LEFT JOIN evidence_files f ON f.id = p.file_id WHERE p.id = ?")) {
            for (Set<Long> ids : runs.values()) {
                for (Long id : ids) {
                    if (id != null && !out.containsKey(id)) {
                        ps.setLong(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            out.put(id, rs.next() ? new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4)} : new String[4]);
                        }
                    }
                }
            }
        }
        return out;
    }
}
