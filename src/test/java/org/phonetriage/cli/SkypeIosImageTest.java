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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed D14-ios-skype (Lucas' old iPhone with legacy Skype main.db), triaged with D05 (Bruno's phone). */
class SkypeIosImageTest {

    @TempDir
    static Path tmp;
    static JsonNode xref;
    static BadInputTest.Run run;

    @BeforeAll
    static void triage() throws Exception {
        run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "test-images/D05-android", "test-images/D14-ios-skype"));
        xref = new ObjectMapper().readTree(tmp.resolve("out/xref.json").toFile());
    }

    @Test
    void theIphonesSkypeIsReadAsIos() {
        assertEquals(Main.OK, run.exit(), run.err());
        JsonNode d = device("D14-ios-skype");
        assertEquals("ios", d.get("platform").asText(), "the path tells the iOS definitions from the Android ones");
        Set<String> owner = new TreeSet<>();
        d.get("owner_identifiers").forEach(o -> owner.add(o.get("key").asText()));
        assertEquals(new TreeSet<>(List.of("+34722418809", "app:skype:lucas.motorista",
                "email:lucas.motorista.d14@example.com")), owner);
        assertEquals(2, d.get("counts").get("calls").asInt());
        assertEquals(4, d.get("counts").get("messages").asInt(), "2 chat messages, 1 SMS, 1 file transfer");
    }

    @Test
    void skypesSmsAndFileTransfersAreMessages() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out/case.db"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT m.direction, m.media, o.party_role, i.key FROM messages m"
                     + " JOIN occurrences o ON o.record_table = 'messages' AND o.record_id = m.id"
                     + " JOIN identifiers i ON i.id = o.identifier_id"
                     + " WHERE m.device_id = (SELECT id FROM devices WHERE label = 'D14-ios-skype') AND m.media IS NOT NULL"
                     + " ORDER BY m.time_utc")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
            assertEquals(List.of("incoming file:rota_marco.pdf from app:skype:velho.sp",
                    "outgoing sms to +5521998765432"), rows);
        }
    }

    @Test
    void aPstnCallTiesItToBrunosPhone() throws Exception {
        List<String> pairs = new ArrayList<>();
        xref.get("device_links").forEach(l -> pairs.add(l.get("devices").get(0).asText() + "-"
                + l.get("devices").get(1).asText()));
        assertTrue(pairs.contains("D05-android-D14-ios-skype"), pairs.toString());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out/case.db"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT number_raw, direction, duration_s, kind FROM calls"
                     + " WHERE device_id = (SELECT id FROM devices WHERE label = 'D14-ios-skype') ORDER BY time_utc")) {
            List<String> calls = new ArrayList<>();
            while (rs.next()) {
                calls.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getString(4));
            }
            assertEquals(List.of("velho.sp incoming 300 skype-call", "+5521998765432 outgoing 45 skype-call"), calls);
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
