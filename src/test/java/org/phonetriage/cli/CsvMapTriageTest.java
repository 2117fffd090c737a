package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed D09-csv image triaged through its --map, and a map that cannot be used. */
class CsvMapTriageTest {

    @TempDir
    Path tmp;

    @Test
    void theMappedCsvFilesAreAPhoneLinkedToTheNetwork() throws Exception {
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "--region", "ES", "--map", "test-images/D09-csv.map.yaml", "test-images/D02-android.zip",
                "test-images/D09-csv"));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertTrue(run.err().contains("D09-csv: llamadas_698135724.csv: 1 times do not read"), run.err());
        assertEquals(List.of("csv-export|3|4"), CaseQuery.column(tmp.resolve("out/case.db"),
                "SELECT d.platform || '|' || (SELECT count(*) FROM contacts c WHERE c.device_id = d.id) || '|'"
                        + " || (SELECT count(*) FROM calls c WHERE c.device_id = d.id) FROM devices d"
                        + " WHERE d.label = 'D09-csv'"));
        assertEquals(List.of("612 34 56 78|candidate|national", "+34 612 345 678|strong|e164",
                "612345678|candidate|national"), CaseQuery.column(tmp.resolve("out/case.db"),
                "SELECT o.raw || '|' || o.level || '|' || o.rule FROM occurrence_details o JOIN devices d"
                + " ON d.id = o.device_id WHERE d.label = 'D09-csv' AND o.key = '+34612345678' ORDER BY o.id"),
                "Diego's number in national form meets his international one; --region is a weak clue");
    }

    @Test
    void withoutTheMapTheCsvFilesAreListedNotRead() throws Exception {
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "test-images/D09-csv"));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertTrue(run.err().contains("D09-csv: nothing in this item could be parsed (2 files looked at); 2 are CSV"
                + " (contactos.csv, llamadas_698135724.csv), and CSV exports are read only through a column map: give"
                + " --map FILE (README, \"CSV exports\")"), run.err());
    }

    @Test
    void aCsvNamedOnItsOwnWithoutTheMapSaysAMapIsNeeded() throws Exception {
        Path csv = Files.copy(Path.of("test-images/D09-csv/llamadas_698135724.csv"), tmp.resolve("calls.csv"));
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                csv.toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertTrue(run.err().contains("calls: calls.csv: nothing in this item could be parsed: it is CSV, and CSV"
                + " exports are read only through a column map: give --map FILE (README, \"CSV exports\")"), run.err());
    }

    @Test
    void aMapThatNamesNoneOfTheFilesSaysSo() throws Exception {
        Path map = Files.writeString(tmp.resolve("map.yaml"), "csv:\n  - {files: \"calls_*.csv\", record: call,"
                + " columns: {number: Number}}\n");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "--map", map.toString(), "test-images/D09-csv"));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertTrue(run.err().contains("2 are CSV (contactos.csv, llamadas_698135724.csv), and no entry of the --map"
                + " file names them"), run.err());
    }

    @Test
    void aBrokenMapIsAUsageError() throws Exception {
        Path map = Files.writeString(tmp.resolve("map.yaml"), "csv:\n  - {files: \"*.csv\", record: calls}\n");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "--map", map.toString(), "test-images/D09-csv"));
        assertEquals(Main.USAGE, run.exit(), run.err());
        assertTrue(run.err().contains("--map " + map + ": csv entry 1 (*.csv): \"record\" must be one of"), run.err());
    }
}
