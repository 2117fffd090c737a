package org.phonetriage.query;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The calls and messages of every device of a case, merged in time order and streamed one record
 * at a time from a single cursor: a case can hold millions of records, and only the record being
 * assembled is held in memory.
 *
 * <p>Order: time, then device label, record table and id, so two runs give the same timeline. The
 * same call logged on two phones is two records (each is evidence), side by side. Records without
 * a time come last.
 */
public final class TimelineQuery {

    /** One branch per record table; {@code %s} is that branch's WHERE clause. */
    private static final String CALLS = "SELECT 'calls' AS record_table, c.id, c.device_id, c.run_id, c.src_table,"
            + " c.src_row, 'call' AS kind, c.direction, c.time_utc, c.duration_s, NULL AS body,"
            + " c.number_raw AS call_raw, c.name AS call_name FROM calls c%s";
    private static final String MESSAGES = "SELECT 'messages', m.id, m.device_id, m.run_id, m.src_table,"
            + " m.src_row, m.kind, m.direction, m.time_utc, NULL, m.body, NULL, NULL FROM messages m%s";

    private static final String SELECT = """
            WITH contact_names AS MATERIALIZED (
                -- one name per identifier and device: its first phone-book entry, else its first
                -- messenger entry (SQLite takes the bare column from the row holding the min)
                SELECT device_id, identifier_id, name, min((role <> 'contact') * 1e15 + id)
                  FROM occurrences WHERE record_table = 'contacts' AND name IS NOT NULL
                 GROUP BY device_id, identifier_id)
            SELECT t.time_utc, d.label, t.kind, t.direction, t.duration_s, t.body, t.record_table, t.id,
                   t.src_table, t.src_row, p.parser_id, p.parser_version, f.path, f.sha256, t.call_raw, t.call_name,
                   i.key, i.type, r.raw, r.rule, r.alternatives, o.party_role, COALESCE(o.name, cn.name),
                   EXISTS (SELECT 1 FROM owner_identifiers w
                            WHERE w.device_id = o.device_id AND w.identifier_id = o.identifier_id)
              FROM (%s UNION ALL %s) t
              JOIN devices d ON d.id = t.device_id
              LEFT JOIN parser_runs p ON p.id = t.run_id
              LEFT JOIN evidence_files f ON f.id = p.file_id
              LEFT JOIN occurrences o ON o.record_table = t.record_table AND o.record_id = t.id
              LEFT JOIN readings r ON r.id = o.reading_id
              LEFT JOIN identifiers i ON i.id = o.identifier_id
              LEFT JOIN contact_names cn ON cn.device_id = o.device_id AND cn.identifier_id = o.identifier_id
             -- rtrim: "…:00Z" would sort after "…:00.5Z" (see TimeRange#sortable)
             ORDER BY t.time_utc IS NULL, rtrim(t.time_utc, 'Z'), d.label, t.record_table, t.id, o.id
            """;

    private final Connection db;
    private final TimelineFilter filter;

    public TimelineQuery(Connection db, TimelineFilter filter) {
        this.db = db;
        this.filter = filter;
    }

    /** Passes each record to {@code sink} in timeline order. */
    public TimelineStats forEach(IoConsumer<TimelineRecord> sink) throws SQLException, IOException {
        Written written = records(sink);
        return new TimelineStats(written.records, written.untimed, filter.range().bounded() ? untimedOutsideRange() : 0);
    }

    /**
     * The same, for a caller that shows no counts: without {@link #untimedOutsideRange}, a second
     * pass over every record the keys name (report.html's core timeline of a boss every phone calls:
     * a third of its time at 12 M occurrences).
     */
    public void forEachRecord(IoConsumer<TimelineRecord> sink) throws SQLException, IOException {
        records(sink);
    }

    /** Records chosen by id in each table: the first of a timeline, found by other means. */
    public record RecordIds(List<Long> calls, List<Long> messages) {

        public RecordIds {
            calls = List.copyOf(calls);
            messages = List.copyOf(messages);
        }
    }

    /**
     * Passes the records {@code ids} names to {@code sink} in timeline order, each with all its
     * parties, as {@link #forEachRecord} would among others (this query's filter is not used).
     */
    public void forEachRecordOf(RecordIds ids, IoConsumer<TimelineRecord> sink) throws SQLException, IOException {
        // one JSON array per table: a parameter however many records, looked up by id
        String in = " WHERE %s.id IN (SELECT value FROM json_each(?))";
        List<Object> params = List.of(json(ids.calls()), json(ids.messages()));
        records(CALLS.formatted(in.formatted("c")), MESSAGES.formatted(in.formatted("m")), params, sink);
    }

    private static String json(List<Long> ids) {
        StringBuilder s = new StringBuilder("[");
        for (Long id : ids) {
            s.append(s.length() > 1 ? "," : "").append(id);
        }
        return s.append(']').toString();
    }

    private Written records(IoConsumer<TimelineRecord> sink) throws SQLException, IOException {
        List<Object> params = new ArrayList<>();
        String calls = CALLS.formatted(where("c", "calls", filter.range(), params));
        return records(calls, MESSAGES.formatted(where("m", "messages", filter.range(), params)), params, sink);
    }

    private Written records(String calls, String messages, List<Object> params, IoConsumer<TimelineRecord> sink)
            throws SQLException, IOException {
        String sql = SELECT.formatted(calls, messages);
        Written written = new Written(sink);
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                RecordAssembly current = null;
                while (rs.next()) {
                    if (current != null && !current.is(rs.getString(7), rs.getLong(8))) {
                        written.accept(current.record());
                        current = null;
                    }
                    if (current == null) {
                        current = new RecordAssembly(rs);
                    }
                    current.addParty(rs);
                }
                if (current != null) {
                    written.accept(current.record());
                }
            }
        }
        return written;
    }

    /** Records the other filters keep but a bounded range cannot place: they have no time. */
    private long untimedOutsideRange() throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT (SELECT count(*) FROM calls c" + where("c", "calls", TimeRange.ALL, params)
                + " AND c.time_utc IS NULL) + (SELECT count(*) FROM messages m"
                + where("m", "messages", TimeRange.ALL, params) + " AND m.time_utc IS NULL)";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * The WHERE clause of one branch; adds its parameters to {@code params}. Times are compared in
     * their sortable form (see TimeRange#sortable); a record without a time is outside any range.
     */
    private String where(String alias, String table, TimeRange range, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE 1");
        if (range.from() != null) {
            sql.append(" AND rtrim(").append(alias).append(".time_utc, 'Z') >= ?");
            params.add(TimeRange.sortable(range.from()));
        }
        if (range.to() != null) {
            sql.append(" AND rtrim(").append(alias).append(".time_utc, 'Z') <= ?");
            params.add(TimeRange.sortable(range.to()));
        }
        if (!filter.devices().isEmpty()) {
            sql.append(" AND ").append(alias).append(".device_id IN (SELECT id FROM devices WHERE label IN (")
                    .append(placeholders(filter.devices().size())).append("))");
            params.addAll(filter.devices());
        }
        sql.append(keyCondition(alias, table, params));
        return sql.toString();
    }

    /** Uses the identifier index: the records naming the keys are found first, not scanned for. */
    private String keyCondition(String alias, String table, List<Object> params) {
        if (filter.keys().isEmpty()) {
            return "";
        }
        params.addAll(filter.keys());
        return " AND " + alias + ".id IN (SELECT k.record_id FROM identifiers ki JOIN occurrences k"
                + " ON k.identifier_id = ki.id WHERE k.record_table = '" + table + "' AND ki.key IN ("
                + placeholders(filter.keys().size()) + "))";
    }

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    /**
     * Whether an occurrence of a record, with its identifier's key and its reading's rule, is one of
     * the record's parties: an alternative reading is a second occurrence of the same party, shown
     * with it instead.
     */
    public static boolean isParty(String key, String rule) {
        return key != null && (rule == null || !rule.startsWith(OccurrenceHit.ALTERNATIVE_RULE));
    }

    /** A party as the case stores it: {@code storedAlternatives} is readings.alternatives. */
    public static TimelineParty party(String key, String type, String raw, String role, String name, boolean own,
            String storedAlternatives) {
        return new TimelineParty(key, type, raw, role, name, own, StoredAlternatives.keys(storedAlternatives));
    }

    /**
     * A record's parties: those of its occurrences or, for a call with none, its stored number and
     * name (a withheld or unknown caller gives no identifier, but the call happened).
     */
    public static List<TimelineParty> partiesOrCaller(List<TimelineParty> parties, String callRaw, String callName) {
        if (parties.isEmpty() && callRaw != null) {
            return List.of(new TimelineParty(null, null, callRaw, null, callName, false, List.of()));
        }
        return parties;
    }

    /** Passes records on and counts them. */
    private static final class Written implements IoConsumer<TimelineRecord> {
        private final IoConsumer<TimelineRecord> sink;
        private long records;
        private long untimed;

        Written(IoConsumer<TimelineRecord> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(TimelineRecord r) throws IOException {
            sink.accept(r);
            records++;
            untimed += r.timeUtc() == null ? 1 : 0;
        }
    }

    /** The record being read: the cursor gives one row per party, alternatives included. */
    private static final class RecordAssembly {
        private final String timeUtc;
        private final String device;
        private final String kind;
        private final String direction;
        private final Long durationS;
        private final String body;
        private final Provenance source;
        private final String callRaw;
        private final String callName;
        private final List<TimelineParty> parties = new ArrayList<>();

        RecordAssembly(ResultSet rs) throws SQLException {
            timeUtc = rs.getString(1);
            device = rs.getString(2);
            kind = rs.getString(3);
            direction = rs.getString(4);
            durationS = OccurrenceQuery.nullableLong(rs, 5);
            body = rs.getString(6);
            source = new Provenance(rs.getString(7), rs.getLong(8), rs.getString(9), OccurrenceQuery.nullableLong(rs, 10),
                    rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));
            callRaw = rs.getString(15);
            callName = rs.getString(16);
        }

        boolean is(String table, long id) {
            return source.recordTable().equals(table) && source.recordId() == id;
        }

        void addParty(ResultSet rs) throws SQLException {
            if (!isParty(rs.getString(17), rs.getString(20))) {
                return;
            }
            parties.add(party(rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(22),
                    rs.getString(23), rs.getInt(24) == 1, rs.getString(21)));
        }

        TimelineRecord record() {
            return new TimelineRecord(timeUtc, device, kind, direction, durationS, body,
                    partiesOrCaller(parties, callRaw, callName), source);
        }
    }
}
