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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.evidence.TreeHash;

/**
 * The README's demo: triage of the committed test images (see test-images/README.md for the
 * story and the facts asserted here).
 */
class TriageTestImagesTest {

    private static final List<String> IMAGES = List.of("test-images/D01-android.tar",
            "test-images/D02-android.zip", "test-images/D03-android");

    @TempDir
    static Path tmp;
    static Path out;
    static BadInputTest.Run run;
    static JsonNode xref;
    static Map<String, String> hashesBefore;

    @BeforeAll
    static void triage() throws Exception {
        hashesBefore = imageHashes();
        out = tmp.resolve("demo");
        List<String> args = new ArrayList<>(List.of("triage", "--out", out.toString()));
        args.addAll(IMAGES);
        run = BadInputTest.Run.of(args);
        xref = new ObjectMapper().readTree(out.resolve("xref.json").toFile());
    }

    @Test
    void succeedsWithoutProblemsAndPrintsASummary() {
        assertEquals(Main.OK, run.exit(), run.err());
        assertTrue(run.err().contains("[1/3] test-images/D01-android.tar"), run.err());
        assertTrue(run.out().contains("D02-android") && run.out().contains("3 device links (3 strong"), run.out());
        for (String f : List.of("case.db", "xref.json", "report.html", "csv/devices.csv", "csv/identifiers.csv",
                "csv/links.csv", "csv/problems.csv", "graph.graphml", "i2/links.csv", "neo4j/nodes.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
    }

    @Test
    void theBulkExportsAreWrittenOnlyWhenAskedForAndLaterFromTheCase() throws Exception {
        for (String f : List.of("csv/occurrences.csv", "csv/timeline.csv", "case.jsonld")) {
            assertFalse(Files.exists(out.resolve(f)), f);
        }
        assertTrue(run.out().contains("Outputs in " + out + ": case.db, xref.json, report.html, csv/,"), run.out());
        Path later = tmp.resolve("bulk");
        BadInputTest.Run report = BadInputTest.Run.of(List.of("report", "--case", out.resolve("case.db").toString(),
                "--out", later.toString(), "--format", "occurrences,timeline,case"));
        assertEquals(Main.OK, report.exit(), report.err());
        for (String f : List.of("csv/occurrences.csv", "csv/timeline.csv", "case.jsonld")) {
            assertTrue(Files.size(later.resolve(f)) > 1000, f);
        }
        assertFalse(Files.exists(later.resolve("xref.json")));
        BadInputTest.Run wrong = BadInputTest.Run.of(List.of("report", "--case", out.resolve("case.db").toString(),
                "--out", later.toString(), "--format", "default,pdf"));
        assertEquals(Main.USAGE, wrong.exit(), wrong.err());
        assertTrue(wrong.err().contains("--format pdf: not one of"), wrong.err());
    }

    @Test
    void theReportHasAPagePerDeviceWithWhatItShares() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(3, html.split("<details class=\"device-page\">", -1).length - 1);
        assertTrue(html.contains("Tio BR"), "the boss's alias on D01's page");
    }

    @Test
    void theReportShowsPersonsFirstAndWhoReachesEachLead() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        int persons = html.indexOf("<section id=\"people\">");
        assertTrue(persons > 0 && persons < html.indexOf("<section id=\"key-players\">"), "persons come first");
        for (JsonNode p : xref.get("persons")) {
            assertTrue(html.contains("<tr id=\"" + p.get("id").asText() + "\">"), p.toString());
        }
        assertEquals(3, xref.get("persons").size(), "the three phones' owners");
        assertTrue(html.contains("not seized</strong>, reached by 3 seized"), "the boss, whom all three phones reach");
        assertTrue(html.contains("<section id=\"borders\">"));
    }

    @Test
    void devicesHaveTheirRegionOwnersAndCounts() {
        JsonNode d = xref.get("devices");
        assertEquals(3, d.size());
        String[][] expected = {
            {"D01-android", "FR", "+33612345678", "iccid:89330124030001234569", "11", "21", "15",
                "email:rafa.teixeira.d01@example.com"},
            {"D02-android", "ES", "+34612345678", "iccid:89340724030006543215", "10", "19", "12",
                "email:diego.moura.d02@example.com"},
            {"D03-android", "PT", "+351912345678", "iccid:89351012403009876544", "11", "20", "16",
                "email:thiago.ferreira.d03@example.com"},
        };
        for (int i = 0; i < 3; i++) {
            JsonNode dev = d.get(i);
            assertEquals(expected[i][0], dev.get("label").asText());
            assertEquals("android", dev.get("platform").asText());
            assertEquals(expected[i][1], dev.get("home_region").asText());
            assertEquals("sim-mcc", dev.get("region_basis").asText());
            List<String> owners = new ArrayList<>();
            dev.get("owner_identifiers").forEach(o -> owners.add(o.get("key").asText()));
            assertEquals(List.of(expected[i][2], expected[i][7], expected[i][3]), owners,
                    "the SIM's number and ICCID, and the Google account (contacts2.db accounts)");
            assertEquals(Integer.parseInt(expected[i][4]), dev.get("counts").get("contacts").asInt());
            assertEquals(Integer.parseInt(expected[i][5]), dev.get("counts").get("calls").asInt());
            assertEquals(Integer.parseInt(expected[i][6]), dev.get("counts").get("messages").asInt());
            assertEquals(64, dev.get("evidence").get(0).get("sha256").asText().length());
        }
    }

    @Test
    void theUnseizedBossIsOnEveryPhoneUnderThreeNames() {
        JsonNode boss = identifier("+5511987654321");
        assertEquals(0, boss.get("owner_of").size(), "nobody seized owns the boss's number");
        assertEquals(3, boss.get("devices").size());
        assertEquals(List.of("Tio BR", "Chefe", "Patrão"), List.of(
                boss.get("devices").get(0).get("names").get(0).asText(),
                boss.get("devices").get(1).get("names").get(0).asText(),
                boss.get("devices").get(2).get("names").get(0).asText()));
        assertTrue(boss.get("devices").get(0).get("raw").toString().contains("0055 11 98765 4321"));
        boss.get("devices").forEach(dev -> assertEquals("strong", dev.get("level").asText()));
    }

    @Test
    void everyPairOfSeizedPhonesIsLinkedThroughItsOwnersNumbers() {
        JsonNode links = xref.get("device_links");
        assertEquals(3, links.size());
        JsonNode first = links.get(0);
        assertEquals("[\"D01-android\",\"D02-android\"]", first.get("devices").toString());
        assertEquals("strong", first.get("level").asText());
        assertEquals("[\"+33612345678\",\"+34612345678\"]", first.get("via").toString());
        assertTrue(first.get("calls").asInt() > 0 && first.get("messages").asInt() > 0);
    }

    @Test
    void nationalAndInternationalFormsMeetOnOneKey() {
        // Marcos: "07 56 98 31 42" on the French phone, "+33 7 56 98 31 42" on the Spanish one
        JsonNode marcos = identifier("+33756983142");
        assertEquals("national", marcos.get("devices").get(0).get("rule").asText());
        assertEquals("e164", marcos.get("devices").get(1).get("rule").asText());
    }

    @Test
    void everyRecordKeepsItsProvenanceAndRawValue() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement st = db.createStatement()) {
            assertEquals(1, scalar(st, "PRAGMA user_version"));
            assertEquals(3, scalar(st, "SELECT count(*) FROM devices WHERE libphonenumber = '9.0.23'"),
                    "each device records the metadata its numbers were read with");
            for (String table : List.of("contacts", "calls", "messages", "sims")) {
                assertEquals(0, scalar(st, "SELECT count(*) FROM " + table + " r LEFT JOIN parser_runs p ON p.id = r.run_id"
                        + " LEFT JOIN evidence_files f ON f.id = p.file_id LEFT JOIN evidence_items e ON e.id = f.item_id"
                        + " WHERE p.parser_id IS NULL OR length(f.sha256) <> 64 OR e.path IS NULL OR r.src_row IS NULL"),
                        table + " rows without full provenance");
            }
            assertEquals(3, scalar(st, "SELECT count(*) FROM contacts WHERE deleted = 1"), "deleted contacts kept, flagged");
            assertEquals(0, scalar(st, "SELECT count(*) FROM occurrence_details WHERE raw IS NULL OR raw = ''"));
            assertEquals(3, scalar(st, "SELECT count(*) FROM calls c WHERE NOT EXISTS (SELECT 1 FROM occurrences o"
                    + " WHERE o.record_table = 'calls' AND o.record_id = c.id)"),
                    "the withheld-number call of each phone is kept, though it gives no identifier");
        }
    }

    @Test
    void outputIsDeterministicAndEvidenceUnchanged() throws Exception {
        Path again = tmp.resolve("again");
        List<String> args = new ArrayList<>(List.of("triage", "--out", again.toString()));
        args.addAll(IMAGES);
        assertEquals(Main.OK, BadInputTest.Run.of(args).exit());
        String a = Files.readString(out.resolve("xref.json")).replaceAll("\"generated_at\"\\s*:\\s*\"[^\"]+\"", "");
        String b = Files.readString(again.resolve("xref.json")).replaceAll("\"generated_at\"\\s*:\\s*\"[^\"]+\"", "");
        assertEquals(a, b);
        assertEquals(hashesBefore, imageHashes());
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("verify", "--case", out.resolve("case.db").toString())).exit());
    }

    private static JsonNode identifier(String key) {
        for (JsonNode i : xref.get("identifiers")) {
            if (i.get("key").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError(key + " not listed");
    }

    private static long scalar(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, String> imageHashes() throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (var files = Files.walk(Path.of("test-images"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                hashes.put(f.toString(), TreeHash.sha256(f));
            }
        }
        return hashes;
    }
}
