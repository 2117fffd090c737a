package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.query.CsvRows;
import org.phonetriage.query.TimelineCsv;

/** search and timeline over the triaged test images (facts from test-images/README.md). */
class SearchAndTimelineCommandsTest {

    private static final String BOSS = "+5511987654321";
    private static final Pattern SHA256 = Pattern.compile("\\b[0-9a-f]{64}\\b");

    @TempDir
    static Path tmp;
    static Path out;
    static String caseDb;

    @BeforeAll
    static void triage() {
        out = tmp.resolve("demo");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--format", "default,timeline", "--out", out.toString(),
                "test-images/D01-android.tar", "test-images/D02-android.zip", "test-images/D03-android"));
        assertEquals(Main.OK, run.exit(), run.err());
        caseDb = out.resolve("case.db").toString();
    }

    @Test
    void searchFindsTheBossOnEveryPhoneUnderItsThreeNames() {
        BadInputTest.Run run = run("search", "--case", caseDb, "0055 11 98765 4321", "--region", "FR");
        assertEquals(Main.OK, run.exit(), run.err());
        String text = run.out();
        assertTrue(text.contains("read as " + BOSS), text);
        for (String device : List.of("D01-android", "D02-android", "D03-android")) {
            assertTrue(text.contains(BOSS + " on " + device), device + "\n" + text);
        }
        for (String name : List.of("Tio BR", "Chefe", "Patrão")) {
            assertTrue(text.contains(name), name);
        }
        assertTrue(text.contains("\"0055 11 98765 4321\"") && text.contains("\"+55 11 98765-4321\"")
                && text.contains("\"005511987654321\""), "raw forms as stored");
        assertTrue(text.contains("on 3 device(s)"), text);
        assertTrue(text.contains("parser android.calls") && text.contains("file data/data/com.android.providers"
                + ".contacts/databases/calllog.db") && SHA256.matcher(text).find(), "provenance");
    }

    @Test
    void searchSummarisesEachDeviceAndListsEveryOccurrenceOnRequest() throws Exception {
        String summary = run("search", "--case", caseDb, BOSS).out();
        String listed = run("search", "--case", caseDb, BOSS, "--occurrences").out();
        JsonNode json = new ObjectMapper().readTree(run("search", "--case", caseDb, BOSS, "--json").out());
        int occurrences = json.get(0).get("occurrences").size();
        assertTrue(occurrences > 3, json.toString());
        assertTrue(summary.contains(BOSS + ": " + occurrences + " occurrence(s) on 3 device(s)"), summary);
        assertTrue(listed.contains(BOSS + ": " + occurrences + " occurrence(s) on 3 device(s)"), listed);
        assertTrue(summary.lines().count() < listed.lines().count(), summary);
        Map<String, Long> perDevice = new TreeMap<>();
        json.get(0).get("occurrences").forEach(o -> perDevice.merge(o.get("device").asText(), 1L, Long::sum));
        perDevice.forEach((device, n) -> assertTrue(summary.contains(BOSS + " on " + device + ": " + n
                + " occurrence(s)"), device + "\n" + summary));
        assertTrue(summary.contains("search --occurrences"), summary);
        assertFalse(summary.contains("source calls:"), "no line per record: " + summary);
        assertTrue(listed.contains("source calls:"), listed);
    }

    @Test
    void searchJsonHasTheReadingAndEveryOccurrenceWithItsSource() throws Exception {
        BadInputTest.Run run = run("search", "--case", caseDb, "0055 11 98765 4321", "--region", "FR", "--json");
        assertEquals(Main.OK, run.exit(), run.err());
        JsonNode values = new ObjectMapper().readTree(run.out());
        assertEquals(1, values.size());
        JsonNode boss = values.get(0);
        assertEquals("0055 11 98765 4321", boss.get("input").asText());
        assertEquals(BOSS, boss.get("key").asText());
        assertEquals("phone", boss.get("type").asText());
        assertEquals("A", boss.get("confidence").asText());
        assertEquals("idd", boss.get("rule").asText());
        Set<String> devices = new TreeSet<>();
        Map<String, Set<String>> names = new TreeMap<>();
        for (JsonNode o : boss.get("occurrences")) {
            devices.add(o.get("device").asText());
            if (!o.get("name").isNull()) {
                names.computeIfAbsent(o.get("device").asText(), d -> new TreeSet<>()).add(o.get("name").asText());
            }
            for (String field : List.of("role", "raw", "confidence", "rule", "level", "reading")) {
                assertTrue(o.hasNonNull(field), field);
            }
            JsonNode source = o.get("source");
            assertTrue(SHA256.matcher(source.get("sha256").asText()).matches(), source.toString());
            assertTrue(source.hasNonNull("parser") && source.hasNonNull("file") && source.hasNonNull("record_id"));
        }
        assertEquals(Set.of("D01-android", "D02-android", "D03-android"), devices);
        assertEquals(Map.of("D01-android", Set.of("Tio BR"), "D02-android", Set.of("Chefe"), "D03-android", Set.of("Patrão")),
                names);
        assertEquals(boss.get("occurrences").size(), boss.get("count").asInt());
    }

    @Test
    void searchShowsTheOwnerOfANumber() throws Exception {
        BadInputTest.Run run = run("search", "--case", caseDb, "+34 612 345 678", "--json");
        JsonNode occurrences = new ObjectMapper().readTree(run.out()).get(0).get("occurrences");
        List<String> owners = new ArrayList<>();
        occurrences.forEach(o -> {
            if (o.get("role").asText().equals("owner")) {
                owners.add(o.get("device").asText() + " " + o.get("source").get("src_table").asText());
            }
        });
        assertEquals(List.of("D02-android siminfo"), owners);
        String table = run("search", "--case", caseDb, "+34 612 345 678").out();
        assertTrue(Pattern.compile("(?s)on D02-android.*\\n\\s+owner\\s").matcher(table).find(), table);
    }

    @Test
    void searchSaysWhenAValueIsNowhere() throws Exception {
        BadInputTest.Run run = run("search", "--case", caseDb, "+44 20 7946 0000");
        assertEquals(Main.OK, run.exit());
        assertTrue(run.out().contains("not found in this case"), run.out());
        BadInputTest.Run json = run("search", "--case", caseDb, "+44 20 7946 0000", "--json");
        assertEquals(0, new ObjectMapper().readTree(json.out()).get(0).get("occurrences").size());
        assertTrue(json.err().contains("not found in this case: +44 20 7946 0000"), json.err());
    }

    @Test
    void searchOfAMissingCaseIsAOneLineFailure() {
        BadInputTest.Run run = run("search", "--case", tmp.resolve("nope.db").toString(), BOSS);
        assertEquals(Main.FAILURE, run.exit());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("no such case database"), run.err());
        assertFalse(Files.exists(tmp.resolve("nope.db")), "a search never creates a case");
    }

    @Test
    void timelineIsInTimeOrder() {
        BadInputTest.Run run = run("timeline", "--case", caseDb);
        assertEquals(Main.OK, run.exit(), run.err());
        List<Map<String, String>> rows = CsvRows.parse(run.out());
        assertEquals(calls() + messages(), rows.size());
        assertNonDecreasing(rows);
        assertTrue(run.err().contains("timeline: " + rows.size() + " record(s)"), run.err());
    }

    @Test
    void timelineOfOneIdentifierHasItsCallsAndMessagesOnEveryPhone() {
        List<Map<String, String>> rows = CsvRows.parse(run("timeline", "--case", caseDb, "--identifier", BOSS).out());
        assertFalse(rows.isEmpty());
        Set<String> kindsOnDevices = new TreeSet<>();
        for (Map<String, String> row : rows) {
            assertTrue(List.of(row.get("counterpart_keys").split(" \\| ")).contains(BOSS), row.toString());
            kindsOnDevices.add(row.get("device") + " " + row.get("kind"));
        }
        for (String device : List.of("D01-android", "D02-android", "D03-android")) {
            assertTrue(kindsOnDevices.contains(device + " call") && kindsOnDevices.contains(device + " sms"),
                    device + " " + kindsOnDevices);
        }
        assertNonDecreasing(rows);
    }

    @Test
    void timelineRangeBoundsIt() {
        List<Map<String, String>> rows = CsvRows.parse(run("timeline", "--case", caseDb,
                "--from", "2024-03-05", "--to", "2024-03-10T12:00:00Z").out());
        assertFalse(rows.isEmpty());
        for (Map<String, String> row : rows) {
            String t = row.get("time_utc");
            assertTrue(t.compareTo("2024-03-05") >= 0 && t.compareTo("2024-03-10T12:00:00Z") <= 0, t);
        }
        List<Map<String, String>> all = CsvRows.parse(run("timeline", "--case", caseDb).out());
        assertTrue(rows.size() < all.size());
    }

    @Test
    void timelineJsonParses() throws Exception {
        BadInputTest.Run run = run("timeline", "--case", caseDb, "--format", "json", "--device", "D03-android");
        assertEquals(Main.OK, run.exit(), run.err());
        JsonNode records = new ObjectMapper().readTree(run.out());
        assertEquals(20 + 16, records.size(), "D03's calls and messages");
        JsonNode first = records.get(0);
        for (String field : List.of("time_utc", "device", "kind", "direction", "counterparts", "source")) {
            assertTrue(first.has(field), field);
        }
        records.forEach(r -> assertEquals("D03-android", r.get("device").asText()));
    }

    @Test
    void timelineRefusesBadOptionsAsUsageErrors() {
        BadInputTest.Run badDate = run("timeline", "--case", caseDb, "--from", "01/03/2024");
        assertEquals(Main.USAGE, badDate.exit());
        assertTrue(badDate.err().contains("--from: '01/03/2024' is not a date"), badDate.err());
        assertEquals(Main.USAGE, run("timeline", "--case", caseDb, "--from", "2024-03-10", "--to", "2024-03-01").exit());
        assertEquals(Main.USAGE, run("timeline", "--case", caseDb, "--device", "D09").exit());
        assertEquals(Main.USAGE, run("timeline", "--case", caseDb, "--format", "xml").exit());
    }

    @Test
    void timelineWritesToAFile() throws Exception {
        Path file = tmp.resolve("boss.json");
        BadInputTest.Run run = run("timeline", "--case", caseDb, "--identifier", BOSS, "--format", "json",
                "--out", file.toString());
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(new ObjectMapper().readTree(file.toFile()).size() > 0);
    }

    @Test
    void triageWritesTheWholeTimelineCsvWhenAskedFor() throws Exception {
        String csv = Files.readString(out.resolve("csv").resolve(TimelineCsv.FILE_NAME));
        assertEquals(TimelineCsv.HEADER, CsvRows.header(csv));
        List<Map<String, String>> rows = CsvRows.parse(csv);
        assertEquals(calls() + messages(), rows.size());
        assertNonDecreasing(rows);
    }

    private static void assertNonDecreasing(List<Map<String, String>> rows) {
        Instant previous = Instant.MIN;
        boolean untimed = false;
        for (Map<String, String> row : rows) {
            String t = row.get("time_utc");
            if (t.isEmpty()) {
                untimed = true;
                continue;
            }
            assertFalse(untimed, "a timed record after an untimed one");
            Instant at = Instant.parse(t);
            assertFalse(at.isBefore(previous), t + " after " + previous);
            previous = at;
        }
    }

    private static long calls() {
        return count("SELECT count(*) FROM calls");
    }

    private static long messages() {
        return count("SELECT count(*) FROM messages");
    }

    private static long count(String sql) {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + caseDb);
             Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static BadInputTest.Run run(String... args) {
        return BadInputTest.Run.of(List.of(args));
    }
}
