package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed WhatsApp images (see test-images/README.md): D04, an encrypted Android backup
 * with WhatsApp's current schema, and D05, a folder with the legacy schema, triaged with D01 and
 * D03 of the same network.
 */
class WhatsAppImagesTest {

    @TempDir
    static Path tmp;
    static JsonNode xref;
    static BadInputTest.Run run;

    @BeforeAll
    static void triage() throws Exception {
        run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(), "--password",
                "phonetriage-demo", "test-images/D01-android.tar", "test-images/D03-android",
                "test-images/D04-android.ab", "test-images/D05-android"));
        xref = new ObjectMapper().readTree(tmp.resolve("out/xref.json").toFile());
    }

    @Test
    void bothSchemasAndTheBackupAreRead() {
        assertEquals(Main.OK, run.exit(), run.err());
        JsonNode d04 = device("D04-android");
        assertEquals("android-backup", d04.get("evidence").get(0).get("format").asText());
        assertEquals("+351936402718", d04.get("owner_identifiers").get(0).get("key").asText());
        assertEquals("PT", d04.get("home_region").asText());
        assertEquals(6, d04.get("counts").get("messages").asInt(), "5 WhatsApp messages and 1 SMS from the backup agent");
        assertEquals(1, d04.get("counts").get("calls").asInt());
        JsonNode d05 = device("D05-android");
        assertEquals("+5521998765432", d05.get("owner_identifiers").get(0).get("key").asText());
        assertEquals(3, d05.get("counts").get("messages").asInt());
    }

    @Test
    void whatsAppTiesTheNewPhonesToTheNetwork() {
        List<String> pairs = new ArrayList<>();
        xref.get("device_links").forEach(l -> pairs.add(l.get("devices").get(0).asText() + "-"
                + l.get("devices").get(1).asText()));
        assertTrue(pairs.containsAll(List.of("D01-android-D04-android", "D03-android-D04-android",
                "D03-android-D05-android")), pairs.toString());
    }

    @Test
    void theGroupItsMembersTheLidAndTheVideoCallAreKept() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out/case.db"));
             Statement st = db.createStatement()) {
            assertEquals(3, scalar(st, "SELECT count(*) FROM occurrence_details WHERE role = 'whatsapp-group-member'"
                    + " AND device_id = (SELECT id FROM devices WHERE label = 'D04-android')"));
            assertEquals(1, scalar(st, "SELECT count(*) FROM occurrence_details WHERE key = 'wa-lid:200000000000042'"));
            assertEquals(1, scalar(st, "SELECT count(*) FROM calls WHERE kind = 'whatsapp-video-call' AND duration_s = 184"));
            assertEquals(1, scalar(st, "SELECT count(*) FROM messages WHERE media = 'image'"));
            assertEquals(1, scalar(st, "SELECT count(*) FROM messages WHERE media = 'audio' AND kind = 'whatsapp'"));
        }
    }

    private static long scalar(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static JsonNode device(String label) {
        for (JsonNode d : xref.get("devices")) {
            if (d.get("label").asText().equals(label)) {
                return d;
            }
        }
        throw new AssertionError(label);
    }
}
