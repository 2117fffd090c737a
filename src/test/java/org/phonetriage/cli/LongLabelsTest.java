package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;
import org.phonetriage.progress.ScreenText;

/**
 * Two real pySim-shell exports named on their own: their labels are their file names (60 and 77
 * characters), shortened on the console only.
 */
class LongLabelsTest {

    private static final String DIR = "osmocom__pysim/tests/card_sanitizer/";
    private static final String LONG = "card_backup_3b9f95801fc78031e073f62113674d4516004301008f_89445310150011013678";
    private static final String SHORTER = "card_backup_3b9a940092027593110001020221_1122334455667788990";

    @TempDir
    Path tmp;

    @Test
    void theConsoleShortensLabelsTheOutputsKeepThemWhole() throws Exception {
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(),
                RealData.path(DIR + LONG + ".script").toString(), RealData.path(DIR + SHORTER + ".script").toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());

        List<String> table = run.out().lines().filter(l -> l.startsWith("DEVICE") || l.startsWith("card_")).toList();
        assertEquals(3, table.size(), run.out());
        int platform = table.get(0).indexOf("PLATFORM");
        int problems = table.get(0).indexOf("PROBLEMS");
        for (String row : table.subList(1, 3)) {
            assertEquals(platform, row.indexOf("sim "), "columns line up: " + row);
            assertEquals(problems + "PROBLEMS".length(), row.length(), "columns line up: " + row);
        }
        // devices in label order, as xref.json lists them
        assertTrue(table.get(1).startsWith(ScreenText.label(SHORTER) + " "), table.get(1));
        assertTrue(table.get(2).startsWith("card_backu\u2026" + "45310150011013678 "), table.get(2));
        for (String label : List.of(LONG, SHORTER)) {
            assertFalse(run.out().contains(label), run.out());
            assertFalse(run.err().contains(label), run.err());
            assertTrue(run.err().contains("  -> " + ScreenText.label(label) + ": "), run.err());
        }

        assertEquals(List.of(LONG, SHORTER), CaseQuery.column(out.resolve("case.db"), "SELECT label FROM devices ORDER BY id"));
        String xref = Files.readString(out.resolve("xref.json"));
        String devices = Files.readString(out.resolve("csv/devices.csv"));
        for (String label : List.of(LONG, SHORTER)) {
            assertTrue(xref.contains("\"label\": \"" + label + "\""), label);
            assertTrue(devices.contains("\n" + label + ",sim,"), devices);
        }
    }
}
