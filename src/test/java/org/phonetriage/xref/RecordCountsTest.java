package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.store.CaseDb;

/**
 * The record counts read on their own thread and connection are those SQLite gives by device,
 * recovered records apart; a case SQLite cannot read fails at the counts, not before; and once
 * they are closed the case takes a write at once (no read left open on the other connection).
 */
class RecordCountsTest {

    @TempDir
    static Path tmp;
    static Path caseFile;

    @BeforeAll
    static void write() throws Exception {
        NetworkCaseBuilder b = new NetworkCaseBuilder(List.of("FR"));
        b.device("P1", "android").contact("Ana", "+33612345678").contact("Bo", "+33612345679")
                .call("+33612345678", "incoming", "2024-03-01T10:00:00Z", 30)
                .sms("+33612345679", "outgoing", "2024-03-01T10:05:00Z");
        NetworkCaseBuilder.DeviceSpec p2 = b.device("P2", "android");
        for (int i = 0; i < 7; i++) {
            p2.sms("+3361234567" + i, "incoming", "2024-03-02T10:0" + i + ":00Z");
        }
        caseFile = tmp.resolve("case.db");
        b.write(caseFile);
        try (Connection db = CaseDb.open(caseFile, false); Statement st = db.createStatement()) {
            // two of P2's messages recovered from deleted bytes: counted apart
            st.executeUpdate("UPDATE messages SET recovered = 'freelist' WHERE id IN"
                    + " (SELECT id FROM messages WHERE device_id = (SELECT id FROM devices WHERE label = 'P2') LIMIT 2)");
        }
    }

    @Test
    void countsOnTheirOwnConnectionAreSqlitesByDevice() throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            Map<Long, long[]> counts;
            try (RecordCounts records = RecordCounts.start(db)) {
                counts = records.get();
            }
            assertEquals(expected(db).keySet(), new TreeMap<>(counts).keySet());
            expected(db).forEach((device, c) -> assertArrayEquals(c, counts.get(device), "device " + device));
            long p2 = deviceId(db, "P2");
            assertArrayEquals(new long[] {0, 0, 5, 0, 2}, counts.get(p2));
            // closed: the other connection holds no read, so a write commits without waiting
            try (Statement st = db.createStatement()) {
                st.execute("PRAGMA busy_timeout = 0");
                st.executeUpdate("INSERT OR REPLACE INTO meta(key, value) VALUES ('record-counts-test', '1')");
            }
        }
    }

    /** A case in memory has no second connection: the counts are read on the caller's, alike. */
    @Test
    void aCaseInMemoryIsCountedOnItsOwnConnection() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = db.createStatement()) {
            st.execute("ATTACH '" + caseFile + "' AS c");
            for (String t : List.of("contacts", "calls", "messages")) {
                st.execute("CREATE TABLE " + t + " AS SELECT * FROM c." + t);
            }
            st.execute("DETACH c");
            Map<Long, long[]> counts;
            try (RecordCounts records = RecordCounts.start(db)) {
                counts = records.get();
            }
            expected(db).forEach((device, c) -> assertArrayEquals(c, counts.get(device), "device " + device));
            assertEquals(2, counts.size());
        }
    }

    @Test
    void aCaseThatCannotBeCountedFailsAtTheCounts() throws Exception {
        Path broken = Files.copy(caseFile, tmp.resolve("no-calls.db"));
        try (Connection db = CaseDb.open(broken, false)) {
            try (Statement st = db.createStatement()) {
                st.execute("ALTER TABLE calls RENAME TO calls_gone");
            }
            try (RecordCounts records = RecordCounts.start(db)) {
                SQLException e = assertThrows(SQLException.class, records::get);
                assertTrue(e.getMessage().contains("calls"), e.getMessage());
            }
        }
    }

    private static Map<Long, long[]> expected(Connection db) throws SQLException {
        Map<Long, long[]> out = new TreeMap<>();
        List<String> tables = List.of("contacts", "calls", "messages");
        try (Statement st = db.createStatement()) {
            for (int i = 0; i < tables.size(); i++) {
                try (ResultSet rs = st.executeQuery("SELECT device_id, recovered IS NOT NULL FROM " + tables.get(i))) {
                    while (rs.next()) {
                        long[] c = out.computeIfAbsent(rs.getLong(1), k -> new long[5]);
                        c[rs.getBoolean(2) ? 4 : i]++;
                    }
                }
            }
        }
        return out;
    }

    private static long deviceId(Connection db, String label) throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM devices WHERE label = '" + label + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
