package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phonetriage.ContractSchemas;

/**
 * A triage stopped at any point — SIGTERM, or kill -9 — never passes for a complete one, and the
 * same command run again finishes it: complete devices are kept, the interrupted one is read
 * again, and xref.json is what an uninterrupted run gives. The runs to interrupt are child JVMs,
 * stopped when their --log-json events show they have reached a given point.
 */
class InterruptedTriageTest {

    private static final List<String> ITEMS = List.of("test-images/D01-android.tar", "test-images/D02-android.zip",
            "test-images/D03-android", "test-images/S01-sim");

    @TempDir
    static Path tmp;
    static String uninterrupted;
    static int uninterruptedExit;

    @BeforeAll
    static void triageOnce() throws Exception {
        Path out = tmp.resolve("whole");
        uninterruptedExit = BadInputTest.Run.of(command(out, "--quiet")).exit();
        uninterrupted = ItemOrderTest.xrefWithoutTime(out.resolve("xref.json"));
    }

    static List<String> command(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("triage", "--out", out.toString()));
        args.addAll(List.of(options));
        args.addAll(ITEMS);
        return args;
    }

    /** A child JVM running the triage, stopped once its events show the given one {@code n} times. */
    private static String runAndStop(Path out, String event, int n, boolean kill) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(command(out, "--log-json"));
        Path stderr = Files.createTempFile(tmp, "stderr", ".txt");
        Process p = new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
        StringBuilder err = new StringBuilder(); // the events on standard output, then standard error
        int seen = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                err.append(line).append('\n');
                if (line.contains("\"event\":\"" + event + "\"") && ++seen == n) {
                    // through the handle: Process.destroy would also close the stream read here
                    if (kill) {
                        p.toHandle().destroyForcibly(); // SIGKILL: no handler, no cleanup
                    } else {
                        p.toHandle().destroy(); // SIGTERM
                    }
                    break;
                }
            }
            assertEquals(n, seen, "the run ended before its " + n + "th " + event + ":\n" + err);
            try {
                r.lines().forEach(l -> err.append(l).append('\n')); // what a stopped run still says
            } catch (java.io.UncheckedIOException closed) {
                // a killed process's stream may be closed under the reader
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return err + Files.readString(stderr) + "exit " + p.exitValue();
    }

    private static void resumeGivesTheUninterruptedResult(Path out) throws Exception {
        BadInputTest.Run again = BadInputTest.Run.of(command(out, "--quiet"));
        assertEquals(uninterruptedExit, again.exit(), again.err());
        assertEquals(uninterrupted, ItemOrderTest.xrefWithoutTime(out.resolve("xref.json")));
        assertFalse(Files.exists(out.resolve(".phonetriage-work")), "the work folder is gone");
    }

    @ParameterizedTest(name = "kill -9 at {0} #{1}")
    @CsvSource({"parser-finished, 1", "parser-finished, 5", "item-finished, 2", "parser-finished, 12",
        "stage-started, 3"})
    void killedAnywhereTheSameCommandResumesToTheSameXref(String event, int n) throws Exception {
        Path out = tmp.resolve("killed-" + event + "-" + n);
        String log = runAndStop(out, event, n, true);
        assertTrue(log.endsWith("exit 137"), log);
        resumeGivesTheUninterruptedResult(out);
    }

    @Test
    void sigtermStopsCleanlyAndTheCaseSaysWhatIsIncomplete() throws Exception {
        Path out = tmp.resolve("terminated");
        String log = runAndStop(out, "parser-finished", 2, false);
        assertTrue(log.endsWith("exit " + Main.TERMINATED), log);
        assertTrue(log.contains("phonetriage: interrupted (SIGTERM): D01-android is marked incomplete"), log);
        // the events end with the interruption and run-finished, as a pipeline sees them
        List<String> events = log.lines().filter(l -> l.startsWith("{")).toList();
        events.forEach(e -> assertEquals(List.of(), ContractSchemas.eventErrors(e), e));
        assertTrue(events.get(events.size() - 2).contains("\"event\":\"run-interrupted\",\"signal\":\"SIGTERM\","
                + "\"message\":\"interrupted (SIGTERM): D01-android is marked incomplete"), log);
        JsonNode finished = new ObjectMapper().readTree(events.get(events.size() - 1));
        assertEquals("run-finished", finished.get("event").asText());
        assertEquals(Main.TERMINATED, finished.get("exit_code").asInt());
        assertEquals("interrupted", finished.get("outcome").asText());
        assertFalse(log.contains("\tat org."), "no stack trace:\n" + log);
        assertFalse(Files.exists(out.resolve(".phonetriage-work")), "the work folder is removed");

        BadInputTest.Run report = BadInputTest.Run.of(List.of("report", "--case", out.resolve("case.db").toString(),
                "--out", out.resolve("partial").toString()));
        assertEquals(Main.PROBLEMS, report.exit(), report.err());
        for (String[] file : new String[][] {{"xref.json", ContractSchemas.XREF}, {"manifest.json", ContractSchemas.MANIFEST}}) {
            assertEquals(List.of(), ContractSchemas.errors(ContractSchemas.closed(file[1]),
                    Files.readString(out.resolve("partial").resolve(file[0]))), "an incomplete device's " + file[0]);
        }
        JsonNode devices = new ObjectMapper().readTree(out.resolve("partial/xref.json").toFile()).get("devices");
        assertEquals(1, devices.size());
        assertFalse(devices.get(0).get("complete").asBoolean(), devices.toString());
        assertTrue(Files.readString(out.resolve("partial/csv/problems.csv"))
                .contains("D01-android,,\"incomplete: its ingest was interrupted"), "problems.csv says so");
        assertTrue(Files.readString(out.resolve("partial/report.html")).contains("incomplete: its ingest was interrupted"));

        resumeGivesTheUninterruptedResult(out);
    }

    @Test
    void sigtermWhileTheOutputsAreWrittenLeavesNoHalfFileAndNoManifest() throws Exception {
        Path out = tmp.resolve("terminated-in-reports");
        String log = runAndStop(out, "stage-started", 4, false); // after hashing, ingest, region contexts: cross-reference and reports
        assertTrue(log.contains("\"stage\":\"cross-reference and reports\""), log);
        assertTrue(log.endsWith("exit " + Main.TERMINATED), log);
        assertTrue(log.contains("phonetriage: interrupted (SIGTERM) while writing the outputs ("), log);
        assertFalse(Files.exists(out.resolve("manifest.json")), "an unfinished set has no manifest");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(f.getFileName().toString().endsWith(".tmp"), "no temporary file: " + f);
                assertTrue(Files.size(f) > 0, "no 0-byte output: " + f);
            }
        }
        if (Files.exists(out.resolve("xref.json"))) {
            new ObjectMapper().readTree(out.resolve("xref.json").toFile()); // whole, if written
        }
        resumeGivesTheUninterruptedResult(out);
        assertTrue(Files.exists(out.resolve("manifest.json")));
    }

    @Test
    void anotherSetOfItemsIsRefusedNamingTheDifference() throws Exception {
        Path out = tmp.resolve("other-set");
        BadInputTest.Run first = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), "--quiet",
                "test-images/D01-android.tar", "test-images/D02-android.zip"));
        assertTrue(first.exit() == Main.OK || first.exit() == Main.PROBLEMS, first.err());
        BadInputTest.Run other = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), "--quiet",
                "test-images/D01-android.tar", "test-images/D03-android"));
        assertEquals(Main.USAGE, other.exit());
        assertTrue(other.err().contains("triaged before but not named now: test-images/D02-android.zip as D02-android")
                && other.err().contains("named now but not triaged before: test-images/D03-android as D03-android"),
                other.err());
    }
}
