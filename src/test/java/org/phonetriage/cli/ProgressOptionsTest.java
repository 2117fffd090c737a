package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressOptionsTest {

    @TempDir
    Path tmp;

    @Test
    void logJsonGivesOneEventPerLineForPipelines() throws Exception {
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--log-json", "--out", tmp.resolve("o").toString(),
                "test-images/D03-android", tmp.resolve("missing").toString()));
        assertEquals(Main.PROBLEMS, run.exit());
        List<String> events = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : run.err().strip().split("\n")) {
            JsonNode event = json.readTree(line);
            assertTrue(event.has("time"), line);
            events.add(event.get("event").asText());
        }
        assertTrue(events.containsAll(List.of("item-started", "parser-finished", "item-finished", "problem",
                "stage-started", "stage-finished")), events.toString());
    }

    @Test
    void quietShowsOnlyProblems() {
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--quiet", "--out", tmp.resolve("o").toString(),
                "test-images/D03-android", tmp.resolve("missing").toString()));
        assertEquals(Main.PROBLEMS, run.exit());
        assertEquals("", run.out(), "no summary");
        assertFalse(run.err().contains("[1/2]"), run.err());
        assertTrue(run.err().contains("problem: missing:"), run.err());
        assertEquals(Main.USAGE, BadInputTest.Run.of(List.of("ingest", "--quiet", "--log-json", "--case",
                tmp.resolve("c.db").toString(), "test-images/D03-android")).exit());
    }
}
