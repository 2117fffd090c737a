package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.cli.Main;

/**
 * On the committed demo (three lieutenants who also call each other, and an unseized boss they all
 * talk to) the boss bridges nothing the lieutenants do not bridge themselves: his betweenness is
 * 0. Ranked by the share of the seized persons' traffic that goes to each, he is first, and the
 * list says why.
 */
class DemoLeadsTest {

    @TempDir
    Path tmp;

    @Test
    void theUnseizedBossIsTheFirstKeyPlayerAndSaysWhy() throws Exception {
        Path out = tmp.resolve("demo");
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        assertEquals(Main.OK, Main.run(sink, sink, "triage", "test-images/D01-android.tar",
                "test-images/D02-android.zip", "test-images/D03-android", "--out", out.toString()));
        JsonNode players = new ObjectMapper().readTree(out.resolve("xref.json").toFile()).get("key_players");
        JsonNode first = players.get(0);
        assertEquals("+5511987654321", first.get("key").asText());
        assertFalse(first.get("seized").asBoolean());
        assertEquals("seized-share", first.get("metric").asText());
        assertTrue(first.get("score").asDouble() > players.get(1).get("score").asDouble());
        assertEquals(3, first.get("seized_contacts").asInt());
        assertTrue(first.get("reason").asText().startsWith("talks with 3 of the 3 seized persons, on average 13% of their calls"),
                first.get("reason").asText());
        String html = java.nio.file.Files.readString(out.resolve("report.html"));
        String timeline = html.substring(html.indexOf("<section id=\"timeline\">"));
        assertTrue(timeline.contains("owner <code><bdi>+33612345678</bdi></code>"), "the timeline names each device's owner");
        for (int i = 1; i <= 3; i++) {
            JsonNode lieutenant = players.get(i);
            assertTrue(lieutenant.get("seized").asBoolean(), lieutenant.toString());
            assertTrue(lieutenant.get("reason").asText().startsWith("talks with 2 of the 2 other seized persons"),
                    lieutenant.toString());
        }
    }
}
