package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleted SMS of a phone's mmssms.db come back through the same definition as the live ones, marked
 * deleted and recovered with where they were found; the live counts stay as they were, xref.json
 * gives the recovered ones apart, search says so, and --no-recovery leaves them out.
 */
class RecoveryTriageTest {

    @TempDir
    Path tmp;

    private final List<String> deletedBodies = new ArrayList<>();

    private Path phone() throws Exception {
        Path dbDir = Files.createDirectories(tmp.resolve("P01/data/data/com.android.providers.telephony/databases"));
        Path db = dbDir.resolve("mmssms.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA secure_delete=OFF");
                st.execute("CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER,"
                        + " date INTEGER, date_sent INTEGER, read INTEGER, type INTEGER, body TEXT, service_center TEXT)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sms VALUES (?,?,?,NULL,?,?,?,?,?,NULL)")) {
                for (int id = 1; id <= 200; id++) {
                    ps.setInt(1, id);
                    ps.setInt(2, id % 7 + 1);
                    // every fifth message is with a number no other message has: found only once deleted
                    ps.setString(3, id % 5 == 0 ? "+4479460" + String.format("%05d", 50_000 + id) : "+447946000" + (id % 7 + 100));
                    ps.setLong(4, 1_700_000_000_000L + id * 60_000L);
                    ps.setLong(5, 1_700_000_000_000L + id * 60_000L - 5_000);
                    ps.setInt(6, 1);
                    ps.setInt(7, id % 2 + 1);
                    ps.setString(8, "text " + id + " of the plan");
                    ps.executeUpdate();
                    if (id % 5 == 0) {
                        deletedBodies.add("text " + id + " of the plan");
                    }
                }
            }
            c.commit();
            c.createStatement().executeUpdate("DELETE FROM sms WHERE _id % 5 = 0");
            c.commit();
        }
        return tmp.resolve("P01");
    }

    @Test
    void deletedMessagesAreRecoveredMarkedAndCountedApart() throws Exception {
        Path phone = phone();
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), "--region", "GB",
                phone.toString()));
        assertEquals(Main.OK, run.exit(), run.err());
        Path caseDb = out.resolve("case.db");
        assertEquals(List.of("160"), CaseQuery.column(caseDb, "SELECT count(*) FROM messages WHERE recovered IS NULL"));
        List<String> recovered = CaseQuery.column(caseDb,
                "SELECT body FROM messages WHERE recovered IS NOT NULL AND deleted = 1 ORDER BY body");
        assertEquals(new TreeSet<>(deletedBodies), new TreeSet<>(recovered), "every deleted message, nothing else");
        assertTrue(CaseQuery.column(caseDb, "SELECT recovered FROM messages WHERE recovered IS NOT NULL").stream()
                .allMatch(w -> w.matches("(freeblock of table sms|freelist trunk) page \\d+ offset \\d+")),
                "where each was found: " + CaseQuery.column(caseDb, "SELECT DISTINCT recovered FROM messages"));
        assertEquals(List.of("0"), CaseQuery.column(caseDb, "SELECT count(*) FROM messages WHERE recovered IS NOT NULL"
                + " AND NOT recovered_confidence BETWEEN 0.6 AND 1"));
        JsonNode device = new ObjectMapper().readTree(out.resolve("xref.json").toFile()).get("devices").get(0);
        assertEquals(160, device.get("counts").get("messages").asInt(), "live counts do not shift");
        assertEquals(40, device.get("counts").get("recovered").asInt());

        // a number found only in a deleted message is cross-referenced, and says so
        BadInputTest.Run xref = BadInputTest.Run.of(List.of("xref", "--case", caseDb.toString(), "--all"));
        assertEquals(Main.OK, xref.exit(), xref.err());
        JsonNode only = null;
        for (JsonNode i : new ObjectMapper().readTree(xref.out()).get("identifiers")) {
            if (i.get("key").asText().equals("+447946050005")) {
                only = i.get("devices").get(0);
            }
        }
        assertTrue(only != null, xref.out());
        assertEquals(1, only.get("recovered").asInt());
        assertEquals(1, only.get("occurrences").asInt());

        BadInputTest.Run summary = BadInputTest.Run.of(List.of("search", "--case", caseDb.toString(), "+447946050005"));
        assertEquals(Main.OK, summary.exit(), summary.err());
        assertTrue(summary.out().matches("(?s).*ROLE +OCCURRENCES +DELETED +RECOVERED\\s+sms to +1 +1 +1\\n.*"),
                summary.out());
        BadInputTest.Run search = BadInputTest.Run.of(List.of("search", "--case", caseDb.toString(), "--occurrences",
                "+447946050005"));
        assertEquals(Main.OK, search.exit(), search.err());
        assertTrue(search.out().contains("sms to (recovered)") && search.out().contains("recovered from freeblock"),
                search.out());
    }

    @Test
    void noRecoveryLeavesDeletedBytesAlone() throws Exception {
        Path phone = phone();
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--no-recovery", "--out", out.toString(),
                "--region", "GB", phone.toString()));
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals(List.of("160", "0"), CaseQuery.column(out.resolve("case.db"),
                "SELECT count(*) FROM messages UNION ALL SELECT count(*) FROM messages WHERE recovered IS NOT NULL"));
        JsonNode device = new ObjectMapper().readTree(out.resolve("xref.json").toFile()).get("devices").get(0);
        assertEquals(0, device.get("counts").get("recovered").asInt());
    }
}
