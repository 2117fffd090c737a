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
    void everyAppsRecordsUnderItsOwnName() throws Exception {
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals(List.of("burner-call|2", "burner-contact|2", "burner-message|3", "contact|2",
                "google-voice-call|4", "google-voice-message|2", "owner|10", "whatsapp-business-contact|2",
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
    void theSecondLinesAndAccountsAreTheOwners() throws Exception {
        List<String> owners = column("SELECT DISTINCT i.key FROM owner_identifiers ow JOIN identifiers i"
                + " ON i.id = ow.identifier_id JOIN devices d ON d.id = ow.device_id WHERE d.label = 'D15-ios-apps'"
                + " ORDER BY 1");
        assertEquals(List.of("+16465550143", "+19295550176", "+33756983142",
                "app:burner:5b0e7d1c-3f2a-4c8e-9d61-0a7b2c4e8f13", "iccid:89330124030005556660", "imsi:208015556667771"),
                owners, "the Burner line, the Google Voice number, the SIM's number, the Burner account, the card");
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
