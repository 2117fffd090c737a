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
 * D13 (Marcos' phone: Telegram, Signal, Google Messages; see test-images/README.md) triaged with
 * D01 (Rafa), D02 (Diego), D03 (Thiago) and D06 (Lucas' UFED report, which names the boss's and
 * Lucas' Telegram ids).
 */
class MessengerImagesTest {

    @TempDir
    static Path tmp;
    static JsonNode xref;
    static BadInputTest.Run run;
    static Connection db;

    @BeforeAll
    static void triage() throws Exception {
        run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "test-images/D13-android-messengers", "test-images/D06-ufdr.ufdr", "test-images/D01-android.tar",
                "test-images/D02-android.zip", "test-images/D03-android"));
        xref = new ObjectMapper().readTree(tmp.resolve("out/xref.json").toFile());
        db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out/case.db"));
    }

    @Test
    void theThreeAppsAreRead() throws Exception {
        assertEquals(Main.PROBLEMS, run.exit(), run.err()); // the two undecodable Telegram objects, D06's own
        JsonNode d13 = device("D13-android-messengers");
        assertEquals("FR", d13.get("home_region").asText());
        assertEquals(15, d13.get("counts").get("messages").asInt(), "6 Telegram, 5 Signal, 3 RCS, 1 SMS");
        assertEquals(3, scalar("SELECT count(*) FROM messages WHERE kind = 'rcs'"));
        assertEquals(1, scalar("SELECT count(*) FROM calls WHERE kind = 'telegram-call' AND duration_s = 95"
                + " AND direction = 'incoming' AND result = 'hangup'"), "the call the boss's service message records");
        assertEquals(1, scalar("SELECT count(*) FROM occurrence_details WHERE role = 'telegram-call'"
                + " AND key = 'telegram:777000111'"));
        assertEquals(1, scalar("SELECT count(*) FROM messages m JOIN devices d ON d.id = m.device_id"
                + " WHERE d.label = 'D13-android-messengers' AND m.kind = 'sms' AND m.body = 'Me liga.'"),
                "the item has no mmssms.db: the SMS bugle_db mirrors from it is read from bugle_db");
        assertEquals("Rua do Depósito 12, portão azul", text("SELECT body FROM messages WHERE thread = '5000000001'"),
                "the text after a forward header");
        assertEquals("image/jpeg", text("SELECT media FROM messages WHERE body = 'Foto do portão'"));
    }

    @Test
    void signalCallsAreReadFromItsCallTable() throws Exception {
        assertEquals(4, scalar("SELECT count(*) FROM calls c JOIN devices d ON d.id = c.device_id"
                + " WHERE d.label = 'D13-android-messengers' AND c.kind IN ('signal-call', 'signal-video-call')"));
        assertEquals(1, scalar("SELECT count(*) FROM occurrence_details WHERE role = 'signal-call'"
                + " AND key = 'app:signal:aci:5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f'"), "the boss, known by his ACI");
        assertEquals(1, scalar("SELECT count(*) FROM calls WHERE kind = 'signal-video-call' AND direction = 'outgoing'"
                + " AND result = 'accepted'"), "the video call to Rafa");
        assertEquals(1, scalar("SELECT count(*) FROM occurrence_details WHERE role = 'signal-call' AND key = '+34612345678'"
                + " AND direction = 'missed'"), "Diego's missed call");
        assertEquals(1, scalar("SELECT count(*) FROM calls WHERE kind = 'signal-call' AND result = 'joined (group)'"));
    }

    @Test
    void ownAccountsOfEveryAppAreOwnerIdentifiers() {
        Set<String> own = new TreeSet<>();
        device("D13-android-messengers").get("owner_identifiers").forEach(o -> own.add(o.get("key").asText()));
        assertTrue(own.containsAll(List.of("+33756983142", "telegram:777000333",
                "app:signal:aci:9f0c5b1e-3a4d-4e8f-a2b6-7c1d2e3f4a5b")), own.toString());
    }

    @Test
    void telegramIdsAndNumbersLinkTheCourierToTheOthers() {
        List<String> pairs = new ArrayList<>();
        xref.get("device_links").forEach(l -> pairs.add(l.get("devices").get(0).asText() + "-"
                + l.get("devices").get(1).asText()));
        assertTrue(pairs.containsAll(List.of("D06-ufdr-D13-android-messengers", "D01-android-D13-android-messengers",
                "D02-android-D13-android-messengers", "D03-android-D13-android-messengers")), pairs.toString());
    }

    @Test
    void anAccountAndTheNumberTheAppKeepsForItAreOnePerson() {
        Set<String> boss = null;
        Set<String> rafa = null;
        for (JsonNode p : xref.get("persons")) {
            Set<String> keys = new TreeSet<>();
            p.get("keys").forEach(k -> keys.add(k.isObject() ? k.get("key").asText() : k.asText()));
            if (keys.contains("telegram:777000111")) {
                boss = keys;
            }
            if (keys.contains("+33612345678")) {
                rafa = keys;
            }
        }
        assertTrue(boss != null && boss.contains("+5511987654321"), "telegram-phone: " + boss);
        assertTrue(rafa != null && rafa.contains("telegram:5000000001")
                && rafa.contains("app:signal:aci:2b7e1516-28ae-4d2a-a6d2-abf7158809cf"), "signal-phone: " + rafa);
    }

    @Test
    void groupsAndUndecodableObjectsAreKeptApart() throws Exception {
        // the supergroup's 3 (channel_users_v2) and the basic group's 3 (its ChatFull in chat_settings_v2)
        assertEquals(6, scalar("SELECT count(*) FROM occurrence_details WHERE role = 'telegram-group-member'"));
        assertEquals(List.of("telegram:5000000001", "telegram:777000111", "telegram:777000333"), keys(
                "SELECT i.key FROM contacts c JOIN occurrences o ON o.record_table = 'contacts' AND o.record_id = c.id"
                        + " JOIN identifiers i ON i.id = o.identifier_id WHERE c.account = 'telegram-group:4021337001'"
                        + " AND c.name = 'entregas' ORDER BY i.key"), "the basic group's members, from its ChatFull");
        assertEquals(3, scalar("SELECT count(*) FROM occurrence_details WHERE role = 'signal-group-member'"));
        assertEquals(2, scalar("SELECT count(*) FROM occurrence_details WHERE key = 'app:telegram:group:1987654321'"));
        assertEquals(1, scalar("SELECT count(*) FROM contacts c JOIN occurrences o ON o.record_table = 'contacts'"
                + " AND o.record_id = c.id JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE c.account = 'org.telegram.messenger secret chat' AND i.key = 'telegram:5000000001'"
                + " AND c.name = 'Rafa'"), "the partner of a secret chat");
        assertEquals(List.of("telegram:5000000001", "telegram:777000111", "telegram:777000222"), keys(
                "SELECT i.key FROM contacts c JOIN occurrences o ON o.record_table = 'contacts' AND o.record_id = c.id"
                        + " JOIN identifiers i ON i.id = o.identifier_id WHERE c.account = 'org.telegram.messenger dialog'"
                        + " ORDER BY i.key"), "the one-to-one dialogs; not the group's, not the secret chat's");
        assertEquals(3, scalar("SELECT count(*) FROM problems WHERE code = 'content-not-read'"
                + " AND path LIKE '%org.telegram.messenger/files/cache4.db' AND reason LIKE '%could not be decoded%'"));
        assertEquals(1, scalar("SELECT count(*) FROM problems WHERE code = 'content-not-read' AND reason ="
                + " '1 group objects (chat_settings_v2) could not be decoded (no ChatFull of chat 3000000007 this"
                + " version knows): their members are not read'"), "the supergroup's ChannelFull is passed over");
    }

    private static long scalar(String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> keys(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String text(String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
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
