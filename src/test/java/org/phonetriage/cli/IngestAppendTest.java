package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case grows device by device: ingest appends, and xref then sees the new links. */
class IngestAppendTest {

    @TempDir
    Path tmp;

    @Test
    void devicesAddedLaterAreCrossReferencedWithTheEarlierOnes() throws Exception {
        Path caseFile = tmp.resolve("case.db");
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("ingest", "--case", caseFile.toString(),
                "test-images/D01-android.tar")).exit());
        JsonNode alone = xref(caseFile);
        assertEquals(0, alone.get("device_links").size());

        BadInputTest.Run second = BadInputTest.Run.of(List.of("ingest", "--case", caseFile.toString(),
                "--label", "Diego-phone", "test-images/D02-android.zip"));
        assertEquals(Main.OK, second.exit(), second.err());
        JsonNode both = xref(caseFile);
        assertEquals("Diego-phone", both.get("devices").get(1).get("label").asText());
        assertEquals(1, both.get("device_links").size());
        assertEquals("[\"D01-android\",\"Diego-phone\"]", both.get("device_links").get(0).get("devices").toString());
    }

    @Test
    void aLabelAlreadyInTheCaseIsRefusedNotMerged() throws Exception {
        Path caseFile = tmp.resolve("case.db");
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("ingest", "--case", caseFile.toString(),
                "test-images/D01-android.tar")).exit());
        BadInputTest.Run again = BadInputTest.Run.of(List.of("ingest", "--case", caseFile.toString(),
                "test-images/D01-android.tar"));
        assertEquals(Main.PROBLEMS, again.exit());
        assertTrue(again.err().contains("already holds a device labelled D01-android"), again.err());
        assertEquals(1, xref(caseFile).get("devices").size());
    }

    @Test
    void moreLabelsThanItemsIsAUsageError() {
        BadInputTest.Run run = BadInputTest.Run.of(List.of("ingest", "--case", tmp.resolve("c.db").toString(),
                "--label", "a", "--label", "b", "test-images/D03-android"));
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("2 --label given for 1 evidence item"), run.err());
    }

    @Test
    void reportWritesOnlyTheFormatsAsked() throws Exception {
        Path caseFile = tmp.resolve("case.db");
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("ingest", "--case", caseFile.toString(),
                "test-images/D01-android.tar", "test-images/D03-android")).exit());
        Path out = tmp.resolve("out");
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("report", "--case", caseFile.toString(), "--out",
                out.toString(), "--format", "graphml,json")).exit());
        assertTrue(java.nio.file.Files.exists(out.resolve("graph.graphml")));
        assertTrue(java.nio.file.Files.exists(out.resolve("xref.json")));
        assertTrue(java.nio.file.Files.notExists(out.resolve("report.html")));
        assertEquals(Main.USAGE, BadInputTest.Run.of(List.of("report", "--case", caseFile.toString(), "--out",
                out.toString(), "--format", "pdf")).exit());
    }

    private JsonNode xref(Path caseFile) throws Exception {
        Path out = tmp.resolve("xref-" + System.nanoTime() + ".json");
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("xref", "--case", caseFile.toString(), "--out",
                out.toString())).exit());
        return new ObjectMapper().readTree(out.toFile());
    }
}
