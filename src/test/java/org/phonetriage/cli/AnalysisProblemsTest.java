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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.xref.AnalysisRunner;
import picocli.CommandLine;

/**
 * An analysis or an output that fails is a problem of the case: shown on one line, stored in the
 * case, listed in report.html and csv/problems.csv, and exit code 3, while every other output is
 * still written. The analysis is made to fail by substituting its step (the commands' runner),
 * on the committed test images.
 */
class AnalysisProblemsTest {

    private static final List<String> IMAGES = List.of("test-images/D01-android.tar",
            "test-images/D02-android.zip", "test-images/D03-android");
    private static final List<String> OUTPUTS = List.of("case.db", "xref.json", "report.html", "csv/devices.csv",
            "csv/problems.csv", "csv/occurrences.csv", "csv/timeline.csv", "csv/device_facts.csv", "graph.graphml",
            "graph.gexf", "i2/links.csv", "i2/case.anx", "neo4j/nodes.csv", "neo4j/relationships.csv", "case.jsonld");
    private static final String STORED = "SELECT evidence || '|' || reason FROM problems WHERE device_id IS NULL";

    @TempDir
    static Path tmp;
    static Path out;
    static BadInputTest.Run triage;

    /** The commands, with the named analysis's step replaced by one that throws. */
    static CommandLine.IFactory failing(String analysis) {
        AnalysisRunner runner = new AnalysisRunner() {
            @Override
            protected <T> T execute(String name, Step<T> step) throws Exception {
                if (name.equals(analysis)) {
                    throw new IllegalStateException("forced by the test");
                }
                return super.execute(name, step);
            }
        };
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K made = CommandLine.defaultFactory().create(cls);
                if (made instanceof TriageCommand c) {
                    c.analyses = runner;
                } else if (made instanceof ReportCommand c) {
                    c.analyses = runner;
                } else if (made instanceof XrefCommand c) {
                    c.analyses = runner;
                }
                return made;
            }
        };
    }

    static BadInputTest.Run run(CommandLine.IFactory factory, String... args) {
        return BadInputTest.Run.of(factory, args);
    }

    @BeforeAll
    static void triageWithFailingCommunities() {
        out = tmp.resolve("triage");
        List<String> args = new ArrayList<>(List.of("triage", "--out", out.toString(), "--format", "all"));
        args.addAll(IMAGES);
        triage = run(failing("communities"), args.toArray(String[]::new));
    }

    /** A copy of the triaged case, for a test that changes it. */
    static Path caseCopy(String name) throws Exception {
        Path copy = Files.createDirectories(tmp.resolve(name)).resolve("case.db");
        Files.copy(out.resolve("case.db"), copy);
        return copy;
    }

    /** One section of report.html, from its opening tag to its end. */
    static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertTrue(start >= 0, id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    static long lines(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).count();
    }

    @Test
    void triageWritesEveryOutputAndEndsWithProblems() throws Exception {
        assertEquals(Main.PROBLEMS, triage.exit(), triage.err());
        for (String f : OUTPUTS) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertEquals(1, lines(triage.err(), "analysis communities: failed, left out of the outputs:"
                + " IllegalStateException: forced by the test"), triage.err());
        assertFalse(triage.err().contains("\tat "), "no stack trace");
    }

    @Test
    void theProblemIsInTheCaseTheCsvAndTheReport() throws Exception {
        assertEquals(List.of("analysis communities|failed, left out of the outputs: IllegalStateException: forced"
                + " by the test"), CaseQuery.column(out.resolve("case.db"), STORED));
        String csv = Files.readString(out.resolve("csv/problems.csv"));
        assertEquals(1, lines(csv, "analysis communities,,\"failed, left out of the outputs: IllegalStateException"), csv);
        String html = Files.readString(out.resolve("report.html"));
        String problems = section(html, "problems");
        assertTrue(problems.contains("<td><bdi>analysis communities</bdi></td><td><span class=\"none\">the case"),
                problems);
        String communities = section(html, "communities");
        assertTrue(communities.contains("This analysis failed"), communities);
    }

    @Test
    void xrefJsonStaysValidWithTheSectionEmptyAndTheFailureNamed() throws Exception {
        JsonNode xref = new ObjectMapper().readTree(out.resolve("xref.json").toFile());
        assertEquals("[\"communities\"]", xref.get("failed_analyses").toString());
        assertEquals(0, xref.get("communities").size());
        assertTrue(xref.get("key_players").size() > 0, "the other analyses are there");
        assertEquals(3, xref.get("device_links").size());
        List<String> keys = new ArrayList<>();
        xref.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("failed_analyses", "other_cases"), keys.subList(keys.size() - 2, keys.size()),
                "added after the contract's fields");
    }

    @Test
    void reportTwiceStoresTheProblemOnceAndAGoodRunClearsIt() throws Exception {
        Path caseFile = caseCopy("twice");
        for (int i = 0; i < 2; i++) {
            BadInputTest.Run r = run(failing("communities"), "report", "--case", caseFile.toString(), "--out",
                    caseFile.resolveSibling("out" + i).toString());
            assertEquals(Main.PROBLEMS, r.exit(), r.err());
            assertEquals(1, lines(r.err(), "problem: analysis communities: failed"), r.err());
        }
        assertEquals(1, CaseQuery.column(caseFile, STORED).size());
        String csv = Files.readString(caseFile.resolveSibling("out1/csv/problems.csv"));
        assertEquals(1, lines(csv, "analysis communities"), csv);

        BadInputTest.Run good = BadInputTest.Run.of(List.of("report", "--case", caseFile.toString(), "--out",
                caseFile.resolveSibling("good").toString()));
        assertEquals(Main.OK, good.exit(), good.err());
        assertEquals(List.of(), CaseQuery.column(caseFile, STORED));
        assertFalse(Files.readString(caseFile.resolveSibling("good/csv/problems.csv")).contains("analysis"));
    }

    @Test
    void xrefNamesTheFailedAnalysisAndEndsWithProblems() throws Exception {
        Path caseFile = caseCopy("xref");
        BadInputTest.Run r = run(failing("person_candidates"), "xref", "--case", caseFile.toString());
        assertEquals(Main.PROBLEMS, r.exit(), r.err());
        assertEquals(1, lines(r.err(), "problem: analysis person_candidates: failed"), r.err());
        JsonNode xref = new ObjectMapper().readTree(r.out());
        // the communities work again: the failure stored by the triage is replaced by this run's
        assertEquals("[\"person_candidates\"]", xref.get("failed_analyses").toString());
        assertTrue(xref.get("communities").size() > 0);
        assertEquals(List.of("analysis person_candidates|failed, left out of the outputs: IllegalStateException:"
                + " forced by the test"), CaseQuery.column(caseFile, STORED));
    }

    @Test
    void anOutputThatCannotBeWrittenIsAProblemAndTheOthersAreWritten() throws Exception {
        Path caseFile = caseCopy("blocked-html");
        Path dir = caseFile.resolveSibling("out");
        Files.createDirectories(dir.resolve("report.html")); // a folder where the file should go
        BadInputTest.Run r = BadInputTest.Run.of(List.of("report", "--case", caseFile.toString(), "--out",
                dir.toString(), "--format", "all"));
        assertEquals(Main.PROBLEMS, r.exit(), r.err());
        assertEquals(1, lines(r.err(), "problem: output html: not written: "), r.err());
        for (String f : OUTPUTS.subList(1, OUTPUTS.size())) {
            if (!f.equals("report.html")) {
                assertTrue(Files.isRegularFile(dir.resolve(f)), f);
            }
        }
        // csv/problems.csv was written before report.html failed, and again after
        String csv = Files.readString(dir.resolve("csv/problems.csv"));
        assertEquals(1, lines(csv, "output html,,not written: "), csv);
        assertEquals(1, lines(String.join("\n", CaseQuery.column(caseFile, STORED)), "output html|"));
    }

    @Test
    void aFailedCsvOutputIsListedInTheReport() throws Exception {
        Path caseFile = caseCopy("blocked-csv");
        Path dir = caseFile.resolveSibling("out");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("csv"), "a file where the csv folder should go");
        BadInputTest.Run r = BadInputTest.Run.of(List.of("report", "--case", caseFile.toString(), "--out",
                dir.toString(), "--format", "csv,html,json"));
        assertEquals(Main.PROBLEMS, r.exit(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("xref.json")));
        assertTrue(section(Files.readString(dir.resolve("report.html")), "problems").contains("output csv"),
                r.err());
    }
}
