package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ContractSchemas;
import org.phonetriage.evidence.TreeHash;

/**
 * --log-json as a lab's pipeline reads it: only JSON lines on its stream, each with the schema
 * version, ending with one run-finished whatever way the run ends — problems, a usage error, a
 * tool failure — whose counts and outcome agree with the exit code.
 */
class LogJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /**
     * Every line an event of schema 1 with a UTC time in seconds, described whole by
     * docs/schemas/events.schema.json; run-started first, one run-finished last.
     */
    static List<JsonNode> events(String stream) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (String line : stream.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            JsonNode event = JSON.readTree(line);
            assertTrue(event.isObject(), line);
            assertEquals(1, event.get("schema").asInt(), line);
            assertTrue(event.get("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), line);
            assertEquals(List.of(), ContractSchemas.eventErrors(line), line);
            events.add(event);
        }
        assertFalse(events.isEmpty(), "no events");
        assertEquals("run-started", events.get(0).get("event").asText(), stream);
        assertEquals(1, events.stream().filter(e -> e.get("event").asText().equals("run-finished")).count(), stream);
        assertEquals("run-finished", events.get(events.size() - 1).get("event").asText(), stream);
        return events;
    }

    private static JsonNode last(List<JsonNode> events) {
        return events.get(events.size() - 1);
    }

    private static List<String> names(List<JsonNode> events) {
        return events.stream().map(e -> e.get("event").asText()).toList();
    }

    @Test
    void standardOutputCarriesTheEventsAndNothingElse() throws Exception {
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--log-json", "--out", out.toString(),
                "test-images/D03-android", "test-images/D04-android.ab"));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        List<JsonNode> events = events(run.out());
        assertEquals("triage", events.get(0).get("command").asText());

        JsonNode problem = events.stream().filter(e -> e.get("event").asText().equals("problem")).findFirst()
                .orElseThrow();
        assertEquals("password-missing", problem.get("code").asText());
        assertEquals("error", problem.get("severity").asText());
        assertEquals("D04-android", problem.get("device").asText());
        assertEquals("test-images/D04-android.ab", problem.get("item").asText());
        assertTrue(problem.get("file").isNull());

        JsonNode finished = last(events);
        assertEquals(3, finished.get("exit_code").asInt());
        assertEquals("problems", finished.get("outcome").asText());
        assertEquals("error", finished.get("worst_severity").asText());
        assertEquals("{\"error\":1,\"warning\":0,\"info\":0}", finished.get("problems").toString());
        assertEquals("{\"password-missing\":1}", finished.get("codes").toString());
        List<String> outputs = new ArrayList<>();
        finished.get("outputs").forEach(o -> outputs.add(o.asText()));
        assertTrue(outputs.containsAll(List.of(out.resolve("case.db").toString(), out.resolve("xref.json").toString(),
                out.resolve("csv") + "/", out.resolve("report.html").toString())), outputs.toString());
        outputs.forEach(o -> assertTrue(Files.exists(Path.of(o)), o));

        assertTrue(run.err().contains("DEVICE") && run.err().contains("Outputs in " + out),
                "the summary goes to standard error:\n" + run.err());
        assertTrue(run.err().contains("problem: D04-android:"), run.err());
    }

    @Test
    void eachStageSaysItsTimeAndRowsInTheEventsAndTheSummary() throws Exception {
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--log-json", "--out", out.toString(),
                "test-images/D01-android.tar", "test-images/D03-android"));
        assertEquals(Main.OK, run.exit(), run.err());
        List<JsonNode> finished = events(run.out()).stream()
                .filter(e -> e.get("event").asText().equals("stage-finished")).toList();
        List<String> stages = finished.stream().map(e -> e.get("stage").asText()).toList();
        assertTrue(stages.containsAll(List.of("ingest", "cross-reference", "write json", "write html",
                "cross-reference and reports")), stages.toString());
        JsonNode ingest = finished.get(stages.indexOf("ingest"));
        JsonNode xref = finished.get(stages.indexOf("cross-reference"));
        assertTrue(ingest.get("rows").asLong() > 0 && xref.get("rows").asLong() > 0, finished.toString());
        assertTrue(ingest.get("seconds").asDouble() > 0, ingest.toString());
        // the CPU time of the stages that run alone; none for an output written at once. The process's CPU
        // time is counted in clock ticks (10 ms on Linux), so a stage of a few ms may say 0: only the ingest,
        // which takes longer, must show some
        for (String alone : List.of("ingest", "cross-reference", "write html", "cross-reference and reports")) {
            JsonNode stage = finished.get(stages.indexOf(alone));
            assertTrue(stage.has("cpu_seconds") && stage.get("cpu_seconds").asDouble() >= 0, stage.toString());
        }
        assertTrue(finished.get(stages.indexOf("ingest")).get("cpu_seconds").asDouble() > 0, finished.toString());
        assertFalse(finished.get(stages.indexOf("write json")).has("cpu_seconds"), finished.toString());
        assertTrue(run.err().contains("STAGE") && run.err().matches("(?s).*\\ncross-reference +\\d+\\.\\d +[\\d,]+\\n.*"),
                run.err());
    }

    @Test
    void reportOnAnExistingCaseSaysItsStagesToo() throws Exception {
        Path db = tmp.resolve("c.db");
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("ingest", "--quiet", "--case", db.toString(),
                "test-images/D01-android.tar", "test-images/D03-android")).exit());
        BadInputTest.Run run = BadInputTest.Run.of(List.of("report", "--log-json", "--case", db.toString(),
                "--out", tmp.resolve("out").toString(), "--format", "json,html"));
        assertEquals(Main.OK, run.exit(), run.err());
        List<JsonNode> finished = events(run.out()).stream()
                .filter(e -> e.get("event").asText().equals("stage-finished")).toList();
        List<String> stages = finished.stream().map(e -> e.get("stage").asText()).toList();
        assertTrue(stages.containsAll(List.of("cross-reference", "write json", "write html")), stages.toString());
        assertTrue(finished.get(stages.indexOf("cross-reference")).get("rows").asLong() > 0, finished.toString());
    }

    @Test
    void aLogFileMayLieInTheOutputFolderAndTheSummaryStaysOnStandardOutput() throws Exception {
        Path out = tmp.resolve("out");
        Path log = out.resolve("events.jsonl");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--log-json=" + log, "--out", out.toString(),
                "test-images/D03-android"));
        assertEquals(Main.OK, run.exit(), run.err());
        assertTrue(run.out().contains("DEVICE"), run.out());
        List<JsonNode> events = events(Files.readString(log));
        assertEquals("success", last(events).get("outcome").asText());
        assertTrue(last(events).get("worst_severity").isNull());
        assertTrue(names(events).contains("parser-finished"));
    }

    @Test
    void theWordAfterLogJsonIsEvidenceNeverTheLogFile() throws Exception {
        Path item = Path.of("test-images/D02-android.zip");
        String before = TreeHash.sha256(item);
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "--log-json", item.toString()));
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals(before, TreeHash.sha256(item), "the evidence is untouched");
        assertEquals("D02-android", events(run.out()).stream().filter(e -> e.get("event").asText()
                .equals("item-started")).findFirst().orElseThrow().get("device").asText());
    }

    @Test
    void aLogFileNeverReplacesAFileThatIsNotALog() throws Exception {
        Path item = Files.copy(Path.of("test-images/D02-android.zip"), tmp.resolve("D02-android.zip"));
        String before = TreeHash.sha256(item);
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "--log-json=" + item, item.toString()));
        assertEquals(Main.USAGE, run.exit(), run.err());
        assertEquals("phonetriage: --log-json=" + item + ": exists and is not an event log, so it is not overwritten"
                + " (it could be evidence): name a new file", run.err().strip());
        assertEquals(before, TreeHash.sha256(item));

        Path log = tmp.resolve("run.jsonl"); // the log of an earlier run is replaced
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("ingest", "--case", tmp.resolve("c.db").toString(),
                "--log-json=" + log, "test-images/D03-android")).exit());
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("report", "--case", tmp.resolve("c.db").toString(),
                "--out", tmp.resolve("out").toString(), "--format", "json", "--log-json=" + log)).exit());
        assertEquals("report", events(Files.readString(log)).get(0).get("command").asText());
    }

    @Test
    void usageErrorsEndInEventsToo() throws Exception {
        Path missing = tmp.resolve("missing.tar");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--log-json", "--out",
                tmp.resolve("out").toString(), missing.toString()));
        assertEquals(Main.USAGE, run.exit());
        List<JsonNode> events = events(run.out());
        assertEquals(List.of("run-started", "usage-error", "run-finished"), names(events));
        assertEquals("EVIDENCE " + missing + ": no such file or folder (nothing was read)",
                events.get(1).get("message").asText());
        assertEquals("usage-error", last(events).get("outcome").asText());
        assertEquals(2, last(events).get("exit_code").asInt());
        assertFalse(Files.exists(tmp.resolve("out")));

        BadInputTest.Run unparsed = BadInputTest.Run.of(List.of("ingest", "--log-json", "--case",
                tmp.resolve("c.db").toString(), "--no-such-option", "test-images/D03-android"));
        assertEquals(Main.USAGE, unparsed.exit());
        events = events(unparsed.out());
        assertEquals(List.of("run-started", "usage-error", "run-finished"), names(events));
        assertTrue(events.get(1).get("message").asText().contains("--no-such-option"), events.toString());
        assertTrue(unparsed.err().contains("Unknown option: '--no-such-option'"), "and the usage on standard error");
    }

    @Test
    void passwordWithoutAValueAndNoTerminalIsAUsageErrorNotAnEmptyPassword() throws Exception {
        assumeTrue(System.console() == null, "the tests run without a terminal");
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--log-json", "--password", "--out",
                out.toString(), "test-images/D04-android.ab"));
        assertEquals(Main.USAGE, run.exit(), run.err());
        assertTrue(run.err().contains("phonetriage: --password without a value is asked for on a terminal, and there"
                + " is none"), run.err());
        assertEquals(List.of("run-started", "usage-error", "run-finished"), names(events(run.out())));
        assertFalse(Files.exists(out), "nothing was read");
    }

    /**
     * The same in a process of its own, whose standard output a pipeline reads: picocli's
     * interactive prompt used to print there and read an empty password from standard input.
     */
    @Test
    void aChildProcessGetsNoPromptOnItsStandardOutput() throws Exception {
        Path out = tmp.resolve("out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "triage", "--password", "--log-json",
                "--out", out.toString(), "test-images/D04-android.ab")
                .redirectError(tmp.resolve("err.txt").toFile()).start();
        p.getOutputStream().write("\n".getBytes(StandardCharsets.UTF_8)); // what a prompt would read
        p.getOutputStream().close();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(Main.USAGE, p.exitValue(), Files.readString(tmp.resolve("err.txt")));
        assertEquals(List.of("run-started", "usage-error", "run-finished"), names(events(stdout)));
        assertFalse(Files.exists(out));
    }

    @Test
    void aWrongPasswordHasItsOwnCode() throws Exception {
        BadInputTest.Run run = BadInputTest.Run.of(List.of("ingest", "--log-json", "--case",
                tmp.resolve("c.db").toString(), "--password=wrong", "test-images/D04-android.ab"));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        List<JsonNode> events = events(run.out());
        assertEquals("{\"wrong-password\":1}", last(events).get("codes").toString());
        assertEquals("error", last(events).get("worst_severity").asText());
    }

    @Test
    void aToolFailureIsAnEvent() throws Exception {
        Path notACase = Files.writeString(tmp.resolve("notes.db"), "not a database at all, just notes\n");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("report", "--log-json", "--case", notACase.toString(),
                "--out", tmp.resolve("out").toString()));
        assertEquals(Main.FAILURE, run.exit(), run.err());
        List<JsonNode> events = events(run.out());
        assertEquals(List.of("run-started", "run-failed", "run-finished"), names(events));
        assertEquals("tool-failure", events.get(1).get("code").asText());
        assertEquals(run.err().strip(), "phonetriage: " + events.get(1).get("message").asText());
        assertEquals("failed", last(events).get("outcome").asText());
    }

    @Test
    void reportExitsAsTriageDidOnTheSameCaseAndCountsTheSame() throws Exception {
        Path out = tmp.resolve("out");
        BadInputTest.Run triage = BadInputTest.Run.of(List.of("triage", "--log-json", "--out", out.toString(),
                "test-images/D03-android", "test-images/D04-android.ab", "--password=wrong"));
        BadInputTest.Run report = BadInputTest.Run.of(List.of("report", "--log-json", "--case",
                out.resolve("case.db").toString(), "--out", tmp.resolve("again").toString(), "--format", "json,csv"));
        assertEquals(Main.PROBLEMS, triage.exit());
        assertEquals(Main.PROBLEMS, report.exit(), report.err());
        JsonNode before = last(events(triage.out()));
        JsonNode after = last(events(report.out()));
        assertEquals("report", after.get("command").asText());
        for (String field : List.of("exit_code", "outcome", "worst_severity", "problems", "codes")) {
            assertEquals(before.get(field), after.get(field), field);
        }
        assertEquals("[\"" + tmp.resolve("again/xref.json") + "\",\"" + tmp.resolve("again/csv") + "/\"]",
                after.get("outputs").toString());
        assertEquals("", report.out().lines().filter(l -> !l.startsWith("{")).reduce("", String::concat));
    }

    @Test
    void aFullDiskHasItsOwnExitCode() throws Exception {
        Path full = Path.of("/dev/full"); // every write fails with ENOSPC, as on a full disk
        assumeTrue(Files.isWritable(full), "a Linux /dev/full");
        Path caseFile = tmp.resolve("c.db");
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("ingest", "--quiet", "--case", caseFile.toString(),
                "test-images/D03-android")).exit());
        BadInputTest.Run run = BadInputTest.Run.of(List.of("timeline", "--case", caseFile.toString(), "--out",
                full.toString()));
        assertEquals(Main.NO_SPACE, run.exit(), run.err());
        assertTrue(run.err().startsWith("phonetriage: no space left on device while writing /dev/full"), run.err());
        assertTrue(run.err().strip().endsWith("free some space and run the same command again (a triage or ingest"
                + " resumes where it stopped)"), run.err());
    }
}
