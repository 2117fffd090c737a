package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void jsonGivesEveryFieldForEveryValue() throws Exception {
        Path file = Files.writeString(tmp.resolve("values.txt"), "0055 11 98765 4321\nUnknown\n");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("normalize", "--json", "--region", "BR",
                "--file", file.toString(), "(11) 7123-4567"));
        assertEquals(Main.OK, run.exit(), run.err());
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertEquals(3, rows.size());
        for (JsonNode row : rows) {
            for (String field : List.of("input", "key", "type", "confidence", "rule", "region", "alternatives")) {
                assertTrue(row.has(field), field + " in " + row);
            }
        }
        assertEquals("+551171234567", rows.get(0).get("key").asText());
        assertEquals("+5511971234567", rows.get(0).get("alternatives").get(0).get("key").asText());
        assertEquals("+5511987654321", rows.get(1).get("key").asText());
        assertEquals("C", rows.get(1).get("confidence").asText());
        assertEquals("placeholder", rows.get(2).get("type").asText());
        assertTrue(rows.get(2).get("key").isNull());
    }

    @Test
    void brazilsZeroZeroFiftyFiveKeepsTheCountryCode() throws Exception {
        // libphonenumber alone: carrier 55 calling +1 187654321, kept as invalid:+1187654321
        BadInputTest.Run run = BadInputTest.Run.of(List.of("normalize", "--json", "--region", "BR",
                "0055 11 8765-4321"));
        assertEquals(Main.OK, run.exit(), run.err());
        JsonNode row = new ObjectMapper().readTree(run.out()).get(0);
        assertEquals("+5511987654321", row.get("key").asText(), row::toString);
        assertEquals("C", row.get("confidence").asText());
        assertEquals("candidate", row.get("level").asText());
        assertTrue(row.get("attributes").has("br9"), row::toString);
    }

    @Test
    void tableAndUsageErrors() {
        BadInputTest.Run run = BadInputTest.Run.of(List.of("normalize", "--region", "FR", "*31#0612345678"));
        assertEquals(Main.OK, run.exit());
        assertTrue(run.out().contains("+33612345678") && run.out().contains("clir_prefix=*31#"), run.out());
        assertEquals(Main.USAGE, BadInputTest.Run.of(List.of("normalize")).exit());
        assertEquals(Main.USAGE, BadInputTest.Run.of(List.of("normalize", "--region", "France", "1")).exit());
    }
}
