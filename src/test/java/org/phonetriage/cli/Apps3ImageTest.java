package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
 * The committed images D20-android-apps3 (Caio's phone: WhatsApp Business, imo, LINE, Kik,
 * Truecaller, Snapchat) and D20-ios-teams (his iPhone: Microsoft Teams; see test-images/README.md),
 * triaged with D01 and D03 of the same network.
 */
class Apps3ImageTest {

    private static final String D20 = " AND device_id = (SELECT id FROM devices WHERE label = 'D20-android-apps3')";

    @TempDir
    static Path tmp;
    static JsonNode xref;
    static BadInputTest.Run run;

    @BeforeAll
    static void triage() throws Exception {
        run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "test-images/D01-android.tar", "test-images/D03-android", "test-images/D20-android-apps3.tar",
                "test-images/D20-ios-teams"));
        xref = new ObjectMapper().readTree(tmp.resolve("out/xref.json").toFile());
    }

    @Test
    void theWhatsAppBusinessNumberAndTheImoAndSnapchatAccountsAreTheOwners() {
        assertEquals(Main.OK, run.exit(), run.err());
        JsonNode d20 = null;
        for (JsonNode d : xref.get("devices")) {
            if (d.get("label").asText().equals("D20-android-apps3")) {
                d20 = d;
            }
        }
        assertNotNull(d20);
        Set<String> owner = new TreeSet<>();
        d20.get("owner_identifiers").forEach(o -> owner.add(o.get("key").asText()));
        assertEquals(new TreeSet<>(List.of("+351927418306", "app:imo:caio.porto",
                "app:snapchat:3f1c2b7a-9d84-4e6b-a2c1-5b7e9f0d1a23", "app:threema:c4ioprt9")), owner);
        assertEquals("PT", d20.get("home_region").asText());
    }

    @Test
    void recordsOfEachApp() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out/case.db"));
             Statement st = db.createStatement()) {
            // WhatsApp Business: WhatsApp's definitions, its own kind; the row that is no message left out
            assertEquals(4, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'whatsapp-business'" + D20));
            assertEquals(0, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'whatsapp'" + D20));
            assertEquals(1, scalar(st, "SELECT count(*) FROM calls WHERE kind = 'whatsapp-business-video-call'"
                    + " AND duration_s = 212 AND direction = 'incoming'" + D20));
            assertEquals(2, scalar(st, "SELECT count(*) FROM occurrence_details WHERE role ="
                    + " 'whatsapp-business-group-member'" + D20));
            // imo: received is message_type 1, sent 0; nanoseconds read as such
            assertEquals(1, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'imo' AND direction = 'incoming'"
                    + " AND time_utc = '2024-03-06T11:00:00Z'" + D20));
            assertEquals(2, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'imo' AND direction = 'outgoing'" + D20));
            // LINE: 4 messages (not the attachement_type 6 row), 2 calls (not the group call)
            assertEquals(4, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'line'" + D20));
            assertEquals(1, scalar(st, "SELECT count(*) FROM calls WHERE kind = 'line-video-call' AND duration_s = 95"
                    + " AND direction = 'incoming'" + D20));
            assertEquals(1, scalar(st, "SELECT count(*) FROM calls WHERE kind = 'line-call' AND duration_s = 40"
                    + " AND direction = 'outgoing'" + D20));
            assertEquals(2, scalar(st, "SELECT count(*) FROM occurrence_details WHERE key ="
                    + " 'app:line:group:c0f1e2d3c4b5a69788796a5b4c3d2e1f0' AND party_role = 'group'" + D20));
            // the message sent to the group goes to both members; the one received is from Lucas
            assertEquals(1, scalar(st, "SELECT count(*) FROM occurrence_details WHERE role = 'line-message' AND key ="
                    + " 'app:line:u9a8b7c6d5e4f30211f2e3d4c5b6a7980' AND party_role = 'from'" + D20));
            // Kik: 4 messages; a JID is an app:kik key by its local part, never an e-mail address
            assertEquals(4, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'kik'" + D20));
            assertEquals(0, scalar(st, "SELECT count(*) FROM occurrence_details WHERE key LIKE 'email:%kik.com'"));
            assertEquals(1, scalar(st, "SELECT count(DISTINCT record_id) FROM occurrence_details WHERE key IN"
                    + " ('app:kik:bruno_rio_sup', 'app:kik:bruno_rio_sup_k2m') AND role = 'kik-contact'" + D20));
            assertEquals(2, scalar(st, "SELECT count(*) FROM occurrence_details WHERE key ="
                    + " 'app:kik:group:1100012345678_g'" + D20));
        }
    }

    @Test
    void snapchatTextsFromTheirProtobufsWithDirectionAndRecipients() throws Exception {
        String rafa = "app:snapchat:8a2d4c6e-1b3f-4a5d-9e7c-0f2b4d6a8c1e";
        String marcos = "app:snapchat:c5e7a9b1-2d4f-4c6e-8a0b-1d3f5a7c9e2b";
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out/case.db"));
             Statement st = db.createStatement()) {
            assertEquals(5, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'snapchat'" + D20));
            assertEquals(1, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'snapchat' AND direction = 'incoming'"
                    + " AND body = 'Já estão em Paris.' AND time_utc = '2024-03-12T19:30:00Z'" + D20));
            assertEquals(1, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'snapchat' AND body IS NULL"
                    + " AND media = 'content type 2'" + D20), "a snap has no text");
            // the message Caio sent to the group goes to Rafa and Marcos, never to Caio himself
            long sent = scalar(st, "SELECT id FROM messages WHERE body = 'Marcos leva-os ao hotel.'" + D20);
            assertEquals(3, scalar(st, "SELECT count(*) FROM occurrence_details WHERE record_table = 'messages'"
                    + " AND record_id = " + sent + " AND (party_role = 'to' AND key IN ('" + rafa + "', '" + marcos
                    + "') OR party_role = 'group')"));
            assertEquals(0, scalar(st, "SELECT count(*) FROM occurrence_details WHERE role = 'snapchat-message'"
                    + " AND key = 'app:snapchat:3f1c2b7a-9d84-4e6b-a2c1-5b7e9f0d1a23'"));
            // a friend's user id and username are one contact; Caio's own Friend row is none
            assertEquals(1, scalar(st, "SELECT count(DISTINCT record_id) FROM occurrence_details WHERE key IN ('"
                    + rafa + "', 'app:snapchat:rafa.paris') AND role = 'snapchat-contact'" + D20));
            assertEquals(0, scalar(st, "SELECT count(*) FROM occurrence_details WHERE key = 'app:snapchat:caio.porto'"));
        }
    }

    @Test
    void threemaWhereTheExtractionHoldsItDecrypted() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out/case.db"));
             Statement st = db.createStatement()) {
            assertEquals(3, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'threema'" + D20), "not the call");
            assertEquals(1, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'threema' AND media = 'location'"
                    + " AND body IS NULL AND direction = 'incoming'" + D20));
            assertEquals(1, scalar(st, "SELECT count(*) FROM calls WHERE kind = 'threema-call' AND duration_s = 75"
                    + " AND direction = 'outgoing' AND number_raw = 'VELH0SP1'" + D20));
            assertEquals(1, scalar(st, "SELECT count(*) FROM occurrence_details WHERE key = 'app:threema:velh0sp1'"
                    + " AND role = 'threema-contact' AND name = 'Velho'" + D20));
        }
    }

    @Test
    void aCallerIdNameIsALabelOfTheLookupNeverAnAlias() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out/case.db"));
             Statement st = db.createStatement()) {
            assertEquals(3, scalar(st, "SELECT count(*) FROM occurrence_details WHERE role = 'truecaller-caller-id'"
                    + " AND name IS NULL AND label LIKE 'caller ID: %'" + D20));
            assertEquals(1, scalar(st, "SELECT count(*) FROM occurrence_details WHERE role = 'truecaller-caller-id'"
                    + " AND key = '+33612345678' AND label = 'caller ID: Rafael T.'" + D20));
        }
        // Rafa's person keeps the names the phones saved, not the one Truecaller's service returned
        for (JsonNode p : xref.get("persons")) {
            for (JsonNode n : p.path("names")) {
                assertFalse(n.toString().contains("Rafael T."), p.toString());
            }
        }
        // the lookup of Rafa's number ties Caio's phone to Rafa's, but counts as no call, message or contact
        JsonNode link = link("D01-android", "D20-android-apps3");
        assertNotNull(link, xref.get("device_links").toString());
        assertEquals(0, link.get("calls").asInt());
        assertEquals(0, link.get("messages").asInt());
        assertEquals(0, link.get("contact_entries").asInt());
    }

    @Test
    void theImoAccountAndTheNumberBehindItAreOnePersonWeakly() {
        JsonNode boss = null;
        for (JsonNode p : xref.get("persons")) {
            List<String> keys = new ArrayList<>();
            p.get("keys").forEach(k -> keys.add(k.asText()));
            if (keys.contains("app:imo:velho.sp.7731")) {
                boss = p;
                assertTrue(keys.contains("+5511987654321"), keys.toString());
            }
        }
        assertNotNull(boss, "the boss' imo account is in a person");
        List<String> rules = new ArrayList<>();
        boss.get("proofs").forEach(p -> rules.add(p.get("rule").asText() + " " + p.get("proof").asBoolean()));
        assertTrue(rules.contains("app-account false"), rules.toString());
    }

    @Test
    void whatsAppBusinessTiesCaioToThiago() {
        JsonNode link = link("D03-android", "D20-android-apps3");
        assertNotNull(link, xref.get("device_links").toString());
        assertEquals("communication", link.get("relation").asText());
        assertEquals(2, link.get("messages").asInt());
    }

    @Test
    void teamsOnIosMessagesOwnIdAndTheAddressBookCopy() throws Exception {
        String ios = " AND device_id = (SELECT id FROM devices WHERE label = 'D20-ios-teams')";
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out/case.db"));
             Statement st = db.createStatement()) {
            assertEquals(1, scalar(st, "SELECT count(*) FROM owner_identifiers WHERE identifier_id = (SELECT id FROM"
                    + " identifiers WHERE key = 'app:teams:8:orgid:1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9')" + ios));
            assertEquals(1, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'teams' AND direction = 'incoming'"
                    + " AND time_utc = '2024-03-14T09:00:00Z'" + ios));
            assertEquals(1, scalar(st, "SELECT count(*) FROM messages WHERE kind = 'teams' AND direction = 'outgoing'" + ios));
            // the sender of the received message, never the owner as a party of his own message
            assertEquals(1, scalar(st, "SELECT count(*) FROM occurrence_details WHERE role = 'teams-message'" + ios));
        }
        // Teams' copy of the address book: Thiago's number and Rafa's Google address
        assertNotNull(link("D03-android", "D20-ios-teams"), xref.get("device_links").toString());
        assertNotNull(link("D01-android", "D20-ios-teams"), xref.get("device_links").toString());
    }

    private static JsonNode link(String a, String b) {
        for (JsonNode l : xref.get("device_links")) {
            if (l.get("devices").get(0).asText().equals(a) && l.get("devices").get(1).asText().equals(b)) {
                return l;
            }
        }
        return null;
    }

    private static long scalar(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }
}
