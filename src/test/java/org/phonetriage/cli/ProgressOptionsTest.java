package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
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
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--log-json", "--out", tmp.resolve("o").toString(),
                "test-images/D03-android", empty.toString()));
        assertEquals(Main.PROBLEMS, run.exit());
        List<String> events = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : run.out().strip().split("\n")) {
            JsonNode event = json.readTree(line);
            assertTrue(event.has("time"), line);
            events.add(event.get("event").asText());
        }
        assertTrue(events.containsAll(List.of("item-started", "parser-finished", "item-finished", "problem",
                "stage-started", "stage-finished")), events.toString());
        assertTrue(run.err().contains("[1/2] test-images/D03-android"), "progress text stays on standard error");
    }

    @Test
    void quietShowsOnlyProblems() throws Exception {
        Path empty = tmp.resolve("empty");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--quiet", "--out", tmp.resolve("o").toString(),
                "test-images/D03-android", mkdir(empty).toString()));
        assertEquals(Main.PROBLEMS, run.exit());
        assertEquals("", run.out(), "no summary");
        assertFalse(run.err().contains("[1/2]"), run.err());
        assertTrue(run.err().contains("problem: empty:"), run.err());
        // --quiet quiets standard error; the events on standard output are another stream
        BadInputTest.Run both = BadInputTest.Run.of(List.of("ingest", "--quiet", "--log-json", "--case",
                tmp.resolve("c.db").toString(), "test-images/D03-android"));
        assertEquals(Main.OK, both.exit(), both.err());
        assertEquals("", both.err());
        JsonNode last = new ObjectMapper().readTree(both.out().strip().lines().reduce((a, b) -> b).orElseThrow());
        assertEquals("run-finished", last.get("event").asText(), both.out());
        assertEquals(List.of(tmp.resolve("c.db").toString()), List.of(last.get("outputs").get(0).asText()));
    }

    private static Path mkdir(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
