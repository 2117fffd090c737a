package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ContractSchemas;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.model.Severity;
import org.phonetriage.normalize.DeviceRegion;
import org.phonetriage.parsers.FileParsers;
import org.phonetriage.parsers.sqlite.SqliteDefinitions;
import org.phonetriage.report.CaseOutputs;
import org.phonetriage.xref.CrossReference;
import org.phonetriage.xref.XrefOptions;

/**
 * The contract written down (docs/contract.md) holds for what phonetriage writes: a triage of every
 * committed test image (D09 with its column map), one item as a tar.gz (the one container no image
 * is) and a zip that cannot be opened, and a report of its case give an xref.json, event lines and manifests that the schemas
 * of docs/schemas describe whole — every field and every value of every list (closed form, see
 * {@link ContractSchemas}) — and the lists name every value the code knows.
 */
class SchemaContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path out;
    static JsonNode xref;
    static List<String> events = new ArrayList<>();

    @BeforeAll
    static void triageEveryImage() throws IOException {
        Path gz = tmp.resolve("D01-copy.tar.gz");
        try (InputStream in = Files.newInputStream(Path.of("test-images/D01-android.tar"));
             OutputStream zipped = new GZIPOutputStream(Files.newOutputStream(gz))) {
            in.transferTo(zipped);
        }
        List<String> args = new ArrayList<>(List.of("triage", "--quiet", "--out", (out = tmp.resolve("out")).toString(),
                "--log-json=" + tmp.resolve("triage.jsonl"), "--password", "phonetriage-demo",
                "--map", "test-images/D09-csv.map.yaml"));
        try (var images = Files.list(Path.of("test-images"))) {
            images.map(Path::toString).filter(p -> p.matches("test-images/[DS]\\d\\d-[^.]*(\\.(tar|zip|ab|ufdr|xml))?"))
                    .filter(p -> !p.equals("test-images/D03-android")).sorted().forEach(args::add);
        }
        args.add("test-images/./D03-android/."); // a path in another form than its name
        args.add(gz.toString());
        // an item that cannot be opened: a problem of severity error, and the nulls of its evidence
        args.add(Files.write(tmp.resolve("broken.zip"), "PK\u0003\u0004 not a zip after all".getBytes()).toString());
        BadInputTest.Run triage = BadInputTest.Run.of(args);
        assertEquals(Main.PROBLEMS, triage.exit(), triage.err());
        BadInputTest.Run report = BadInputTest.Run.of(List.of("report", "--case", out.resolve("case.db").toString(),
                "--out", tmp.resolve("json-only").toString(), "--format", "json",
                "--log-json=" + tmp.resolve("report.jsonl")));
        assertEquals(Main.PROBLEMS, report.exit(), report.err());
        events.addAll(Files.readAllLines(tmp.resolve("triage.jsonl")));
        events.addAll(Files.readAllLines(tmp.resolve("report.jsonl")));
        xref = JSON.readTree(out.resolve("xref.json").toFile());
    }

    @Test
    void theSchemasAreDraft202012Schemas() throws IOException {
        for (String file : List.of(ContractSchemas.XREF, ContractSchemas.EVENTS, ContractSchemas.MANIFEST)) {
            String text = Files.readString(ContractSchemas.DIR.resolve(file));
            assertEquals(ContractSchemas.META_SCHEMA, JSON.readTree(text).path("$schema").asText(), file);
            assertEquals(List.of(), ContractSchemas.errors(ContractSchemas.metaSchema(), text), file);
        }
    }

    @Test
    void xrefJsonIsDescribedWhole() throws IOException {
        String text = Files.readString(out.resolve("xref.json"));
        assertEquals(List.of(), ContractSchemas.errors(ContractSchemas.published(ContractSchemas.XREF), text));
        assertEquals(List.of(), ContractSchemas.errors(ContractSchemas.closed(ContractSchemas.XREF), text));
        assertEquals(25, xref.get("devices").size()); // 23 images, the tar.gz, the broken zip
    }

    @Test
    void everyEventLineIsDescribedWhole() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : events) {
            assertEquals(List.of(), ContractSchemas.errors(ContractSchemas.published(ContractSchemas.EVENTS), line), line);
            assertEquals(List.of(), ContractSchemas.eventErrors(line), line);
            names.add(JSON.readTree(line).get("event").asText());
        }
        assertTrue(names.containsAll(List.of("run-started", "stage-started", "stage-finished", "item-started",
                "parser-finished", "problem", "item-finished", "run-finished")), names.toString());
    }

    @Test
    void bothManifestsAreDescribedWhole() throws IOException {
        for (Path dir : List.of(out, tmp.resolve("json-only"))) {
            String text = Files.readString(dir.resolve("manifest.json"));
            assertEquals(List.of(), ContractSchemas.errors(ContractSchemas.published(ContractSchemas.MANIFEST), text), dir.toString());
            assertEquals(List.of(), ContractSchemas.errors(ContractSchemas.closed(ContractSchemas.MANIFEST), text), dir.toString());
        }
    }

    /**
     * Every value of a list that the images bring out is one the schema lists (the closed
     * validation says so too; this names the list and the value), and the images bring out
     * enough of them for that to mean something.
     */
    @Test
    void everyListedValueTheImagesProduceIsInTheSchema() throws IOException {
        Map<String, Set<String>> produced = new TreeMap<>();
        for (JsonNode d : xref.get("devices")) {
            add(produced, "xref /$defs/platform", d.get("platform"));
            add(produced, "xref /$defs/regionBasis", d.get("region_basis"));
            d.get("evidence").forEach(e -> add(produced, "xref /$defs/containerFormat", e.get("format")));
        }
        for (String section : List.of("identifiers", "service_identifiers")) {
            for (JsonNode i : xref.get(section)) {
                add(produced, "xref /$defs/identifierType", i.get("type"));
                add(produced, "xref /$defs/confidence", i.get("confidence"));
                for (JsonNode d : i.get("devices")) {
                    add(produced, "xref /$defs/identifierOnDevice/properties/level", d.get("level"));
                    add(produced, "xref /$defs/rule", d.get("rule"));
                    d.get("roles").forEach(r -> add(produced, "xref /$defs/role", r));
                }
            }
        }
        xref.get("device_links").forEach(l -> add(produced, "xref /$defs/relation", l.get("relation")));
        xref.get("key_players").forEach(k -> add(produced, "xref /$defs/keyPlayer/properties/metric", k.get("metric")));
        for (String line : events) {
            JsonNode e = JSON.readTree(line);
            switch (e.get("event").asText()) {
                case "run-started" -> add(produced, "events /$defs/command", e.get("command"));
                case "stage-started", "stage-finished" -> add(produced, "events /$defs/stage", e.get("stage"));
                case "problem" -> {
                    add(produced, "events /$defs/problemCode", e.get("code"));
                    add(produced, "events /$defs/severity", e.get("severity"));
                }
                case "run-finished" -> {
                    e.get("codes").fieldNames().forEachRemaining(c -> add(produced, "events /$defs/problemCode", TextNode.valueOf(c)));
                    add(produced, "events /$defs/run-finished/properties/outcome", e.get("outcome"));
                }
                default -> { }
            }
        }
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        manifest.get("outputs").forEach(o -> add(produced, "manifest /$defs/outputFormat", o.get("format")));
        manifest.get("case").get("devices").forEach(d -> add(produced, "manifest /$defs/device/properties/status", d.get("status")));

        List<String> missing = new ArrayList<>();
        produced.forEach((list, values) -> {
            Set<String> listed = listed(list);
            values.stream().filter(v -> !listed.contains(v)).forEach(v -> missing.add(list + ": " + v));
        });
        assertEquals(List.of(), missing, "values the code writes that the schema does not list");

        assertTrue(produced.get("xref /$defs/platform").containsAll(List.of("android", "ios", "sim", "ufed-report",
                "xry-export", "axiom-export", "csv-export")), produced.toString());
        assertEquals(listed("xref /$defs/containerFormat"), produced.get("xref /$defs/containerFormat"));
        assertTrue(produced.get("xref /$defs/relation").containsAll(List.of("communication", "contact-only",
                "same-owner")), produced.toString());
        assertTrue(produced.get("events /$defs/severity").containsAll(List.of("error", "warning")), produced.toString());
    }

    /** The lists the code keeps itself are the schemas' lists, value for value. */
    @Test
    void theSchemasListEveryValueTheCodeKnows() {
        assertEquals(Arrays.stream(ProblemCode.values()).map(ProblemCode::code).collect(Collectors.toSet()),
                listed("events /$defs/problemCode"));
        assertEquals(Arrays.stream(Severity.values()).map(Severity::label).collect(Collectors.toSet()),
                listed("events /$defs/severity"));
        assertEquals(Set.copyOf(CrossReference.ANALYSES), listed("xref /$defs/analysis"));
        assertEquals(Set.copyOf(CrossReference.ANALYSES), listed("events /$defs/problem/properties/analysis"));
        assertEquals(Set.copyOf(XrefOptions.METRICS), listed("xref /$defs/keyPlayer/properties/metric"));
        assertEquals(Set.copyOf(CaseOutputs.FORMATS), listed("manifest /$defs/outputFormat"));
        Set<String> failing = new TreeSet<>(CaseOutputs.FORMATS);
        failing.addAll(List.of("manifest", "case.db"));
        assertEquals(failing, listed("events /$defs/problem/properties/output"));
        Set<String> bases = new TreeSet<>(DeviceRegion.STRENGTH);
        bases.add("unknown");
        assertEquals(bases, listed("xref /$defs/regionBasis"));
        Set<String> platforms = new TreeSet<>(List.of("other", "csv-export")); // csv-export: with --map only
        SqliteDefinitions.builtIn().all().forEach(d -> platforms.add(d.descriptor().platform()));
        FileParsers.builtIn().all().forEach(p -> platforms.add(p.descriptor().platform()));
        assertEquals(platforms, listed("xref /$defs/platform"));
        Set<String> outcomes = new TreeSet<>();
        ContractSchemas.tree(ContractSchemas.EVENTS).at("/$defs/run-finished/properties/exit_code/enum")
                .forEach(code -> outcomes.add(Main.outcome(code.asInt())));
        assertEquals(listed("events /$defs/run-finished/properties/outcome"), outcomes);
    }

    /**
     * Published, the schemas accept what a later phonetriage of version 1 may add — a field, a
     * value of an open list, an event — and still refuse what would break a reader: a value
     * outside a closed list, a time in another precision, a field missing. Closed, they refuse
     * the additions, which is what the tests above rely on.
     */
    @Test
    void openListsStayOpenAndClosedListsClosed() throws IOException {
        var published = ContractSchemas.published(ContractSchemas.XREF);
        var closed = ContractSchemas.closed(ContractSchemas.XREF);
        String platform = changed(d -> ((ObjectNode) d.get("devices").get(0)).put("platform", "future-export"));
        assertEquals(List.of(), ContractSchemas.errors(published, platform));
        assertFalse(ContractSchemas.errors(closed, platform).isEmpty());
        String field = changed(d -> ((ObjectNode) d).put("added_later", true));
        assertEquals(List.of(), ContractSchemas.errors(published, field));
        assertFalse(ContractSchemas.errors(closed, field).isEmpty());
        String level = changed(d -> ((ObjectNode) d.get("identifiers").get(0).get("devices").get(0)).put("level", "weak"));
        assertFalse(ContractSchemas.errors(published, level).isEmpty());
        String millis = changed(d -> ((ObjectNode) d).put("generated_at", "2026-03-01T09:15:02.417Z"));
        assertFalse(ContractSchemas.errors(published, millis).isEmpty());
        String missing = changed(d -> ((ObjectNode) d.get("devices").get(0)).remove("home_region"));
        assertFalse(ContractSchemas.errors(published, missing).isEmpty());

        String future = "{\"schema\":1,\"time\":\"2026-03-01T09:15:02Z\",\"event\":\"future-event\",\"n\":1}";
        assertEquals(List.of(), ContractSchemas.errors(ContractSchemas.published(ContractSchemas.EVENTS), future));
        assertFalse(ContractSchemas.eventErrors(future).isEmpty());
        String badProblem = events.stream().filter(l -> l.contains("\"event\":\"problem\"")).findFirst().orElseThrow()
                .replaceFirst("\"severity\":\"[a-z]+\"", "\"severity\":\"fatal\"");
        assertFalse(ContractSchemas.errors(ContractSchemas.published(ContractSchemas.EVENTS), badProblem).isEmpty());
    }

    /** devices[].evidence[].name is the item's own name, whatever form its path was given in. */
    @Test
    void anEvidenceItemIsNamedByItsOwnFileOrFolderName() {
        Map<String, String> names = new TreeMap<>();
        for (JsonNode d : xref.get("devices")) {
            JsonNode e = d.get("evidence").get(0);
            names.put(e.get("path").asText(), e.get("name").asText());
        }
        assertEquals("D03-android", names.get("test-images/./D03-android/."));
        assertEquals("D01-android.tar", names.get("test-images/D01-android.tar"));
        assertEquals("D01-copy.tar.gz", names.get(tmp.resolve("D01-copy.tar.gz").toString()));
        assertEquals("D08-axiom.xml", names.get("test-images/D08-axiom.xml"));
    }

    /**
     * The shared contract's own example (../shared/docs/xref-json.md) is valid by the published
     * schema: each "a | b | c" placeholder read as each of its values, and an elided hash ("…")
     * as a hash.
     */
    @Test
    void theSchemaAcceptsTheSharedContractsExample() throws IOException {
        Path shared = Path.of("..", "shared", "docs", "xref-json.md");
        assumeTrue(Files.exists(shared), "the shared contract is not here: " + shared);
        Matcher block = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(Files.readString(shared));
        assertTrue(block.find(), "no JSON example in " + shared);
        JsonNode example = JSON.readTree(block.group(1));
        for (int choice = 0; choice < 6; choice++) {
            JsonNode document = example.deepCopy();
            choose(document, choice);
            assertEquals(List.of(), ContractSchemas.errors(ContractSchemas.published(ContractSchemas.XREF),
                    document.toString()), "alternative " + choice + ": " + document);
        }
    }

    /** The examples of docs/xref-json.md and docs/events.md are what the schemas describe, whole. */
    @Test
    void theDocumentedExamplesAreValid() throws IOException {
        String xrefExample = codeBlock(Path.of("docs", "xref-json.md"), "json");
        assertEquals(List.of(), ContractSchemas.errors(ContractSchemas.closed(ContractSchemas.XREF), xrefExample));
        List<String> lines = codeBlock(Path.of("docs", "events.md"), "").lines().toList();
        assertTrue(lines.size() >= 5, lines.toString());
        lines.forEach(line -> assertEquals(List.of(), ContractSchemas.eventErrors(line), line));
    }

    /** The first fenced block of a Markdown file whose info string is {@code lang} ("" for none) that follows "## Example". */
    private static String codeBlock(Path markdown, String lang) throws IOException {
        String text = Files.readString(markdown);
        Matcher block = Pattern.compile("## Example.*?```" + lang + "\\n(.*?)\\n```", Pattern.DOTALL).matcher(text);
        assertTrue(block.find(), "no example in " + markdown);
        return block.group(1);
    }

    /** Replaces each "a | b | c" string by its alternative {@code choice} (the last when it has fewer), an elided hash by zeros. */
    private static void choose(JsonNode node, int choice) {
        if (node instanceof ObjectNode object) {
            for (var it = object.fields(); it.hasNext(); ) {
                var field = it.next();
                if (field.getKey().equals("sha256") && field.getValue().asText().equals("…")) {
                    field.setValue(TextNode.valueOf("0".repeat(64)));
                } else if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(alternative(field.getValue().asText(), choice)));
                } else {
                    choose(field.getValue(), choice);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(alternative(array.get(i).asText(), choice)));
                } else {
                    choose(array.get(i), choice);
                }
            }
        }
    }

    private static String alternative(String text, int choice) {
        List<String> values = Arrays.stream(text.split(" \\| ")).filter(v -> !v.equals("…")).toList();
        return values.get(Math.min(choice, values.size() - 1));
    }

    private static String changed(Function<JsonNode, Object> change) {
        JsonNode copy = xref.deepCopy();
        change.apply(copy);
        return copy.toString();
    }

    private static void add(Map<String, Set<String>> produced, String list, JsonNode value) {
        if (value != null && !value.isNull()) {
            produced.computeIfAbsent(list, k -> new TreeSet<>()).add(value.asText());
        }
    }

    /** "xref /$defs/platform" → the values that list of xref.schema.json names. */
    private static Set<String> listed(String list) {
        String[] parts = list.split(" ", 2);
        return new TreeSet<>(ContractSchemas.listed(parts[0] + ".schema.json", parts[1]));
    }
}
