package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import org.phonetriage.RealData;
import org.phonetriage.evidence.TreeHash;
import org.phonetriage.report.HtmlText;

/**
 * Every kind of bad input the foundation issue names, in one case beside a good device: each gives
 * one clear line naming the item and the reason, is recorded as a problem in the case and the
 * report, and the good evidence is still processed. No evidence byte changes.
 */
public class BadInputTest {

    private static final String TELEPHONY = "data/data/com.android.providers.telephony/databases/";
    private static final String CONTACTS = "data/data/com.android.providers.contacts/databases/";

    @TempDir
    Path tmp;
    Path evidence;

    @BeforeEach
    void makeEvidence() throws Exception {
        evidence = Files.createDirectories(tmp.resolve("evidence"));
        Path good = Files.createDirectories(evidence.resolve("good").resolve(TELEPHONY));
        RealData.copyDatabase("log2timeline__plaso/test_data/android/mmssms.db", good);

        Path truncated = Files.createDirectories(evidence.resolve("truncated").resolve(TELEPHONY));
        byte[] whole = Files.readAllBytes(RealData.path(
                "dfrc-korea__DFRWS_Challenge_2021/Part 3 Samsung Smartphone/[3-1] mmssms.db"));
        Files.write(truncated.resolve("mmssms.db"), java.util.Arrays.copyOf(whole, whole.length / 3));

        Path notSqlite = Files.createDirectories(evidence.resolve("not-sqlite").resolve(CONTACTS));
        Files.writeString(notSqlite.resolve("contacts2.db"), "this is a text file, not a database\n");

        Path unknown = Files.createDirectories(evidence.resolve("unknown-schema").resolve(CONTACTS));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + unknown.resolve("contacts2.db"));
             Statement st = db.createStatement()) {
            st.execute("CREATE TABLE people(id INTEGER PRIMARY KEY, who TEXT)");
            st.execute("INSERT INTO people(who) VALUES ('nobody')");
        }

        Path whatsapp = Files.createDirectories(evidence.resolve("unknown-msgstore").resolve("data/data/com.whatsapp/databases"));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + whatsapp.resolve("msgstore.db"));
             Statement st = db.createStatement()) {
            st.execute("CREATE TABLE messages_v99(id INTEGER PRIMARY KEY, payload BLOB)");
        }

        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(evidence.resolve("slip.zip").toFile())) {
            zip.putArchiveEntry(new ZipArchiveEntry("../evil.txt"));
            zip.write("escaped".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
            zip.putArchiveEntry(new ZipArchiveEntry("readme.txt"));
            zip.write("harmless".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }

        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(evidence.resolve("bomb.zip").toFile())) {
            zip.putArchiveEntry(new ZipArchiveEntry(TELEPHONY + "mmssms.db"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeArchiveEntry();
        }
        Files.createDirectories(evidence.resolve("empty"));

        // a UFDR saved with protection is not a zip; a report folder whose report.xml was cut short
        byte[] scrambled = new byte[4096];
        new java.util.Random(3).nextBytes(scrambled);
        Files.write(evidence.resolve("protected.ufdr"), scrambled);
        String report = new String(Files.readAllBytes(RealData.path("ufdr_report_sample.xml")), StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(evidence.resolve("cut-report")).resolve("report.xml"),
                report.substring(0, report.indexOf("<modelType type=\"Chat\">")));
    }

    /**
     * One bad item beside the good device: its one-line problem, recorded with its stable code and
     * severity, and the good one still parsed.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated      | truncated      | mmssms.db    | corrupt or truncated SQLite database | file-corrupt",
        "not-sqlite     | not-sqlite     | contacts2.db | not a SQLite database                | file-corrupt",
        "unknown-schema | unknown-schema | contacts2.db | unknown schema                       | unknown-schema",
        "unknown-msgstore | unknown-msgstore | msgstore.db | unknown schema                     | unknown-schema",
        "slip.zip       | slip           | ../evil.txt  | path traversal                       | entry-not-read",
        "bomb.zip       | bomb           | mmssms.db    | zip bomb                             | entry-not-read",
        "empty          | empty          |              | nothing in this item could be parsed | nothing-parsed",
        "protected.ufdr | protected      |              | a UFDR saved with protection (password) cannot be read | item-unreadable",
        "cut-report     | cut-report     | report.xml   | the report ends before its last element (truncated?) | parser-failed"})
    void aBadItemIsAProblemAndTheRestIsProcessed(String item, String label, String path, String reason, String code)
            throws Exception {
        Map<String, String> before = hashes(evidence);
        Path out = tmp.resolve("out");
        Run run = Run.of(List.of("triage", "--out", out.toString(), evidence.resolve("good").toString(),
                evidence.resolve(item).toString()));

        assertEquals(Main.PROBLEMS, run.exit, run.err);
        assertTrue(!run.err.contains("Exception") && !run.err.contains("\tat "), "no stack trace:\n" + run.err);
        assertProblem(run, label, path, reason);

        JsonNode xref = new ObjectMapper().readTree(out.resolve("xref.json").toFile());
        assertEquals(2, xref.get("devices").size(), "the bad item is a device too, so the examiner sees it was looked at");
        Map<String, JsonNode> devices = new TreeMap<>();
        xref.get("devices").forEach(d -> devices.put(d.get("label").asText(), d));
        assertEquals(Set.of("good", label), devices.keySet());
        assertEquals(9, devices.get("good").get("counts").get("messages").asInt());

        String severity = org.phonetriage.model.ProblemCode.of(code).severity().label();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT evidence, reason, code, severity FROM problems")) {
            List<String> recorded = new ArrayList<>();
            while (rs.next()) {
                recorded.add(rs.getString(1) + ": " + rs.getString(2) + " [" + rs.getString(3) + " "
                        + rs.getString(4) + "]");
            }
            assertTrue(recorded.stream().anyMatch(p -> p.startsWith(label + ": ") && p.contains(reason)
                    && p.endsWith("[" + code + " " + severity + "]")), "recorded in the case with its code: " + recorded);
            assertTrue(recorded.stream().noneMatch(p -> p.startsWith("good: ")), "the good item has no problem");
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains(HtmlText.escape(reason)), "the report lists the problem");
        String csv = Files.readString(out.resolve("csv/problems.csv"));
        assertTrue(csv.lines().anyMatch(l -> l.contains(reason) && l.endsWith("," + code + "," + severity)), csv);
        assertEquals(before, hashes(evidence), "evidence unchanged");
    }

    /** A path that does not exist is a typo: exit 2 before anything is read, naming it; no case is made. */
    @Test
    void aMissingPathIsAUsageErrorBeforeAnythingIsRead() {
        Path out = tmp.resolve("out");
        Path missing = evidence.resolve("missing");
        Run run = Run.of(List.of("triage", "--out", out.toString(), evidence.resolve("good").toString(),
                missing.toString()));
        assertEquals(Main.USAGE, run.exit, run.err);
        assertEquals("phonetriage: EVIDENCE " + missing + ": no such file or folder (nothing was read)",
                run.err.strip());
        assertFalse(Files.exists(out), "nothing made");
        Run ingest = Run.of(List.of("ingest", "--case", tmp.resolve("c.db").toString(), missing.toString()));
        assertEquals(Main.USAGE, ingest.exit, ingest.err);
        assertFalse(Files.exists(tmp.resolve("c.db")), "no case made");
    }

    @Test
    void triageRunAgainOnItsFolderKeepsTheCompleteDevices() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(Main.OK, Run.of(List.of("triage", "--out", out.toString(), evidence.resolve("good").toString())).exit);
        Run again = Run.of(List.of("triage", "--out", out.toString(), evidence.resolve("good").toString()));
        assertEquals(Main.OK, again.exit, again.err);
        assertTrue(again.err.contains("(complete in the case: kept)"), again.err);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM devices")) {
            assertEquals(1, rs.getInt(1), "read once");
        }
    }

    @Test
    void verifyNoticesAChangedEvidenceFile() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(Main.OK, Run.of(List.of("triage", "--out", out.toString(), evidence.resolve("good").toString())).exit);
        Path db = evidence.resolve("good").resolve(TELEPHONY).resolve("mmssms.db");
        byte[] bytes = Files.readAllBytes(db);
        bytes[bytes.length - 1] ^= 1;
        Files.write(db, bytes);
        Run verify = Run.of(List.of("verify", "--case", out.resolve("case.db").toString()));
        assertEquals(Main.PROBLEMS, verify.exit);
        assertTrue(verify.out.contains("CHANGED"), verify.out);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(Main.USAGE, Run.of(List.of("triage")).exit);
        assertEquals(Main.USAGE, Run.of(List.of("triage", "--out", tmp.toString(), "--region", "France", "x")).exit);
        assertEquals(Main.USAGE, Run.of(List.of("no-such-command")).exit);
    }

    private static void assertProblem(Run run, String item, String path, String reason) {
        boolean found = run.err.lines().anyMatch(l -> l.startsWith("  problem: " + item + ":")
                && (path == null || l.contains(path)) && l.contains(reason));
        assertTrue(found, "a one-line problem for " + item + " (" + reason + ") in:\n" + run.err);
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), TreeHash.sha256(f));
            }
        }
        return out;
    }

    /** One command line run in-process, with what it printed (through picocli's writers). */
    public record Run(int exit, String out, String err) {
        public static Run of(List<String> args) {
            return of(CommandLine.defaultFactory(), args.toArray(String[]::new));
        }

        /** The same, with the commands made by {@code factory}. */
        static Run of(CommandLine.IFactory factory, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(factory, new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Run(exit, out.toString(), err.toString());
        }
    }
}
