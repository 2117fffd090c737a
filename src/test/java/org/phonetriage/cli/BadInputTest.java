package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;
import org.phonetriage.evidence.TreeHash;

/**
 * Every kind of bad input the foundation issue names, in one case beside a good device: each gives
 * one clear line naming the item and the reason, is recorded as a problem in the case and the
 * report, and the good evidence is still processed. No evidence byte changes.
 */
class BadInputTest {

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
    }

    @Test
    void eachBadItemIsAProblemAndTheRestIsProcessed() throws Exception {
        Map<String, String> before = hashes(evidence);
        List<String> items = Stream.of("good", "truncated", "not-sqlite", "unknown-schema", "slip.zip", "bomb.zip",
                "empty", "missing").map(n -> evidence.resolve(n).toString()).toList();
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("triage", "--out", out.toString()));
        args.addAll(items);

        Run run = Run.of(args);

        assertEquals(Main.PROBLEMS, run.exit, run.err);
        assertTrue(!run.err.contains("Exception") && !run.err.contains("\tat "), "no stack trace:\n" + run.err);
        assertProblem(run, "truncated", "mmssms.db", "corrupt or truncated SQLite database");
        assertProblem(run, "not-sqlite", "contacts2.db", "not a SQLite database");
        assertProblem(run, "unknown-schema", "contacts2.db", "unknown schema");
        assertProblem(run, "slip", "../evil.txt", "");
        assertProblem(run, "bomb", "mmssms.db", "");
        assertProblem(run, "empty", null, "nothing in this item could be parsed");
        assertProblem(run, "missing", null, "no such file or folder");

        JsonNode xref = new ObjectMapper().readTree(out.resolve("xref.json").toFile());
        List<String> labels = new ArrayList<>();
        xref.get("devices").forEach(d -> labels.add(d.get("label").asText()));
        assertEquals(List.of("bomb", "empty", "good", "missing", "not-sqlite", "slip", "truncated", "unknown-schema"),
                labels, "every item named is a device, even when nothing in it could be parsed");
        JsonNode good = xref.get("devices").get(2);
        assertEquals(9, good.get("counts").get("messages").asInt());

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(DISTINCT evidence) FROM problems")) {
            rs.next();
            assertEquals(7, rs.getInt(1), "each bad item has its problem in the case");
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("unknown schema") && html.contains("no such file or folder"));
        assertEquals(before, hashes(evidence), "evidence unchanged");
        assertEquals(Main.OK, Run.of(List.of("verify", "--case", out.resolve("case.db").toString())).exit);
    }

    @Test
    void triageRefusesAnOutputFolderThatHoldsACase() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(Main.OK, Run.of(List.of("triage", "--out", out.toString(), evidence.resolve("good").toString())).exit);
        Run again = Run.of(List.of("triage", "--out", out.toString(), evidence.resolve("good").toString()));
        assertEquals(Main.USAGE, again.exit);
        assertTrue(again.err.contains("already holds a case.db"), again.err);
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
        boolean found = run.err.lines().anyMatch(l -> l.contains("problem: " + item + ":")
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

    /** One command line run in-process, with what it printed. */
    record Run(int exit, String out, String err) {
        static Run of(List<String> args) {
            PrintStream oldOut = System.out;
            PrintStream oldErr = System.err;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                int exit = Main.run(args.toArray(String[]::new));
                return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
    }
}
