package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D15-ios-apps.tar (test-images/README.md): Marcos's iPhone with Burner, Google Voice, WhatsApp
 * Business and WhatsApp, triaged with Diego's phone (D02), whom it called through Google Voice.
 */
class IosAppsImageTest {

    @TempDir
    static Path tmp;
    private static BadInputTest.Run run;

    @BeforeAll
    static void triage() {
        run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "test-images/D02-android.zip", "test-images/D15-ios-apps.tar"));
    }

    @Test
    void telegramsPostboxWhoseKeyFileDoesNotOpenIsNamed() throws Exception {
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        // D15's key file is a stand-in (random bytes): it fails Telegram's own check, so the Postbox is not read
        assertEquals(List.of("decryption-failed|Telegram's key file: it does not open with Telegram's default key"),
                column("SELECT p.code || '|' || substr(p.reason, 1, 65) FROM problems p"
                        + " JOIN devices d ON d.id = p.device_id WHERE d.label = 'D15-ios-apps'"));
    }

    @Test
    void everyAppsRecordsUnderItsOwnName() throws Exception {
        assertEquals(List.of("burner-call|2", "burner-contact|2", "burner-message|3", "contact|3",
                "facebook-messenger-call|1", "facebook-messenger-contact|3", "facebook-messenger-message|2",
                "google-voice-call|4", "google-voice-message|2", "owner|16", "signal-call|2", "signal-contact|5",
                "signal-group-member|3", "signal-message|3", "viber-call|1", "viber-message|2", "whatsapp-business-contact|2",
                "whatsapp-business-group-member|2", "whatsapp-business-message|4", "whatsapp-message|1"),
                column("SELECT o.role || '|' || count(*) FROM occurrences o JOIN devices d ON d.id = o.device_id"
                        + " WHERE d.label = 'D15-ios-apps' GROUP BY o.role ORDER BY o.role"));
        // WhatsApp Business and WhatsApp sit in two app groups named only by their metadata plists
        assertEquals(List.of("whatsapp-business|Chegou a carga?", "whatsapp-business|Saio de Lisboa hoje",
                "whatsapp-business|Sim, tudo certo", "whatsapp|Te vejo na estação"),
                column("SELECT m.kind || '|' || m.body FROM messages m JOIN devices d ON d.id = m.device_id"
                        + " WHERE d.label = 'D15-ios-apps' AND m.kind LIKE 'whatsapp%' ORDER BY 1"));
        // Burner: the conversation kept as a body file; the last text, cached twice, is read once
        assertEquals(List.of("outgoing|Amanha cedo", "outgoing|Cheguei em Paris", "incoming|Quando chega?"),
                column("SELECT m.direction || '|' || m.body FROM messages m WHERE m.kind = 'burner' ORDER BY m.body"));
        assertEquals(List.of("outgoing|+5511987654321|+16465550143", "voicemail|+5511987654321|+16465550143"),
                column("SELECT direction || '|' || number_raw || '|' || subscription FROM calls WHERE kind = 'burner-call'"
                        + " ORDER BY 1"));
    }

    @Test
    void signalsRecipientsTieTheNumberToTheAccountId() throws Exception {
        assertEquals(List.of("+33612345678|app:signal:aci:8d3f1c2a-5b6e-4f70-9a81-b2c3d4e5f607|Rafa T",
                "+351912345678|app:signal:aci:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d|",
                "app:signal:aci:5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716|"),
                column("SELECT group_concat(i.key, '|') || '|' || COALESCE(c.name, '') FROM contacts c"
                        + " JOIN occurrences o ON o.record_table = 'contacts' AND o.record_id = c.id"
                        + " JOIN identifiers i ON i.id = o.identifier_id WHERE o.role = 'signal-contact'"
                        + " GROUP BY c.id ORDER BY c.id"));
        assertEquals(List.of("incoming|Amanhã no cais?|from", "incoming|Barco atrasado 1h|from", "outgoing|Sim, às 5h|to"),
                column("SELECT m.direction || '|' || m.body || '|' || o.party_role FROM messages m JOIN occurrences o"
                        + " ON o.record_table = 'messages' AND o.record_id = m.id WHERE m.kind = 'signal' ORDER BY m.body"));
    }

    @Test
    void vibersConversationAndCallWithLucas() throws Exception {
        assertEquals(List.of("incoming|Estou na estação", "outgoing|Já vou"), column("SELECT direction || '|' || body"
                + " FROM messages WHERE kind = 'viber' ORDER BY time_utc"));
        assertEquals(List.of("viber-call|outgoing|+34722418809|30"), column("SELECT kind || '|' || direction || '|'"
                + " || number_raw || '|' || duration_s FROM calls WHERE kind LIKE 'viber%'"));
    }

    @Test
    void messengersPeopleByTheirFacebookIds() throws Exception {
        assertEquals(List.of("incoming|Vi o anúncio|from|app:facebook:100012345678902",
                "outgoing|Fala comigo no WhatsApp|to|app:facebook:100012345678902"),
                column("SELECT m.direction || '|' || m.body || '|' || o.party_role || '|' || i.key FROM messages m"
                        + " JOIN occurrences o ON o.record_table = 'messages' AND o.record_id = m.id"
                        + " JOIN identifiers i ON i.id = o.identifier_id WHERE m.kind = 'facebook-messenger' ORDER BY m.time_utc"));
        assertEquals(List.of("facebook-messenger-call|missed|100055544433321|Missed audio call"), column("SELECT kind || '|'"
                + " || direction || '|' || number_raw || '|' || result FROM calls WHERE kind LIKE 'facebook%'"));
    }

    @Test
    void theSecondLinesAndAccountsAreTheOwners() throws Exception {
        List<String> owners = column("SELECT DISTINCT i.key FROM owner_identifiers ow JOIN identifiers i"
                + " ON i.id = ow.identifier_id JOIN devices d ON d.id = ow.device_id WHERE d.label = 'D15-ios-apps'"
                + " ORDER BY 1");
        assertEquals(List.of("+16465550143", "+19295550176", "+33756983142",
                "app:burner:5b0e7d1c-3f2a-4c8e-9d61-0a7b2c4e8f13", "app:facebook:100087654321001",
                "app:signal:aci:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", "app:viber:mx7f2k9q", "iccid:89330124030005556660",
                "imsi:208015556667771"),
                owners, "the Burner line, the Google Voice number, the SIM's (and Signal's) number, the Burner, Facebook,"
                        + " Signal and Viber accounts, the card");
    }

    @Test
    void googleVoiceCallsLinkToDiegosPhone() throws Exception {
        JsonNode links = new ObjectMapper().readTree(tmp.resolve("out/xref.json").toFile()).get("device_links");
        assertEquals(1, links.size());
        List<String> via = new ArrayList<>();
        links.get(0).get("via").forEach(v -> via.add(v.asText()));
        assertTrue(via.contains("+34612345678"), via.toString());
        assertEquals("strong", links.get(0).get("level").asText());
    }

    private static List<String> column(String sql) throws Exception {
        return CaseQuery.column(tmp.resolve("out/case.db"), sql);
    }
}
