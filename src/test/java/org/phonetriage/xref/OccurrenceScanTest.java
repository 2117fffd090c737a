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
        Path broken = tmp.resolve("broken.db");
        java.nio.file.Files.copy(caseFile, broken);
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

    private static long count(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM occurrences")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
