package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.store.CaseDb;

/**
 * The occurrences read on the scan's own thread arrive whole and in table order, batch after
 * batch; a pass that stops early stops the reader and gets its connection back; a read that
 * fails fails the pass with SQLite's own error.
 */
class OccurrenceScanTest {

    @TempDir
    static Path tmp;
    static Path caseFile;

    /** More batches than the reader may run ahead by (so it waits for the pass), a last one not full. */
    @BeforeAll
    static void write() throws Exception {
        NetworkCaseBuilder b = new NetworkCaseBuilder(List.of("FR"));
        NetworkCaseBuilder.DeviceSpec phone = b.device("P1", "android")
                .sim("8933010000000000017", "+33610000001", "208");
        for (int i = 0; i < 8 * OccurrenceScan.BATCH + 17; i++) {
            phone.call(String.format("+336%08d", 20_000_000 + i % 500), i % 2 == 0 ? "incoming" : "outgoing",
                    String.format("2024-03-01T10:%02d:%02dZ", i / 60 % 60, i % 60), i);
        }
        caseFile = tmp.resolve("case.db");
        b.write(caseFile);
    }

    @Test
    void everyOccurrenceArrivesOnceInTableOrder() throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            long expected = count(db);
            long seen = 0;
            long last = Long.MIN_VALUE;
            try (OccurrenceScan scan = OccurrenceScan.start(db, true)) {
                for (OccurrenceScan.Batch b = scan.next(); b != null; b = scan.next()) {
                    assertTrue(b.size > 0 && b.size <= OccurrenceScan.BATCH);
                    for (int i = 0; i < b.size; i++) {
                        assertTrue(b.id[i] > last, "table order");
                        last = b.id[i];
                        assertEquals("calls".equals(b.party[i].recordTable()), b.time[i] != null);
                        seen++;
                    }
                    scan.recycle(b);
                }
                assertNull(scan.next(), "the end, again");
            }
            assertEquals(expected, seen);
            assertTrue(expected > 8 * OccurrenceScan.BATCH);
        }
    }

    /**
     * A row's role, direction, party role and record table, given as numbers where the scan has
     * met the text before, are the row's own: values first met after the first range, NULLs,
     * quotes, non-ASCII text (never numbered) and a text differing from a numbered one only in
     * case.
     */
    @Test
    void aRowsTextsAreItsOwnWhetherNumberedOrRead() throws Exception {
        Path varied = copyOfCase("varied.db");
        try (Connection db = CaseDb.open(varied, false)) {
            try (Statement st = db.createStatement()) {
                st.execute("DROP VIEW IF EXISTS occurrence_details");
                st.execute("UPDATE occurrences SET role = 'r\u00f4le' WHERE id % 7 = 0");
                st.execute("UPDATE occurrences SET role = 'CALL' WHERE id % 11 = 0");
                st.execute("UPDATE occurrences SET role = 'it''s late' WHERE id > 5000 AND id % 3 = 0");
                st.execute("UPDATE occurrences SET party_role = NULL WHERE id % 5 = 0");
                st.execute("UPDATE occurrences SET party_role = 'cc' WHERE id > 6000 AND id % 5 = 1");
                st.execute("UPDATE calls SET direction = NULL WHERE id % 13 = 0");
                st.execute("UPDATE calls SET direction = 'miss\u00e9d' WHERE id % 17 = 0");
            }
            java.util.Map<Long, List<String>> expected = new java.util.HashMap<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT o.id, o.role,"
                    + " c.direction, o.party_role, o.record_table FROM occurrences o"
                    + " LEFT JOIN calls c ON o.record_table = 'calls' AND c.id = o.record_id")) {
                while (rs.next()) {
                    expected.put(rs.getLong(1), java.util.Arrays.asList(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            assertTrue(expected.size() > 2 * OccurrenceScan.FIRST_SPAN, "the numbered path is read");
            long seen = 0;
            try (OccurrenceScan scan = OccurrenceScan.start(db, false)) {
                for (OccurrenceScan.Batch b = scan.next(); b != null; b = scan.next()) {
                    for (int i = 0; i < b.size; i++) {
                        OccurrenceScan.Flags.Party party = b.party[i];
                        assertEquals(expected.get(b.id[i]), java.util.Arrays.asList(b.role[i].role(),
                                party.direction(), party.partyRole(), party.recordTable()), "occurrence " + b.id[i]);
                        seen++;
                    }
                    scan.recycle(b);
                }
            }
            assertEquals(expected.size(), seen);
        }
    }

    /**
     * Ids spread out (every seventh, then a gap of a million): many ranges, most of them empty,
     * taken in turns by two readers on two cores, still give every row once in table order.
     */
    @Test
    void rangesTakenInTurnsGiveEveryRowOnceInOrder() throws Exception {
        Path spread = copyOfCase("spread.db");
        try (Connection db = CaseDb.open(spread, false)) {
            try (Statement st = db.createStatement()) {
                st.execute("UPDATE occurrences SET id = -id");
                st.execute("UPDATE occurrences SET id = -id * 7");
                st.execute("UPDATE occurrences SET id = id + 1000000 WHERE id > 30000");
            }
            List<Long> expected = new java.util.ArrayList<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM occurrences ORDER BY id")) {
                while (rs.next()) {
                    expected.add(rs.getLong(1));
                }
            }
            List<Long> seen = new java.util.ArrayList<>();
            try (OccurrenceScan scan = OccurrenceScan.start(db, true)) {
                for (OccurrenceScan.Batch b = scan.next(); b != null; b = scan.next()) {
                    if (seen.isEmpty() && Runtime.getRuntime().availableProcessors() >= 2) {
                        assertEquals(2, Thread.getAllStackTraces().keySet().stream()
                                .filter(t -> t.getName().equals("occurrence-scan")).count(), "two readers");
                    }
                    for (int i = 0; i < b.size; i++) {
                        seen.add(b.id[i]);
                    }
                    scan.recycle(b);
                }
            }
            assertEquals(expected, seen);
            assertTrue(expected.get(expected.size() - 1) > 1_000_000);
        }
    }

    @Test
    void aPassThatStopsEarlyGetsItsConnectionBack() throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            try (OccurrenceScan scan = OccurrenceScan.start(db, false)) {
                assertEquals(OccurrenceScan.BATCH, scan.next().size);
            }
            assertFalse(Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("occurrence-scan")), "the reader has ended");
            assertTrue(count(db) > 0);
        }
    }

    @Test
    void aReadThatFailsFailsThePassWithSqlitesError() throws Exception {
        Path broken = copyOfCase("broken.db");
        try (Connection db = CaseDb.open(broken, false)) {
            try (Statement st = db.createStatement()) {
                st.execute("DROP VIEW IF EXISTS occurrence_details");
                st.execute("DROP TABLE calls");
            }
            try (OccurrenceScan scan = OccurrenceScan.start(db, false)) {
                SQLException e = assertThrows(SQLException.class, scan::next);
                assertTrue(e.getMessage().contains("calls"), e.getMessage());
            }
        }
    }

    /** The case written once, copied to alter it. */
    private static Path copyOfCase(String name) throws java.io.IOException {
        return java.nio.file.Files.copy(caseFile, tmp.resolve(name));
    }

    private static long count(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM occurrences")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
