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
    void guardsFormulasButLeavesPhoneNumbersExact() {
        assertEquals("'=HYPERLINK(\"x\")", CsvField.guardFormula("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", CsvField.guardFormula("@SUM(A1)"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", CsvField.guardFormula("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'+Chef", CsvField.guardFormula("+Chef"));
        assertEquals("+5511987654321", CsvField.guardFormula("+5511987654321"));
        assertEquals("+33 6 12-34-56.78", CsvField.guardFormula("+33 6 12-34-56.78"));
        assertEquals("+33612345678;+5511987654321",
                CsvField.guardFormula("+33612345678;+5511987654321"));
        assertEquals("-12", CsvField.guardFormula("-12"));
        assertEquals("email:alice@example.org", CsvField.guardFormula("email:alice@example.org"));
        assertEquals("'+", CsvField.guardFormula("+"));
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
        }
        assertEquals("name\nZo\u00EB \uFFFD\n\"\"\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void refusesRowsOfTheWrongWidth() throws IOException {
        try (CsvTable table = new CsvTable(new StringWriter(), List.of("a", "b"))) {
            assertThrows(IllegalArgumentException.class, () -> table.row("only one"));
        }
    }

    private static String table(List<String> header, Object[]... rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CsvTable table = new CsvTable(out, header)) {
            for (Object[] row : rows) {
                table.row(row);
            }
        }
        return out.toString();
    }
}
