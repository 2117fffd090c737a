package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device read from a wrong path is read again (ingest --replace) or removed (remove), and the
 * case is then what it would have been had the mistake never happened.
 */
class CaseMaintenanceTest {

    @TempDir
    Path tmp;

    private String xref(Path caseFile, String name) throws Exception {
        Path file = tmp.resolve(name);
        BadInputTest.Run run = BadInputTest.Run.of(List.of("xref", "--case", caseFile.toString(), "--out",
                file.toString()));
        assertEquals(Main.OK, run.exit(), run.err());
        return ItemOrderTest.xrefWithoutTime(file);
    }

    private static BadInputTest.Run ingest(Path caseFile, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("ingest", "--case", caseFile.toString(), "--quiet"));
        all.addAll(List.of(args));
        return BadInputTest.Run.of(all);
    }

    @Test
    void aDeviceReadFromATypoedPathIsReadAgainWithReplace() throws Exception {
        Path good = tmp.resolve("good.db");
        assertEquals(Main.OK, ingest(good, "test-images/D01-android.tar", "test-images/D03-android").exit());

        Path fixed = tmp.resolve("fixed.db");
        assertEquals(Main.OK, ingest(fixed, "test-images/D01-android.tar").exit());
        BadInputTest.Run typo = ingest(fixed, "--label", "D03-android", "test-images/D03-andriod");
        assertEquals(Main.USAGE, typo.exit(), "a path that does not exist is refused before anything is read");
        BadInputTest.Run wrong = ingest(fixed, "--label", "D03-android", "test-images/README.md");
        assertEquals(Main.PROBLEMS, wrong.exit(), "a device with a problem, nothing in it");
        BadInputTest.Run refused = ingest(fixed, "test-images/D03-android");
        assertEquals(Main.PROBLEMS, refused.exit());
        assertTrue(refused.err().contains("ingest --replace D03-android"), refused.err());

        BadInputTest.Run replaced = ingest(fixed, "--replace", "D03-android", "test-images/D03-android");
        assertEquals(Main.OK, replaced.exit(), replaced.err());
        assertEquals(xref(good, "good.json"), xref(fixed, "fixed.json"));
    }

    @Test
    void replacingADeviceTheCaseDoesNotHoldIsAUsageError() throws Exception {
        Path caseFile = tmp.resolve("case.db");
        assertEquals(Main.OK, ingest(caseFile, "test-images/D01-android.tar").exit());
        BadInputTest.Run run = ingest(caseFile, "--replace", "D03-androi", "test-images/D03-android");
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("--replace D03-androi: no such device in " + caseFile + " (devices: D01-android)"),
                run.err());
    }

    @Test
    void aRemovedDeviceLeavesTheCaseAsIfItHadNeverBeenThere() throws Exception {
        Path two = tmp.resolve("two.db");
        assertEquals(Main.OK, ingest(two, "test-images/D01-android.tar", "test-images/D02-android.zip").exit());
        Path three = tmp.resolve("three.db");
        assertEquals(Main.OK, ingest(three, "test-images/D01-android.tar", "test-images/D03-android",
                "test-images/D02-android.zip").exit());
        BadInputTest.Run removed = BadInputTest.Run.of(List.of("remove", "--case", three.toString(), "D03-android"));
        assertEquals(Main.OK, removed.exit(), removed.err());
        assertTrue(removed.err().contains("Removed D03-android"), removed.err());
        assertEquals(xref(two, "two.json"), xref(three, "three.json"));

        BadInputTest.Run unknown = BadInputTest.Run.of(List.of("remove", "--case", three.toString(), "D09"));
        assertEquals(Main.USAGE, unknown.exit());
        assertTrue(unknown.err().contains("no device D09 in " + three), unknown.err());
    }
}
