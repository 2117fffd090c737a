package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ingest.StopRequest;
import org.phonetriage.report.CaseOutputs;
import org.phonetriage.report.CaseState;
import org.phonetriage.report.FullDisk;
import org.phonetriage.store.CaseDb;

/**
 * The output folder as labs automate against it: manifest.json lists every output with its size
 * and SHA-256 and the case's state; ingest says when the outputs are stale; a full disk or a stop
 * while outputs are written leaves every file whole (its previous version or the new one), no
 * temporary file and no manifest.
 */
class OutputsContractTest {

    @TempDir
    static Path tmp;
    static Path base;

    @BeforeAll
    static void triage() {
        base = tmp.resolve("base");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--quiet", "--format", "all", "--out", base.toString(),
                "test-images/D01-android.tar", "test-images/D02-android.zip"));
        assertEquals(Main.OK, run.exit(), run.err());
    }

    /** A triage folder of its own, as the base triage left it. */
    private static Path copy(String name) throws IOException {
        Path dir = tmp.resolve(name);
        PathUtils.copyDirectory(base, dir);
        return dir;
    }

    private static BadInputTest.Run run(String... args) {
        return BadInputTest.Run.of(List.of(args));
    }

    private static JsonNode manifest(Path dir) throws IOException {
        return new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    }

    /** Every file in the folder by relative path, with its bytes' SHA-256. */
    private static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static CaseState state(Path caseFile) throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            return CaseState.of(db);
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theManifestListsEveryOutputWithItsSizeAndHashAndTheCaseState() throws Exception {
        JsonNode m = manifest(base);
        assertEquals("phonetriage-manifest", m.get("format").asText());
        assertEquals(1, m.get("version").asInt());
        assertTrue(m.get("generated_at").asText().endsWith("Z"));
        assertEquals("phonetriage", m.get("tool").get("name").asText());
        assertEquals("case.db", m.get("case").get("file").asText());
        assertEquals(state(base.resolve("case.db")).digest(), m.get("case").get("state").asText());
        JsonNode devices = m.get("case").get("devices");
        assertEquals(2, devices.size());
        assertEquals("D01-android", devices.get(0).get("label").asText());
        assertEquals("complete", devices.get(0).get("status").asText());
        assertEquals(sha256(Files.readAllBytes(Path.of("test-images/D01-android.tar"))),
                devices.get(0).get("evidence_sha256").get(0).asText());
        assertEquals(new TreeSet<>(CaseOutputs.FORMATS), texts(m.get("formats")));
        assertEquals(Set.of(), texts(m.get("not_written")));

        Map<String, String> onDisk = files(base);
        onDisk.remove("case.db");
        onDisk.remove("manifest.json");
        Map<String, String> listed = new TreeMap<>();
        for (JsonNode o : m.get("outputs")) {
            String path = o.get("path").asText();
            listed.put(path, o.get("sha256").asText());
            assertEquals(Files.size(base.resolve(path)), o.get("size").asLong(), path);
        }
        assertEquals(onDisk, listed, "every file triage wrote, and only those, with its SHA-256");
        assertTrue(listed.containsKey("csv/occurrences.csv") && listed.containsKey("neo4j/README.txt")
                && listed.containsKey("i2/case.anx"), listed.keySet().toString());
        for (JsonNode o : m.get("outputs")) {
            String path = o.get("path").asText();
            String format = o.get("format").asText();
            assertEquals(path.equals("csv/occurrences.csv") ? "occurrences" : path.equals("csv/timeline.csv") ? "timeline"
                    : path.startsWith("csv/") ? "csv" : path.startsWith("neo4j/") ? "neo4j" : path.startsWith("i2/")
                    ? "i2" : Map.of("xref.json", "json", "report.html", "html", "graph.graphml", "graphml",
                            "graph.gexf", "gexf", "case.jsonld", "case").get(path), format, path);
        }
    }

    @Test
    void ingestSaysTheOutputsAreStaleAndReportMakesThemCurrent() throws Exception {
        Path dir = copy("stale");
        Path caseFile = dir.resolve("case.db");
        // what a run killed while writing (kill -9) leaves: removed by the next report
        Process done = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        done.waitFor();
        Path leftover = Files.writeString(dir.resolve("csv/.timeline.csv.phonetriage-" + done.pid() + "-3.tmp"), "time");

        BadInputTest.Run ingest = run("ingest", "--quiet", "--case", caseFile.toString(), "test-images/D03-android");
        assertEquals(Main.OK, ingest.exit(), ingest.err());
        assertTrue(ingest.err().contains("the outputs in " + dir + " are now stale: run phonetriage report --case "
                + caseFile + " --out " + dir + "\n"), ingest.err());
        assertNotEquals(state(caseFile).digest(), manifest(dir).get("case").get("state").asText());

        BadInputTest.Run report = run("report", "--case", caseFile.toString(), "--out", dir.toString());
        assertEquals(Main.OK, report.exit(), report.err());
        assertEquals(state(caseFile).digest(), manifest(dir).get("case").get("state").asText());
        assertEquals(3, manifest(dir).get("case").get("devices").size());
        assertFalse(Files.exists(leftover), "a killed run's temporary file is cleaned up");

        // the same device again is refused: the case does not change, and the outputs stay current
        BadInputTest.Run again = run("ingest", "--quiet", "--case", caseFile.toString(), "test-images/D03-android");
        assertEquals(Main.PROBLEMS, again.exit(), again.err());
        assertFalse(again.err().contains("stale"), again.err());

        // a folder holding no outputs: nothing to say
        Path bare = Files.createDirectories(tmp.resolve("bare"));
        BadInputTest.Run first = run("ingest", "--quiet", "--case", bare.resolve("case.db").toString(),
                "test-images/D03-android");
        assertFalse(first.err().contains("stale"), first.err());
    }

    @Test
    void aReportOfSomeFormatsKeepsTheOthersInTheManifestOnlyWhileTheyAreCurrent() throws Exception {
        Path dir = copy("partial");
        Path caseFile = dir.resolve("case.db");
        BadInputTest.Run json = run("report", "--case", caseFile.toString(), "--out", dir.toString(), "--format", "json");
        assertEquals(Main.OK, json.exit(), json.err());
        assertEquals(new TreeSet<>(CaseOutputs.FORMATS), texts(manifest(dir).get("formats")),
                "the case is unchanged: the other outputs are still current");
        assertEquals(files(dir).get("xref.json"), manifest(dir).get("outputs").findParents("path").stream()
                .filter(o -> o.get("path").asText().equals("xref.json")).findFirst().orElseThrow().get("sha256").asText());

        Files.writeString(dir.resolve("graph.graphml"), "edited by hand");
        run("report", "--case", caseFile.toString(), "--out", dir.toString(), "--format", "json");
        Set<String> formats = texts(manifest(dir).get("formats"));
        assertFalse(formats.contains("graphml"), "a file changed since is not listed: " + formats);
        assertTrue(formats.contains("neo4j"), formats.toString());

        run("ingest", "--quiet", "--case", caseFile.toString(), "test-images/D03-android");
        run("report", "--case", caseFile.toString(), "--out", dir.toString(), "--format", "json,csv");
        assertEquals(Set.of("csv", "json"), texts(manifest(dir).get("formats")),
                "after the case changed, only what was written again is current");
    }

    @Test
    void aFullDiskStopsTheOutputsInOneLineAndLeavesEveryFileWhole() throws Exception {
        Path dir = copy("full");
        Path caseFile = dir.resolve("case.db");
        Map<String, String> before = files(dir);
        Path occurrences = dir.resolve("csv/occurrences.csv");
        BadInputTest.Run report;
        try (FullDisk disk = FullDisk.after(1000, p -> p.endsWith(Path.of("csv", "occurrences.csv")))) {
            report = run("report", "--case", caseFile.toString(), "--out", dir.toString(), "--format", "all");
        }
        // its own exit code comes with the exit-code table; never success or "finished with problems"
        assertNotEquals(Main.OK, report.exit(), report.err());
        assertNotEquals(Main.PROBLEMS, report.exit(), report.err());
        String[] lines = report.err().strip().split("\n");
        assertEquals("phonetriage: no space left on device while writing " + occurrences + "; not written: occurrences, timeline, html"
                + " (the files there before are left as they were); free space, then run phonetriage report --case "
                + caseFile.toAbsolutePath() + " --out " + dir, lines[lines.length - 1]);
        assertTrue(report.err().contains("problem: output occurrences: not written: no space left on device while writing "
                + occurrences + "\n"), report.err());
        assertFalse(report.err().contains("\tat "), "no stack trace");

        Map<String, String> after = files(dir);
        assertFalse(after.containsKey("manifest.json"), "no manifest: the set is not complete");
        before.remove("manifest.json");
        before.remove("case.db");
        after.remove("case.db");
        assertEquals(before.keySet(), after.keySet(), "no temporary file left, none missing");
        assertEquals(before.get("csv/occurrences.csv"), after.get("csv/occurrences.csv"), "the previous version");
        assertEquals(before.get("report.html"), after.get("report.html"), "not written after the disk filled up");
        for (String f : after.keySet()) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f + " is not empty");
        }
        new ObjectMapper().readTree(dir.resolve("xref.json").toFile()); // written before: whole

        BadInputTest.Run again = run("report", "--case", caseFile.toString(), "--out", dir.toString(), "--format",
                "all");
        assertEquals(Main.OK, again.exit(), again.err() + " (space freed: the stored problem is gone)");
        assertEquals(files(dir).get("csv/occurrences.csv"), manifest(dir).get("outputs").findParents("path").stream()
                .filter(o -> o.get("path").asText().equals("csv/occurrences.csv")).findFirst().orElseThrow()
                .get("sha256").asText());
    }

    @Test
    void xrefAndTimelineOutFilesAreWholeOrAsTheyWere() throws Exception {
        Path caseFile = base.resolve("case.db");
        Path xref = Files.writeString(tmp.resolve("xref-out.json"), "an earlier xref.json");
        Path timeline = Files.writeString(tmp.resolve("timeline-out.csv"), "an earlier timeline");
        BadInputTest.Run x;
        BadInputTest.Run t;
        try (FullDisk disk = FullDisk.after(100, p -> p.getFileName().toString().endsWith("-out.json")
                || p.getFileName().toString().endsWith("-out.csv"))) {
            x = run("xref", "--case", caseFile.toString(), "--out", xref.toString());
            t = run("timeline", "--case", caseFile.toString(), "--out", timeline.toString());
        }
        String freeSpace = "; free some space and run the same command again (a triage or ingest resumes where it"
                + " stopped)\n";
        assertEquals("phonetriage: no space left on device while writing " + xref + freeSpace, x.err());
        assertEquals("phonetriage: no space left on device while writing " + timeline + freeSpace, t.err());
        assertEquals("an earlier xref.json", Files.readString(xref));
        assertEquals("an earlier timeline", Files.readString(timeline));

        assertEquals(Main.OK, run("xref", "--case", caseFile.toString(), "--out", xref.toString()).exit());
        assertEquals(Main.OK, run("timeline", "--case", caseFile.toString(), "--out", timeline.toString()).exit());
        assertEquals(Files.readString(base.resolve("csv/timeline.csv")), Files.readString(timeline));
        new ObjectMapper().readTree(xref.toFile());
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aStopWhileOutputsAreWrittenEndsBeforeTheNextOneAndSaysWhatIsLeft() throws Exception {
        Path dir = copy("stopped");
        Map<String, String> before = files(dir);
        BadInputTest.Run report;
        StopRequest.request("SIGTERM");
        try {
            report = run("report", "--case", dir.resolve("case.db").toString(), "--out", dir.toString());
        } finally {
            StopRequest.clear();
        }
        assertEquals(Main.TERMINATED, report.exit(), report.err());
        assertTrue(report.err().contains("phonetriage: interrupted (SIGTERM) while writing the outputs (none written;"
                + " not written: json, graphml, gexf, i2, neo4j, csv, html); run phonetriage report to write"
                + " them all"), report.err());
        before.remove("manifest.json");
        assertEquals(before, files(dir), "every output as it was, and no manifest");
    }

    @Test
    void twoItemsWithOneLabelAreRefusedBeforeAnythingStarts() throws Exception {
        Path out = tmp.resolve("same-label");
        Path other = tmp.resolve("elsewhere/D01-android.tar");
        Files.createDirectories(other.getParent());
        Files.copy(Path.of("test-images/D01-android.tar"), other);
        BadInputTest.Run sameName = run("triage", "--out", out.toString(), "test-images/D01-android.tar",
                other.toString());
        assertEquals(Main.USAGE, sameName.exit(), sameName.err());
        assertEquals("phonetriage: two evidence items would both be device D01-android: test-images/D01-android.tar"
                + " and " + other + "; give each its own name with --label (the first --label names the first item,"
                + " and so on)\n", sameName.err());
        assertFalse(Files.exists(out), "nothing started");

        BadInputTest.Run sameLabel = run("triage", "--out", out.toString(), "--label", "phone", "--label", "phone",
                "test-images/D01-android.tar", "test-images/D02-android.zip");
        assertEquals(Main.USAGE, sameLabel.exit(), sameLabel.err());
        assertTrue(sameLabel.err().contains("--label phone is given to two evidence items, test-images/D01-android.tar"
                + " and test-images/D02-android.zip"), sameLabel.err());

        Path caseFile = copy("replace-same-label").resolve("case.db");
        String stateBefore = state(caseFile).digest();
        BadInputTest.Run replace = run("ingest", "--case", caseFile.toString(), "--replace", "D01-android",
                "test-images/D02-android.zip", "test-images/D01-android.tar");
        assertEquals(Main.USAGE, replace.exit(), replace.err());
        assertTrue(replace.err().contains("two evidence items would both be device D01-android"), replace.err());
        assertEquals(stateBefore, state(caseFile).digest(), "the case is untouched");
    }
}
