package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive inside an item is not opened (each item is one device): it is never passed over in
 * silence — the item's problem names it and unread.csv lists it, saying how to read it.
 */
class NestedArchiveTest {

    @TempDir
    Path tmp;

    @Test
    void aZipInsideAFolderItemIsNamedAsUnread() throws Exception {
        Path item = Files.createDirectories(tmp.resolve("handed-over/phones"));
        Files.copy(Path.of("test-images/D02-android.zip"), item.resolve("D02-android.zip"));
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(),
                tmp.resolve("handed-over").toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertTrue(run.err().contains("nothing in this item could be parsed (1 files looked at); 1 is an archive"
                + " (phones/D02-android.zip), which is not opened inside an item: name each as an evidence item of its"
                + " own"), run.err());
        String unread = Files.readString(out.resolve("csv/unread.csv"));
        assertTrue(unread.contains("phones/D02-android.zip,archive,") && unread.contains("not opened inside an item"),
                unread);
        assertTrue(run.out().contains("handed-over: 1 file not read (1 archive)"), run.out());
    }
}
