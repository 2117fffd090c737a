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

/**
 * The committed messenger image D14-android-apps (Lucas' phone: Skype 8, Burner, Facebook
 * Messenger's two databases, Instagram, TextNow; see test-images/README.md), triaged with D02 and
 * D03 of the same network.
 */
class AppsImageTest {

    @TempDir
    static Path tmp;
    static JsonNode xref;
    static BadInputTest.Run run;

    @BeforeAll
    static void triage() throws Exception {
        run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "test-images/D02-android.zip", "test-images/D03-android", "test-images/D14-android-apps.tar"));
        xref = new ObjectMapper().readTree(tmp.resolve("out/xref.json").toFile());
    }

    @Test
    void everyAppAccountIsAnOwnerIdentifier() {
        assertEquals(Main.OK, run.exit(), run.err());
        JsonNode d14 = device("D14-android-apps");
        Set<String> owner = new TreeSet<>();
        d14.get("owner_identifiers").forEach(o -> owner.add(o.get("key").asText()));
        assertEquals(new TreeSet<>(List.of("+13055550147", "+34722418809", "app:facebook:100004812345678",
                "app:instagram:4811223344", "app:skype:live:.cid.5e1a7c3b9d2f4a60",
                "email:lucas.motorista.d14@example.com")), owner);
        assertEquals("android", d14.get("platform").asText());
        // the Spanish number of the Skype profile, not the rented US Burner line
        assertEquals("ES", d14.get("home_region").asText());
    }

    @Test
    void theAppsTieLucasToTheSeizedPhones() {
        List<String> pairs = new ArrayList<>();
        xref.get("device_links").forEach(l -> pairs.add(l.get("devices").get(0).asText() + "-"
                + l.get("devices").get(1).asText()));
        // Diego's number in Skype; Thiago's in Skype (a PSTN call) and TextNow
        assertTrue(pairs.containsAll(List.of("D02-android-D14-android-apps", "D03-android-D14-android-apps")),
                pairs.toString());
    }

    @Test
    void anAccountAndTheNumberItsAppKeepsAreOnePerson() {
        JsonNode boss = null;
        for (JsonNode p : xref.get("persons")) {
            List<String> keys = new ArrayList<>();
            p.get("keys").forEach(k -> keys.add(k.asText()));
            if (keys.contains("app:skype:velho.sp")) {
                boss = p;
                assertTrue(keys.contains("+5511987654321"), keys.toString());
            }
        }
        assertTrue(boss != null, "the boss' Skype name is in a person");
        List<String> rules = new ArrayList<>();
        boss.get("proofs").forEach(p -> rules.add(p.get("rule").asText() + " " + p.get("proof").asBoolean()));
        assertTrue(rules.contains("app-account false"), rules.toString());
    }

    @Test
    void recordsOfEachApp() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out/case.db"));
             Statement st = db.createStatement()) {
            String d14 = " AND device_id = (SELECT id FROM devices WHERE label = 'D14-android-apps')";
            assertEquals(6, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'skype'" + d14),
                    "4 of s4l, 2 of Skype for Android's own database");
            assertEquals(2, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'burner'" + d14));
            assertEquals(6, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'facebook-messenger'" + d14),
                    "3 of threads_db2 (not the empty row), 3 of msys (not the unsent copy)");
            assertEquals(1, scalar(st, "SELECT count(*) FROM calls WHERE kind = 'facebook-messenger-call' AND duration_s = 62"
                    + " AND direction = 'incoming' AND number_raw = '100003398765432'" + d14), "threads_db2: Rafa's call");
            assertEquals(1, scalar(st, "SELECT count(*) FROM calls WHERE kind = 'facebook-messenger-video-call'"
                    + " AND duration_s = 30 AND direction = 'outgoing' AND number_raw = '100009911223344'" + d14), "msys");
            assertEquals(1, scalar(st, "SELECT count(*) FROM occurrence_details WHERE role = 'facebook-messenger-video-call'"
                    + " AND key = 'app:facebook:100009911223344'" + d14));
            assertEquals(2, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'instagram'" + d14));
            assertEquals(3, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'textnow'" + d14));
            assertEquals(1, scalar(st, "SELECT count(*) FROM calls WHERE kind = 'skype-call' AND duration_s = 95"
                    + " AND direction = 'outgoing'" + d14));
            assertEquals(1, scalar(st, "SELECT count(*) FROM calls WHERE kind = 'skype-call' AND direction = 'missed'" + d14));
            assertEquals(1, scalar(st, "SELECT count(*) FROM calls WHERE kind = 'skype-call' AND duration_s = 120"
                    + " AND number_raw = 'velho.sp'" + d14));
            // Ze's Skype name: a contact, the sender of one message and a member of the group written to
            assertEquals(3, scalar(st, "SELECT count(*) FROM occurrence_details WHERE key = 'app:skype:live:.cid.0e5a11bb22cc33dd'"
                    + d14));
            assertEquals(1, scalar(st, "SELECT count(*) FROM calls WHERE kind = 'burner-call' AND duration_s = 64" + d14));
            assertEquals(1, scalar(st, "SELECT count(*) FROM calls WHERE kind = 'textnow-call' AND duration_s = 42" + d14));
            // the boss: a phone of a Skype profile and a Burner contact and party
            assertEquals(1, scalar(st, "SELECT count(*) FROM occurrence_details WHERE key = '+5511987654321'"
                    + " AND role = 'skype-contact'" + d14));
            assertTrue(scalar(st, "SELECT count(*) FROM occurrence_details WHERE key = '+5511987654321'"
                    + " AND role = 'burner-message'" + d14) >= 2);
            // Skype names and Messenger ids are typed keys, never numbers
            assertEquals(2, scalar(st, "SELECT count(*) FROM occurrence_details WHERE key = 'app:skype:velho.sp'"
                    + " AND role = 'skype-contact'" + d14), "in both Skype databases");
            assertEquals(2, scalar(st, "SELECT count(*) FROM occurrence_details WHERE key = 'app:facebook:"
                    + "100003398765432' AND role = 'facebook-messenger-contact'" + d14), "in both databases");
            assertEquals(0, scalar(st, "SELECT count(*) FROM occurrence_details WHERE key LIKE '+%100003398765432%'"));
            // the Instagram id and username of one account, in one contact
            assertEquals(1, scalar(st, "SELECT count(DISTINCT record_id) FROM occurrence_details WHERE key IN"
                    + " ('app:instagram:5599887766', 'app:instagram:bruno_rio_sup') AND role = 'instagram-contact'" + d14));
            assertEquals(2, scalar(st, "SELECT count(*) FROM occurrence_details WHERE role = 'textnow-group-member'" + d14));
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
