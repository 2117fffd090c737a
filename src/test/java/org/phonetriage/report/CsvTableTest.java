package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @Test
    void quotesFieldsWithCommaQuoteOrNewlineAndDoublesInnerQuotes() throws IOException {
        String csv = table(List.of("a", "b", "c", "d"),
                new Object[] {"plain", "Smith, John", "say \"hi\"", "two\nlines"});
        assertEquals("a,b,c,d\nplain,\"Smith, John\",\"say \"\"hi\"\"\",\"two\nlines\"\n", csv);
    }

    @Test
    void nullIsAnEmptyFieldAndNumbersAreWrittenAsIs() throws IOException {
        assertEquals("a,b,c\n,-5,0.5\n",
                table(List.of("a", "b", "c"), new Object[] {null, -5L, 0.5}));
    }

    @Test
    void guardsEveryFreeTextThatCouldBeAFormula() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CsvField.guardFormula("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'@SUM(A1:A9)", CsvField.guardFormula("@SUM(A1:A9)"));
        assertEquals("'+cmd|' /C calc'!A0", CsvField.guardFormula("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", CsvField.guardFormula("-2+3"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", CsvField.guardFormula("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'\t=1+1", CsvField.guardFormula("\t=1+1"));
        assertEquals("'\r=1+1", CsvField.guardFormula("\r=1+1"));
        assertEquals("'+Chef", CsvField.guardFormula("+Chef"));
        assertEquals("'+33 6 12-34-56.78", CsvField.guardFormula("+33 6 12-34-56.78"), "arithmetic to a sheet");
        assertEquals("'+33612345678;+5511987654321", CsvField.guardFormula("+33612345678;+5511987654321"));
        assertEquals("'=", CsvField.guardFormula("="));
    }

    @Test
    void leavesPlainNumbersLoneSignsAndOrdinaryTextExact() {
        for (String text : List.of("+5511987654321", "-12", "-0.5", "+", "-", "email:alice@example.org",
                "Rafa = boss", "*#06#", "0612345678", "")) {
            assertEquals(text, CsvField.guardFormula(text));
        }
        assertEquals("'-.5", CsvField.guardFormula("-.5"));
        assertEquals("'+1.", CsvField.guardFormula("+1."));
    }

    @Test
    void identifierColumnsKeepKeysExactAndGuardWhatIsNoKey() throws IOException {
        String csv = table(List.of("keys", "name"), List.of("keys"),
                new Object[] {"+33612345678;iccid:89330124030001234569;imei:356789104567902", "+33612345678;x"},
                new Object[] {"+34612345678 | 0034 612 | invalid:+999", "-2+3"},
                new Object[] {"+351912345678", "+cmd|' /C calc'!A0"},
                new Object[] {"short:FR:36179", "@SUM(1)"},
                new Object[] {"+33612345678 | app:telegram:=x | wa-group:1203@g.us", "=HYPERLINK(\"x\")"},
                new Object[] {"+33612345678;=cmd|' /C calc'!A0", null},
                new Object[] {"=cmd|' /C calc'!A0", null},
                new Object[] {"-2+3", null},
                new Object[] {"+Chef", null});
        assertEquals(String.join("\n", "keys,name",
                "+33612345678;iccid:89330124030001234569;imei:356789104567902,'+33612345678;x",
                "'+34612345678 | 0034 612 | invalid:+999,'-2+3",
                "+351912345678,'+cmd|' /C calc'!A0",
                "short:FR:36179,'@SUM(1)",
                "+33612345678 | app:telegram:=x | wa-group:1203@g.us,\"'=HYPERLINK(\"\"x\"\")\"",
                "'+33612345678;=cmd|' /C calc'!A0,",
                "'=cmd|' /C calc'!A0,",
                "'-2+3,",
                "'+Chef,", ""), csv);
    }

    @Test
    void refusesAnIdentifierColumnTheHeaderLacks() {
        assertThrows(IllegalArgumentException.class,
                () -> new CsvTable(new StringWriter(), List.of("a"), List.of("key")));
    }

    @Test
    void headerIsWrittenWithNoRows() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvTable table = new CsvTable(out, List.of("evidence", "path", "reason"))) {
            assertEquals(0, table.rowCount());
        }
        assertEquals("evidence,path,reason\n", out.toString());
    }

    @Test
    void fileIsUtf8AndLoneSurrogatesBecomeReplacementCharacters(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("t.csv");
        try (CsvTable table = CsvTable.create(file, "name")) {
            table.row("Zo\u00EB \uD83D");
            table.row((Object) null);
            table.commit();
        }
        assertEquals("name\nZo\u00EB \uFFFD\n\"\"\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void refusesRowsOfTheWrongWidth() throws IOException {
        try (CsvTable table = new CsvTable(new StringWriter(), List.of("a", "b"))) {
            assertThrows(IllegalArgumentException.class, () -> table.row("only one"));
        }
    }

    @Test
    void withoutTheGuardEveryCellIsExactAndOnlyQuoted() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvTable table = new CsvTable(out, List.of("key", "name", "n"), List.of("key")).formulaGuard(false)) {
            table.row("-2+3", "=HYPERLINK(\"http://x\",\"y\")", 7L);
            table.row("+33612345678", "@Boss", null);
        }
        assertEquals("key,name,n\n-2+3,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",7\n+33612345678,@Boss,\n",
                out.toString());
    }

    private static String table(List<String> header, Object[]... rows) throws IOException {
        return table(header, List.of(), rows);
    }

    private static String table(List<String> header, List<String> identifierColumns, Object[]... rows)
            throws IOException {
        StringWriter out = new StringWriter();
        try (CsvTable table = new CsvTable(out, header, identifierColumns)) {
            for (Object[] row : rows) {
                table.row(row);
            }
        }
        return out.toString();
    }
}
