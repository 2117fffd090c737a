package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed raw-EF SIM image test-images/S01-sim (see test-images/README.md), end to end. */
class SimImageTest {

    @TempDir
    static Path tmp;
    private static BadInputTest.Run run;

    @BeforeAll
    static void triage() {
        run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(), "test-images/S01-sim"));
    }

    @Test
    void theCardIsADeviceOwningItsIdentifiers() throws Exception {
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        JsonNode device = new ObjectMapper().readTree(tmp.resolve("out/xref.json").toFile()).get("devices").get(0);
        assertEquals("sim", device.get("platform").asText());
        assertEquals("BR", device.get("home_region").asText());
        String owners = device.get("owner_identifiers").toString();
        assertTrue(owners.contains("8955051234567890124"), owners);
        assertTrue(owners.contains("724051234567890"), owners);
        assertTrue(owners.contains("+5511987654321"), owners);
    }

    @Test
    void namesInEveryCodingAndAnExtensionChain() throws Exception {
        assertEquals(List.of("Rafa Paris|+33612345678", "Patrão|+5511912345678", "Иван|+351912345678",
                "Ζωή|+34612345678", "Zé [Boca]|+336123456780,1234567890123"),
                column("SELECT c.name || '|' || o.raw FROM contacts c JOIN occurrence_details o"
                        + " ON o.record_table = 'contacts' AND o.record_id = c.id ORDER BY c.id"));
        assertTrue(run.err().contains("3F00/7F10/6F3A: record length 30 inferred from the records' content (no FCP in the dump)"), run.err());
        assertEquals(List.of("+5511987650000|outgoing"), column("SELECT number_raw || '|' || direction FROM calls"));
    }

    @Test
    void messagesJoinedDeletedAndSent() throws Exception {
        assertEquals(List.of(
                "incoming|Chego amanhã às 10h|EF_SMS record 1|1|2024-11-28T16:45:00Z",
                "incoming|O carro fica na garagem da Rua Augusta. Leva as chaves {cofre}.|EF_SMS record 3,2|0"
                        + "|2024-11-28T16:45:00Z",
                "outgoing|Ok, combinado|EF_SMS record 4|-|-",
                "incoming|Apaga esta mensagem|EF_SMS record 5 (free record: deleted, recovered; plausibility 5/5)|-|2024-11-28T16:45:00Z"),
                column("SELECT direction || '|' || body || '|' || src_table || '|' || coalesce(read, '-') || '|'"
                        + " || coalesce(time_utc, '-') FROM messages ORDER BY id"));
        assertEquals(List.of("Apaga esta mensagem"), column("SELECT body FROM messages WHERE deleted = 1"),
                "a free record still holding a message is a deleted message");
        assertEquals(23, column("SELECT path FROM evidence_files WHERE status = 'parsed'").size(),
                "every file of the tree is hashed and listed");
    }

    @Test
    void theCardsLastAreaIsNamedAndReported() throws Exception {
        assertEquals(List.of(
                "Service provider name (EF_SPN)|Claro BR",
                "Last registered location area (EF_LOCI)|MCC 724 MNC 05 LAC 1234 (4660) TMSI 1A2B3C4D, updated"
                        + " — network \"Claro BR\" (EF_OPL/EF_PNN)",
                "SMS parameters (EF_SMSP)|SMS centre +551199999999, validity 1 day, named \"Claro SMS\"",
                "Network name (EF_PNN)|full \"Claro BR\"",
                "Network name by area (EF_OPL)|724-05 LAC 0000–FFFE → PNN record 1"),
                column("SELECT name || '|' || value FROM device_facts ORDER BY id"));
        String html = java.nio.file.Files.readString(tmp.resolve("out/report.html"));
        assertTrue(html.contains("Recorded about this device") && html.contains("network &quot;Claro BR&quot;"),
                "the device page lists the facts");
        assertTrue(java.nio.file.Files.readString(tmp.resolve("out/csv/device_facts.csv"))
                .contains("S01-sim,Last registered location area (EF_LOCI)"));
    }

    private static List<String> column(String sql) throws Exception {
        return CaseQuery.column(tmp.resolve("out/case.db"), sql);
    }
}
