package org.phonetriage.report;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.phonetriage.query.IoConsumer;
import org.phonetriage.query.TimelineFilter;
import org.phonetriage.query.TimelineQuery;
import org.phonetriage.query.TimelineRecord;
import org.phonetriage.store.CaseDb;

/**
 * The records that open the timeline of some identifiers, found by walking calls and messages in
 * time order (CaseDb's time indexes) and keeping those naming one of them, until there are enough.
 * {@link FirstRecordsRange} found every record naming the keys and sorted them: the whole of a boss
 * every phone calls (a third of report.html's time at 12 M occurrences); this walk reads about the
 * records shown, and more only where the keys are rare.
 */
final class FirstCoreRecords {

    /** One table's timed records in the timeline's text order, each with whether it names a key. */
    private static final String WALK = "SELECT rtrim(x.time_utc, 'Z'), x.id, EXISTS (SELECT 1 FROM occurrences o"
            + " WHERE o.record_table = '%1$s' AND o.record_id = x.id AND +o.identifier_id IN (SELECT value FROM"
            + " json_each(?))) FROM %1$s x INDEXED BY %2$s WHERE rtrim(x.time_utc, 'Z') IS NOT NULL"
            + " ORDER BY rtrim(x.time_utc, 'Z')";

    /**
     * How many records the walk reads per record wanted before it leaves the keys to be found by
     * themselves: then fewer than one record in this many names them, and they are few.
     */
    static final int WALKED_PER_RECORD = 64;

    private FirstCoreRecords() {
    }

    /**
     * The first {@code records} of the timeline of {@code keys} (fewer if there are not as many):
     * walked to when the case has its time indexes, else found through the keys by range.
     */
    static List<TimelineRecord> timeline(Connection db, List<String> keys, int records)
            throws SQLException, IOException {
        List<TimelineRecord> rows = new ArrayList<>();
        IoConsumer<TimelineRecord> first = r -> {
            if (rows.size() < records) {
                rows.add(r);
            }
        };
        Optional<TimelineQuery.RecordIds> walked = of(db, keys, records, (long) records * WALKED_PER_RECORD);
        if (walked.isPresent()) {
            new TimelineQuery(db, TimelineFilter.ALL).forEachRecordOf(walked.get(), first);
        } else {
            byRange(db, keys, records, first);
        }
        return rows;
    }

    /** The same through {@link FirstRecordsRange}: every record naming the keys, up to a time. */
    static void byRange(Connection db, List<String> keys, int records, IoConsumer<TimelineRecord> sink)
            throws SQLException, IOException {
        new TimelineQuery(db, new TimelineFilter(keys, List.of(), FirstRecordsRange.of(db, keys, records)))
                .forEachRecord(sink);
    }

    /**
     * The calls and messages naming one of {@code keys} timed no later than the {@code records}-th
     * of them in time order (so with every tie at its time): the first {@code records} of their
     * timeline are among them, in the same order. Empty when the walk cannot say in at most
     * {@code walked} records (keys this rare are cheap to find by themselves), when they have fewer
     * timed records (the untimed come next), or the case has no time indexes.
     */
    static Optional<TimelineQuery.RecordIds> of(Connection db, List<String> keys, int records, long walked)
            throws SQLException {
        if (keys.isEmpty() || records < 1 || !CaseDb.hasTimeIndexes(db)) {
            return Optional.empty();
        }
        String ids = identifierIds(db, keys);
        if (ids.equals("[]")) {
            return Optional.empty(); // no such identifiers: nothing to walk for
        }
        try (Walk calls = new Walk(db, "calls", CaseDb.CALLS_TIME_INDEX, ids);
             Walk messages = new Walk(db, "messages", CaseDb.MESSAGES_TIME_INDEX, ids)) {
            List<Long> callIds = new ArrayList<>();
            List<Long> messageIds = new ArrayList<>();
            long found = 0;
            byte[] last = null;
            for (long step = 0; step < walked; step++) {
                Walk next = calls.time == null ? messages
                        : messages.time == null || Arrays.compareUnsigned(calls.time, messages.time) <= 0 ? calls
                        : messages;
                if (next.time == null || last != null && !Arrays.equals(next.time, last)) {
                    // both walked to the end, or past the time of the last record wanted
                    return last == null ? Optional.empty() : Optional.of(new TimelineQuery.RecordIds(callIds, messageIds));
                }
                if (next.core) {
                    (next == calls ? callIds : messageIds).add(next.id);
                    if (++found == records) {
                        last = next.time; // its ties come too
                    }
                }
                next.advance();
            }
            return Optional.empty();
        }
    }

    /** The keys' identifier ids as a JSON array (one parameter, however many keys), made by SQLite. */
    private static String identifierIds(Connection db, List<String> keys) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT json_group_array(id) FROM identifiers WHERE key IN ("
                + String.join(",", Collections.nCopies(keys.size(), "?")) + ")")) {
            for (int i = 0; i < keys.size(); i++) {
                ps.setString(i + 1, keys.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "[]";
            }
        }
    }

    /**
     * One table's cursor, at its current record. Times are compared as SQLite compares text, byte
     * by byte in UTF-8, so the two tables merge in the timeline's order.
     */
    private static final class Walk implements AutoCloseable {
        private final PreparedStatement ps;
        private final ResultSet rs;
        byte[] time;
        long id;
        boolean core;

        Walk(Connection db, String table, String index, String identifierIds) throws SQLException {
            ps = db.prepareStatement(WALK.formatted(table, index));
            ps.setString(1, identifierIds);
            rs = ps.executeQuery();
            advance();
        }

        void advance() throws SQLException {
            if (!rs.next()) {
                time = null;
                return;
            }
            byte[] text = rs.getBytes(1);
            time = text != null ? text : new byte[0]; // SQLite may give no bytes for an empty value
            id = rs.getLong(2);
            core = rs.getInt(3) == 1;
        }

        @Override
        public void close() throws SQLException {
            ps.close();
        }
    }
}
