package org.phonetriage.parsers.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.sqlite.CollectingSink;

/** CSV exports through a --map: the committed D09-csv image and its map, and broken maps. */
class MappedCsvParserTest {

    private static final Path D09 = Path.of("test-images/D09-csv");
    private static final Path MAP = Path.of("test-images/D09-csv.map.yaml");

    @Test
    void operatorCallRecordsWithSpanishColumnsAndLocalTimes() throws IOException {
        CollectingSink sink = parse("llamadas_698135724.csv");
        assertEquals(4, sink.calls.size());
        var first = sink.calls.get(0);
        assertEquals("0055 11 98765 4321|outgoing|252|2024-03-11T19:05:00Z", first.number() + "|" + first.direction()
                + "|" + first.durationSeconds() + "|" + first.time().iso(), "Madrid time, one hour ahead of UTC");
        assertEquals("missed", sink.calls.get(2).direction());
        assertNull(sink.calls.get(3).time().utc(), "25:10 is no time");
        assertEquals("13/03/2024 25:10:00", sink.calls.get(3).time().raw());
        assertTrue(sink.problems.get(0).reason().startsWith("1 times do not read as \"dd/MM/yyyy HH:mm:ss\""));
        assertEquals(2L, first.provenance().rowId(), "the line of the record, the header being line 1");
    }

    @Test
    void aGoogleContactsExportWithABomAndQuotedCommas() throws IOException {
        CollectingSink sink = parse("contactos.csv");
        assertEquals(3, sink.contacts.size());
        assertEquals("Jefe", sink.contacts.get(0).name(), "the byte-order mark is not part of the first column");
        assertEquals("Diego, Madrid", sink.contacts.get(1).name());
        assertEquals(List.of("phone 612 34 56 78", "phone +34 612 345 678", "email diego.moura.d02@example.com"),
                sink.contacts.get(1).values().stream().map(v -> v.kind() + " " + v.raw()).toList());
    }

    @Test
    void aColumnTheHeaderLacksIsNamed(@TempDir Path tmp) throws IOException {
        Path map = Files.writeString(tmp.resolve("map.yaml"), "csv:\n  - files: \"*.csv\"\n    record: call\n"
                + "    columns: {number: Numero, time: Fecha}\n");
        IOException e = assertThrows(IOException.class, () -> new MappedCsvParser(CsvMap.load(map)).parse(
                new ByteArrayInputStream("Fecha,Number\n1,2\n".getBytes(StandardCharsets.UTF_8)),
                new FileParser.Source("t", "x.csv"), new CollectingSink()));
        assertEquals("the map names column \"Numero\" (number) but the header has [Fecha, Number]", e.getMessage());
    }

    @Test
    void mapMistakesAreNamedWhenLoaded(@TempDir Path tmp) throws IOException {
        assertEquals(tmp.resolve("a.yaml") + ": csv entry 1 (*.csv): unknown field \"phones\" (fields: ",
                message(tmp, "a.yaml", "csv:\n  - {files: \"*.csv\", record: contact, columns: {phones: Tel}}\n")
                        .replaceAll("\\(fields: .*", "(fields: "));
        assertTrue(message(tmp, "b.yaml", "csv:\n  - {files: \"*.csv\", record: sms, columns: {body: T}}\n")
                .contains("\"record\" must be one of"));
        assertTrue(message(tmp, "c.yaml", "csv:\n  - {files: \"*.csv\", record: call, columns: {time: T},"
                + " time_format: \"dd/MM/yyyy {x}\"}\n").contains("csv entry 1 (*.csv): Pattern includes reserved character"));
        assertTrue(message(tmp, "d.yaml", "other: 1\n").contains("Unrecognized field \"other\""));
    }

    @Test
    void globsMatchFileNamesWhateverTheirStars() {
        assertTrue(entry("*llamadas*.csv").matches("export/LLAMADAS_2024.csv"));
        assertTrue(entry("llamad****as_*.csv").matches("llamadas_1.csv"));
        assertTrue(entry("a\\**.csv").matches("a*b.csv"));
        assertFalse(entry("a\\**.csv").matches("ab.csv"));
        assertFalse(entry("*.csv").matches("a\0b.csv"));
        // 200 stars were once 200 regex groups that backtracked for minutes on a name that does not match
        assertFalse(entry("llamad" + "*".repeat(200) + "as_*.csv").matches("llamadxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.txt"));
    }

    private static CsvMap.Entry entry(String files) {
        return new CsvMap.Entry(files, "call", null, null, null, null, java.util.Map.of("number", "N"), null);
    }

    private static String message(Path tmp, String name, String yaml) throws IOException {
        Path map = Files.writeString(tmp.resolve(name), yaml);
        return assertThrows(IOException.class, () -> CsvMap.load(map)).getMessage();
    }

    private static CollectingSink parse(String file) throws IOException {
        CollectingSink sink = new CollectingSink();
        try (InputStream in = Files.newInputStream(D09.resolve(file))) {
            new MappedCsvParser(CsvMap.load(MAP)).parse(in, new FileParser.Source("t", file), sink);
        }
        return sink;
    }
}
