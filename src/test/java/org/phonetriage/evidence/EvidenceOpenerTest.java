package org.phonetriage.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceOpenerTest {

    @TempDir
    Path tmp;

    @Test
    void missingItemNamesThePath() {
        Path missing = tmp.resolve("D09-missing.zip");
        EvidenceException e = assertThrows(EvidenceException.class,
                () -> EvidenceOpener.open(missing, null, tmp, null));
        assertEquals(missing + ": no such file or folder", e.getMessage());
        assertEquals(missing, e.item());
    }

    @Test
    void unsupportedFileIsRefused() throws Exception {
        Path junk = tmp.resolve("notes.txt");
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Files.write(junk, bytes);
        EvidenceException e = assertThrows(EvidenceException.class,
                () -> EvidenceOpener.open(junk, null, tmp, null));
        assertEquals(junk + ": not a folder, zip, tar archive, Android backup, SIM dump"
                + " (.script, fsdump or simdump JSON), vCard file (.vcf), exported report (.xml) or CSV export (.csv)", e.getMessage());
    }

    @Test
    void labelStripsArchiveExtensionsOnly() throws Exception {
        assertEquals("D01-android", EvidenceOpener.labelFor(Path.of("/x/D01-android.tar.gz")));
        assertEquals("SIM-07", EvidenceOpener.labelFor(Path.of("/x/SIM-07.simdump.json")));
        assertEquals("SIM-08", EvidenceOpener.labelFor(Path.of("/x/SIM-08.script")));
        assertEquals("notes.json", EvidenceOpener.labelFor(Path.of("/x/notes.json")));
        assertEquals("contacts-maria", EvidenceOpener.labelFor(Path.of("/x/contacts-maria.vcf")));
        assertEquals("D01-android", EvidenceOpener.labelFor(Path.of("D01-android.TGZ")));
        assertEquals("D01", EvidenceOpener.labelFor(Path.of("D01.tar")));
        assertEquals("D01", EvidenceOpener.labelFor(Path.of("D01.zip")));
        assertEquals("D01.gz", EvidenceOpener.labelFor(Path.of("D01.gz")));
        assertEquals(".zip", EvidenceOpener.labelFor(Path.of(".zip")));
        Path folder = Files.createDirectories(tmp.resolve("case.zip"));
        assertEquals("case.zip", EvidenceOpener.labelFor(folder), "a folder keeps its name");
    }

    @Test
    void givenLabelWins() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("extraction"));
        try (EvidenceTree tree = EvidenceOpener.open(folder, "D05", tmp, null)) {
            assertEquals("D05", tree.label());
        }
    }

    @Test
    void archivesAreRecognisedByContentWhateverTheirName() throws Exception {
        Path tgz = tmp.resolve("upload.dat");
        try (Fixtures.Tar t = new Fixtures.Tar(tgz, true)) {
            t.file("a.txt", "a");
        }
        Path tar = tmp.resolve("upload.zip"); // a tar misnamed as zip
        try (Fixtures.Tar t = new Fixtures.Tar(tar, false)) {
            t.file("b.txt", "b");
        }
        try (EvidenceTree tree = EvidenceOpener.open(tgz, null, tmp.resolve("w"), null)) {
            assertEquals("tar.gz", tree.format());
            assertEquals("a", Fixtures.read(tree, "a.txt"));
        }
        try (EvidenceTree tree = EvidenceOpener.open(tar, null, tmp.resolve("w"), null)) {
            assertEquals("tar", tree.format());
            assertEquals("b", Fixtures.read(tree, "b.txt"));
        }
    }

    @Test
    void emptyTarFallsBackToItsExtension() throws Exception {
        Path tar = tmp.resolve("empty.tar");
        new Fixtures.Tar(tar, false).close();
        try (EvidenceTree tree = EvidenceOpener.open(tar, null, tmp.resolve("w"), null)) {
            assertEquals("tar", tree.format());
            assertTrue(tree.entries().isEmpty());
        }
    }
}
