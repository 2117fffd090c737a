package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong --out is a usage error that names it and the reason, before any evidence is read. */
class OutputFolderTest {

    private static final String ITEM = "test-images/D03-android";

    @TempDir
    Path tmp;

    private static BadInputTest.Run triage(Path out) {
        return BadInputTest.Run.of(List.of("triage", "--out", out.toString(), "--quiet", ITEM));
    }

    @Test
    void aFileIsNotAnOutputFolder() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "the examiner's notes");
        BadInputTest.Run run = triage(file);
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("--out " + file + " is a file; it must name a folder"), run.err());
        assertEquals("the examiner's notes", Files.readString(file));
    }

    @Test
    void aFolderHoldingOtherFilesIsNotWrittenInto() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(out.resolve("other-case.pdf"), "x");
        BadInputTest.Run run = triage(out);
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("--out " + out + " is not empty and holds no phonetriage case"), run.err());
        assertEquals(List.of("other-case.pdf"), Files.list(out).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aFolderThatCannotBeMadeIsNamedWithTheReason() {
        Path out = tmp.resolve("missing-parent-is-a-file");
        BadInputTest.Run run = triage(out.resolve("sub"));
        assertEquals(Main.OK, run.exit(), "a new folder under a new folder is made: " + run.err());
        Path under = tmp.resolve("missing-parent-is-a-file/sub/case.db/x");
        BadInputTest.Run bad = triage(under);
        assertEquals(Main.USAGE, bad.exit());
        assertTrue(bad.err().contains("--out " + under + ": cannot write there"), bad.err());
    }

    @Test
    void aReadOnlyFolderIsNamedNotASqliteError() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write in a read-only folder");
        Path out = Files.createDirectories(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        BadInputTest.Run run = triage(out);
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("--out " + out + ": cannot write there (permission denied)"), run.err());
        assertFalse(run.err().contains("SQLITE"), run.err());
    }

    @Test
    void aFolderLeftWithOnlyTheWorkFolderOfAKilledRunIsUsed() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("killed-early/.phonetriage-work/device-1"));
        BadInputTest.Run run = triage(out.getParent().getParent());
        assertEquals(Main.OK, run.exit(), run.err());
        assertFalse(Files.exists(out.getParent()), "the stale work folder is removed");
    }
}
