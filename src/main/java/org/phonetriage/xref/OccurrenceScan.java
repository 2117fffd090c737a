package org.phonetriage.xref;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.phonetriage.xref.rules.OccurrenceSql;

/**
 * The occurrences of a case in table order, each with its record's columns, read by threads of
 * their own and handed over in batches, in order: {@link OccurrencePass} aggregates one batch while
 * the next is read, so SQLite's stepping and the driver's column fetches (the larger half of the
 * pass, and what bounds it) run on the other cores. With a second connection to the case (a file,
 * no write pending) two readers take the table's rowid ranges in turns, each range read whole
 * into its reader's queue while the pass takes the other's: the rows still come in table order.
 * The connection given is the first reader's alone until {@link #close}.
 */
final class OccurrenceScan implements AutoCloseable {

    /** Rows per batch: big enough that handing one over costs nothing, small enough to stay in cache. */
    static final int BATCH = 1024;

    /** Batches in flight per reader: a whole range of {@link #TURN_SPAN} rows, and a few more. */
    private static final int BATCHES = 20;

    /** One batch of rows, column by column; reused once the pass has taken its rows. */
    static final class Batch {
        int size;
        /** The reader whose pool it returns to. */
        final int reader;
        final long[] id = new long[BATCH];
        final long[] identifierId = new long[BATCH];
        final long[] deviceId = new long[BATCH];
        final long[] readingId = new long[BATCH];
        final String[] name = new String[BATCH];
        final String[] time = new String[BATCH];
        /** Its {@link TimeKey}, made here on the reader's core. */
        final long[] timeKey = new long[BATCH];
        /** 1: an earlier version of a live record; 2: recovered from deleted bytes. */
        final int[] bits = new int[BATCH];
        final Flags.Role[] role = new Flags.Role[BATCH];
        final Flags.Party[] party = new Flags.Party[BATCH];
        /** A call's duration (0 for other records). */
        final long[] duration = new long[BATCH];
        /** A group member list's group (null for other roles). */
        final String[] groupOfList = new String[BATCH];
        /** Search's summaries only: the source marks the record deleted; its parser run (null when none). */
        final boolean[] deleted = new boolean[BATCH];
        final Long[] runId = new Long[BATCH];

        Batch(int reader) {
            this.reader = reader;
        }
    }

    /** A reader read its last range (or failed). */
    private static final Batch END = new Batch(-1);
    /** A range ends: the next range is the next reader's. */
    private static final Batch RANGE_END = new Batch(-1);

    private final Reader[] readers;
    /** The connection opened for the second reader, closed with the scan (null with one reader). */
    private final Connection second;
    private volatile boolean stopped;
    /** The reader whose range the pass takes now. */
    private int turn;

    private OccurrenceScan(Connection db, Connection second, boolean summaries) throws SQLException {
        long[] ids = idRange(db);
        this.second = second;
        List<Connection> connections = second == null ? List.of(db) : List.of(db, second);
        readers = new Reader[connections.size()];
        for (int r = 0; r < readers.length; r++) {
            readers[r] = new Reader(r, connections.get(r), ids, summaries);
        }
    }

    /**
     * Starts reading; {@code summaries} adds the columns search's summaries need (the deleted
     * flag and the parser run, through joins to sims and swept values).
     */
    static OccurrenceScan start(Connection db, boolean summaries) throws SQLException {
        Connection second = SecondConnection.open(db, 16_384);
        OccurrenceScan scan;
        try {
            scan = new OccurrenceScan(db, second, summaries);
        } catch (SQLException | RuntimeException e) {
            if (second != null) {
                second.close();
            }
            throw e;
        }
        for (Reader r : scan.readers) {
            r.thread.start();
        }
        return scan;
    }

    /** The next batch in table order, or null after the last; a read that failed throws here. */
    Batch next() throws SQLException {
        while (true) {
            Reader r = readers[turn];
            Batch b;
            try {
                b = r.full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the occurrences were read", e);
            }
            if (b == RANGE_END) {
                turn = (turn + 1) % readers.length;
                continue;
            }
            if (b != END) {
                return b;
            }
            r.full.add(END); // a later call gets the end (or the failure) again
            // this reader has no range left, so no reader has: a failure of either ends the scan
            for (int k = 0; k < readers.length; k++) {
                ReaderFailure.rethrow(readers[(turn + k) % readers.length].failure);
            }
            return null;
        }
    }

    /** Gives a batch back once its rows were taken. */
    void recycle(Batch b) {
        readers[b.reader].free.add(b);
    }

    /** Stops the readers (when the pass ended early) and waits for them: the connection is free again. */
    @Override
    public void close() throws SQLException {
        stopped = true;
        boolean interrupted = false;
        for (Reader r : readers) {
            r.thread.interrupt();
            while (r.thread.isAlive()) {
                try {
                    r.thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (second != null) {
            second.close();
        }
    }

    /** One reader: its connection, its ranges (every n-th from its number on), its batches. */
    private final class Reader {
        final BlockingQueue<Batch> full = new LinkedBlockingQueue<>(BATCHES + 4);
        final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
        final Thread thread;
        volatile Throwable failure;

        Reader(int number, Connection db, long[] ids, boolean summaries) {
            for (int i = 0; i < BATCHES; i++) {
                free.add(new Batch(number));
            }
            thread = new Thread(() -> read(number, db, ids, summaries), "occurrence-scan");
            thread.setDaemon(true);
        }

        private void read(int number, Connection db, long[] ids, boolean summaries) {
            try (Flags flags = new Flags(db)) {
                PreparedStatement chunk = null;
                try {
                    // the table in rowid ranges, in order: each range's statement numbers the texts the
                    // earlier ones met (a first small range learns most of them), so most rows give four
                    // small numbers where they gave four strings
                    long span = readers.length == 1 ? SPAN : TURN_SPAN;
                    for (int range = number; !stopped; range += readers.length) {
                        long from = range == 0 ? ids[0] : ids[0] + FIRST_SPAN + (range - 1) * span;
                        if (from > ids[1] || from < ids[0]) {
                            break; // past the last id (or past the largest long)
                        }
                        long last = from + (range == 0 ? FIRST_SPAN : span) - 1;
                        long to = last < from || last > ids[1] ? ids[1] : last;
                        if (chunk == null || flags.codesGrown()) {
                            if (chunk != null) {
                                chunk.close();
                            }
                            chunk = db.prepareStatement(sql(summaries, flags));
                        }
                        readRange(chunk, from, to, flags, summaries);
                        full.put(RANGE_END);
                    }
                } finally {
                    if (chunk != null) {
                        chunk.close();
                    }
                }
            } catch (InterruptedException e) {
                return; // closed by the pass: nobody waits for more
            } catch (SQLException | RuntimeException | Error e) {
                failure = e;
            }
            try {
                full.put(END);
            } catch (InterruptedException e) {
                // closed by the pass meanwhile
            }
        }

        private void readRange(PreparedStatement chunk, long from, long to, Flags flags, boolean summaries)
                throws SQLException, InterruptedException {
            chunk.setLong(1, from);
            chunk.setLong(2, to);
            Batch b = free.take();
            b.size = 0;
            try (ResultSet rs = chunk.executeQuery()) {
                while (!stopped && rs.next()) {
                    OccurrenceScan.read(rs, b, b.size++, flags, summaries);
                    if (b.size == BATCH) {
                        full.put(b);
                        b = free.take();
                        b.size = 0;
                    }
                }
            }
            if (b.size > 0) {
                full.put(b);
            } else {
                free.add(b);
            }
        }
    }

    /** Rowids of the first range (small: it learns the texts) and of each after it, with one reader or two. */
    static final long FIRST_SPAN = 4096;
    private static final long SPAN = 1 << 18;
    private static final long TURN_SPAN = (long) (BATCHES - 4) * BATCH;

    /** The smallest and largest occurrence id (an empty range for no occurrences). */
    private static long[] idRange(Connection db) throws SQLException {
        // two subqueries: SQLite finds a lone min() or max() at the end of the table's b-tree, but
        // scanned every row for both in one query (0.97 s at 12 M occurrences, the pass waiting)
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT (SELECT min(id) FROM occurrences), (SELECT max(id) FROM occurrences)")) {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? new long[] {0, -1} : new long[] {min, rs.getLong(2)};
        }
    }

    /**
     * Columns 5, 9, 10, 11: role, direction, party role, record table; 16 (or 14): their numbers
     * (23 bits), with the record's version bits, whether the name is NULL and the device id above
     * them: one column fetched where four were (each a call into the driver), the name's only when
     * there is one.
     */
    private static String sql(boolean summaries, Flags flags) {
        // the occurrences NOT INDEXED, in table order, and their records by id in the same order;
        // the rules that depend on a record's direction, party role and table, or on a role, are
        // asked of SQLite once per distinct value (Flags): evaluated per row they cost twice the scan
        return "SELECT o.id, o.identifier_id, o.device_id, o.reading_id, o.role, o.name,"
                + " COALESCE(c.time_utc, m.time_utc),"
                + " NULL," // the version bits: in the numbers' column
                + " COALESCE(c.direction, m.direction), o.party_role, o.record_table, c.duration_s,"
                + " CASE WHEN o.record_table = 'contacts' THEN " + OccurrenceSql.groupOfList("ct.account") + " END"
                // search's summaries: whether the source marks the record deleted; the parser run that read it
                + (!summaries ? "" : ", COALESCE(ct.deleted, c.deleted, m.deleted) = 1,"
                        + " COALESCE(c.run_id, m.run_id, ct.run_id, s.run_id, sv.run_id)")
                + ", " + flags.codesSql("o.role", "COALESCE(c.direction, m.direction)", "o.party_role", "o.record_table")
                // an earlier version of a live record (an edited message); recovered from deleted bytes
                // (SQLite's | and << bind alike, left to right: every shift in parentheses)
                + " + (((COALESCE(c.recovered_version_of, m.recovered_version_of, ct.recovered_version_of) IS NOT NULL)"
                + " | ((COALESCE(c.recovered, m.recovered, ct.recovered) IS NOT NULL) << 1)) << 23)"
                + " + ((o.name IS NULL) << 25) + (o.device_id << 26)"
                + " FROM occurrences o NOT INDEXED"
                + " LEFT JOIN calls c ON o.record_table = 'calls' AND c.id = o.record_id"
                + " LEFT JOIN messages m ON o.record_table = 'messages' AND m.id = o.record_id"
                + " LEFT JOIN contacts ct ON o.record_table = 'contacts' AND ct.id = o.record_id"
                + (!summaries ? "" : " LEFT JOIN sims s ON o.record_table = 'sims' AND s.id = o.record_id"
                        + " LEFT JOIN swept_values sv ON o.record_table = 'swept_values' AND sv.id = o.record_id")
                + " WHERE o.id BETWEEN ? AND ?";
    }

    private static void read(ResultSet rs, Batch b, int i, Flags flags, boolean summaries) throws SQLException {
        b.id[i] = rs.getLong(1);
        b.identifierId[i] = rs.getLong(2);
        b.readingId[i] = rs.getLong(4);
        long packed = rs.getLong(summaries ? 16 : 14);
        b.deviceId[i] = packed >>> 26;
        Flags.Role role = flags.role(rs, (int) packed & 0xFF);
        b.role[i] = role;
        b.name[i] = (packed >>> 25 & 1) != 0 ? null : utf8(rs, 6);
        b.time[i] = utf8(rs, 7);
        b.timeKey[i] = TimeKey.of(b.time[i]);
        b.bits[i] = (int) (packed >>> 23) & 3;
        Flags.Party party = flags.party(rs, (int) (packed >>> 8) & 0x7FFF);
        b.party[i] = party;
        b.duration[i] = "calls".equals(party.recordTable()) ? rs.getLong(12) : 0;
        b.groupOfList[i] = role.groupMember() ? utf8(rs, 13) : null;
        if (summaries) {
            b.deleted[i] = rs.getBoolean(14);
            long run = rs.getLong(15);
            b.runId[i] = rs.wasNull() ? null : run;
        }
    }

    /**
     * A text column as getString reads it, from its UTF-8 bytes (the case database's encoding):
     * the driver's getString wraps them in a direct buffer first, an object per value, and the
     * reader, which bounds the pass, reads millions.
     */
    static String utf8(ResultSet rs, int column) throws SQLException {
        byte[] bytes = rs.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * OccurrenceSql's rules on a role, and on a record's direction, party role and table, asked
     * of SQLite once per distinct value (a case has a few dozen) and kept; the record table
     * strings kept are one instance each.
     */
    static final class Flags implements AutoCloseable {
        record Role(String role, boolean contact, boolean groupMember) {
        }

        record Party(String direction, String partyRole, String recordTable, boolean inbound, boolean ownersParty,
                     boolean groupSend) {
        }

        private final PreparedStatement roleRules;
        private final PreparedStatement partyRules;
        private final List<Role> roles = new ArrayList<>();
        private final List<Party> parties = new ArrayList<>();
        /** Numbers of the role (8 bits), direction, party role and record table (5 bits each). */
        private final TextCodes roleCodes = new TextCodes(0xFF);
        private final TextCodes directionCodes = new TextCodes(0x1F);
        private final TextCodes partyRoleCodes = new TextCodes(0x1F);
        private final TextCodes tableCodes = new TextCodes(0x1F);
        private final Role[] roleByCode = new Role[0x100];
        private final Party[] partyByCode = new Party[1 << 15];

        Flags(Connection db) throws SQLException {
            roleRules = db.prepareStatement("SELECT COALESCE(o.role LIKE '%contact' OR o.role = 'sim-adn', 0),"
                    + " COALESCE(o.role LIKE '%group-member', 0) FROM (SELECT ? AS role) o");
            partyRules = db.prepareStatement("SELECT COALESCE(" + OccurrenceSql.inbound("o") + ", 0), COALESCE("
                    + OccurrenceSql.ownersParty("o") + ", 0), COALESCE(" + OccurrenceSql.groupSend("o") + ", 0)"
                    + " FROM (SELECT ? AS direction, ? AS party_role, ? AS record_table) o");
        }

        /** Whether a statement made now would number more values than the last one. */
        boolean codesGrown() {
            return roleCodes.grown() || directionCodes.grown() || partyRoleCodes.grown() || tableCodes.grown();
        }

        /** One number per row for its role, direction, party role and record table (see {@link #role}, {@link #party}). */
        String codesSql(String role, String direction, String partyRole, String recordTable) {
            // (SQLite's | and << bind alike: every shift in parentheses)
            return roleCodes.sql(role) + " + (" + directionCodes.sql(direction) + " << 8) + ("
                    + partyRoleCodes.sql(partyRole) + " << 13) + (" + tableCodes.sql(recordTable) + " << 18)";
        }

        /** The row's role from its number, its text (column 5) read only when it has none. */
        Role role(ResultSet rs, int code) throws SQLException {
            Role known = roleByCode[code];
            if (known != null) {
                return known;
            }
            if (code != 0) {
                return roleByCode[code] = role(roleCodes.value(code));
            }
            String text = rs.getString(5);
            roleCodes.learn(text);
            return role(text);
        }

        /**
         * The row's direction, party role and record table from their numbers (5 bits each), the
         * texts (columns 9, 10, 11) read only of those without one.
         */
        Party party(ResultSet rs, int codes) throws SQLException {
            int direction = codes & 0x1F;
            int partyRole = codes >>> 5 & 0x1F;
            int table = codes >>> 10 & 0x1F;
            boolean numbered = direction != 0 && partyRole != 0 && table != 0;
            if (numbered && partyByCode[codes] != null) {
                return partyByCode[codes];
            }
            Party party = party(text(rs, 9, direction, directionCodes), text(rs, 10, partyRole, partyRoleCodes),
                    text(rs, 11, table, tableCodes));
            if (numbered) {
                partyByCode[codes] = party;
            }
            return party;
        }

        private static String text(ResultSet rs, int column, int code, TextCodes codes) throws SQLException {
            if (code != 0) {
                return codes.value(code);
            }
            String text = rs.getString(column);
            codes.learn(text);
            return text;
        }

        /** A look through the few known costs less than hashing the row's new string. */
        Role role(String role) throws SQLException {
            for (Role known : roles) {
                if (known.role().equals(role)) {
                    return known;
                }
            }
            roleRules.setString(1, role);
            try (ResultSet rs = roleRules.executeQuery()) {
                rs.next();
                Role added = new Role(role, rs.getBoolean(1), rs.getBoolean(2));
                roles.add(added);
                return added;
            }
        }

        Party party(String direction, String partyRole, String recordTable) throws SQLException {
            for (Party known : parties) {
                if (Objects.equals(known.direction(), direction)
                        && Objects.equals(known.partyRole(), partyRole)
                        && known.recordTable().equals(recordTable)) {
                    return known;
                }
            }
            partyRules.setString(1, direction);
            partyRules.setString(2, partyRole);
            partyRules.setString(3, recordTable);
            try (ResultSet rs = partyRules.executeQuery()) {
                rs.next();
                String table = parties.stream().map(Party::recordTable).filter(recordTable::equals).findFirst()
                        .orElse(recordTable);
                Party added = new Party(direction, partyRole, table, rs.getBoolean(1), rs.getBoolean(2),
                        rs.getBoolean(3));
                parties.add(added);
                return added;
            }
        }

        @Override
        public void close() throws SQLException {
            roleRules.close();
            partyRules.close();
        }
    }
}
