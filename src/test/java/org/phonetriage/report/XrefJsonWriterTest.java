package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.Counts;
import org.phonetriage.xref.XrefReport.DeviceSummary;

class XrefJsonWriterTest {

    private final XrefJsonWriter writer = new XrefJsonWriter();
    private final XrefJsonReader reader = new XrefJsonReader();

    @Test
    void roundTripGivesTheSameReport(@TempDir Path dir) throws IOException {
        XrefReport report = SampleReports.full();
        Path file = dir.resolve("out/xref.json");
        writer.write(report, file);
        assertEquals(report, reader.read(file));
    }

    @Test
    void writingTwiceGivesIdenticalBytes() {
        assertEquals(writer.toJson(SampleReports.full()), writer.toJson(SampleReports.full()));
    }

    /**
     * Every object's keys, in order, exactly as in docs/xref-json.md; fields added within the
     * version may only follow them.
     */
    @Test
    void keysAndTheirOrderMatchTheContract() throws IOException {
        JsonNode root = new ObjectMapper().readTree(writer.toJson(SampleReports.full()));
        assertKeys(root, "format", "version", "generated_at", "tool", "devices", "identifiers",
                "device_links", "key_players");
        assertKeys(root.get("tool"), "name", "version", "libphonenumber");
        JsonNode device = root.get("devices").get(0);
        assertKeys(device, "label", "platform", "evidence", "home_region", "region_basis",
                "owner_identifiers", "counts");
        assertKeys(device.get("evidence").get(0), "path", "sha256", "format");
        assertKeys(device.get("owner_identifiers").get(0), "key", "basis");
        assertKeys(device.get("counts"), "contacts", "calls", "messages", "identifiers");
        JsonNode identifier = root.get("identifiers").get(0);
        assertKeys(identifier, "key", "type", "confidence", "owner_of", "devices");
        assertKeys(identifier.get("devices").get(0), "label", "level", "rule", "roles",
                "occurrences", "names", "raw", "first_seen", "last_seen");
        assertKeys(root.get("device_links").get(0), "devices", "level", "via", "calls",
                "messages", "contact_entries");
        assertKeys(root.get("key_players").get(0), "rank", "key", "metric", "score", "seized",
                "devices");
    }

    @Test
    void layoutIsTwoSpaceIndentWithFinalNewlineAndEmptyListsAsBrackets() {
        String json = writer.toJson(SampleReports.full());
        assertTrue(json.startsWith("{\n  \"format\": \"phonetriage-xref\",\n  \"version\": 1,\n"),
                json);
        assertTrue(json.endsWith("}\n"));
        assertTrue(!json.contains("\r"));
        assertTrue(json.contains("\"owner_identifiers\": [],"), json);
        assertTrue(json.contains("\"home_region\": null,"), json);
        assertTrue(json.contains("\"score\": 0.42,"), json);
    }

    @Test
    void nullListsAreWrittenAsEmptyAndNonAsciiStaysUtf8(@TempDir Path dir) throws IOException {
        XrefReport report = new XrefReport(XrefReport.FORMAT, 1, "2026-11-28T19:00:00Z", null,
                List.of(new DeviceSummary("D02 😀", "sim", null, null, null, null,
                        new Counts(0, 0, 0, 0))), null, null, null);
        Path file = dir.resolve("xref.json");
        writer.write(report, file);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"label\": \"D02 😀\""), json);
        assertTrue(json.contains("\"tool\": null,"), json);
        assertTrue(json.contains("\"evidence\": [],"), json);
        assertTrue(json.contains("\"key_players\": [],\n"), json);
        assertTrue(json.contains("\"person_candidates\": [],\n"), json);
        assertTrue(json.contains("\"failed_analyses\": [],\n"), json);
        assertTrue(json.contains("\"other_cases\": []\n"), json);
        XrefReport back = reader.read(file);
        assertEquals(List.of(), back.identifiers());
        assertEquals(List.of(), back.devices().get(0).ownerIdentifiers());
    }

    @Test
    void brokenTextFromEvidenceDoesNotAbortWriting(@TempDir Path dir) throws IOException {
        XrefReport report = new XrefReport(XrefReport.FORMAT, 1, "2026-11-28T19:00:00Z", null,
                List.of(new DeviceSummary("D03 \uD800 \u0007", "other", List.of(), null, null,
                        List.of(), new Counts(0, 0, 0, 0))), List.of(), List.of(), List.of());
        Path file = dir.resolve("xref.json");
        writer.write(report, file);
        assertEquals("D03 \uFFFD \u0007", reader.read(file).devices().get(0).label());
    }

    @Test
    void readerIgnoresAddedFieldsAndRefusesOtherFormats() throws IOException {
        String newer = writer.toJson(SampleReports.empty())
                .replace("\"version\": 1,", "\"version\": 1,\n  \"added_later\": {\"x\": 1},");
        assertEquals(SampleReports.empty(), reader.read(newer));
        assertThrows(IOException.class, () -> reader.read("{\"format\": \"other\", \"version\": 1}"));
        assertThrows(IOException.class,
                () -> reader.read("{\"format\": \"phonetriage-xref\", \"version\": 2}"));
    }

    private static void assertKeys(JsonNode node, String... expected) {
        List<String> actual = new ArrayList<>();
        node.fieldNames().forEachRemaining(actual::add);
        assertEquals(List.of(expected), actual.subList(0, Math.min(expected.length, actual.size())),
                "the contract's keys first, in its order: " + actual);
    }
}
