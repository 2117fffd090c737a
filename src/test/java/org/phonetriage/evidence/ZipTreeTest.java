package org.phonetriage.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phonetriage.evidence.FolderTreeTest.assertProblem;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipTreeTest {

    /** Small enough to keep the tests quick; the ratio limit is the default 200:1. */
    private static final ExtractionLimits SMALL =
            new ExtractionLimits(512 * ExtractionLimits.MIB, 256 * ExtractionLimits.MIB, 200,
                    ExtractionLimits.MIB, 1000);

    @TempDir
    Path tmp;

    private EvidenceTree open(Path zip) throws EvidenceException {
        return EvidenceOpener.open(zip, null, tmp.resolve("work"), SMALL);
    }

    private static List<String> paths(EvidenceTree tree) {
        return tree.entries().stream().map(EvidenceEntry::path).toList();
    }

    @Test
    void normalEntriesAreListedAndReadable() throws Exception {
        Path zip = tmp.resolve("D03-export.zip");
        try (Fixtures.Zip z = new Fixtures.Zip(zip)) {
            z.file("b/contacts.vcf", "BEGIN:VCARD").file("a.txt", "hello").file("b/", "");
        }
        try (EvidenceTree tree = open(zip)) {
            assertEquals("zip", tree.format());
            assertEquals("D03-export", tree.label());
            assertEquals(List.of("a.txt", "b/contacts.vcf"), paths(tree));
            assertEquals("hello", Fixtures.read(tree, "a.txt"));
            assertEquals(5, tree.find("a.txt").orElseThrow().size());
            assertTrue(tree.problems().isEmpty());
        }
    }

    @Test
    void unsafeAndOddNamesAreRefusedOrCleaned() throws Exception {
        Path zip = tmp.resolve("names.zip");
        try (Fixtures.Zip z = new Fixtures.Zip(zip)) {
            z.file("../evil.txt", "evil")
             .file("docs/../../evil2.txt", "evil")
             .file("/private/var/mobile/x.db", "db")
             .file("C:\\Users\\joe\\notes.txt", "win")
             .file("dup.txt", "first")
             .file("./dup.txt", "second")
             .file("ok.txt", "ok");
        }
        try (EvidenceTree tree = open(zip)) {
            assertEquals(List.of("Users/joe/notes.txt", "dup.txt", "ok.txt",
                    "private/var/mobile/x.db"), paths(tree));
            assertEquals("db", Fixtures.read(tree, "private/var/mobile/x.db"));
            assertEquals("first", Fixtures.read(tree, "dup.txt"));
            assertProblem(tree, "../evil.txt", "'..'");
            assertProblem(tree, "docs/../../evil2.txt", "'..'");
            assertProblem(tree, "./dup.txt", "duplicate");
        }
    }

    @Test
    void symlinkEntriesAreSkipped() throws Exception {
        Path zip = tmp.resolve("links.zip");
        try (Fixtures.Zip z = new Fixtures.Zip(zip)) {
            z.symlink("data/out", "../../etc/passwd")
             .symlink("data/abs", "/etc/passwd")
             .symlink("data/in", "real.txt")
             .file("data/real.txt", "real");
        }
        try (EvidenceTree tree = open(zip)) {
            assertEquals(List.of("data/real.txt"), paths(tree));
            assertProblem(tree, "data/out", "link leaves the evidence tree");
            assertProblem(tree, "data/abs", "link leaves the evidence tree");
            assertProblem(tree, "data/in", "inside the evidence tree");
        }
    }

    @Test
    void zipBombIsRefusedAtListingAndTheRestStillReads() throws Exception {
        Path zip = tmp.resolve("bomb.zip");
        try (Fixtures.Zip z = new Fixtures.Zip(zip)) {
            z.file("before.txt", "before").zeros("bomb.bin", 200 * ExtractionLimits.MIB)
             .file("after.txt", "after");
        }
        assertTrue(Files.size(zip) < 2 * ExtractionLimits.MIB, "fixture is a real bomb");
        try (EvidenceTree tree = open(zip)) {
            assertEquals(List.of("after.txt", "before.txt"), paths(tree));
            assertProblem(tree, "bomb.bin", "zip bomb");
            assertProblem(tree, "bomb.bin", "expands beyond the limit");
            assertEquals("after", Fixtures.read(tree, "after.txt"));
        }
    }

    @Test
    void entryLargerThanThePerEntryLimitIsRefused() throws Exception {
        Path zip = tmp.resolve("big.zip");
        try (Fixtures.Zip z = new Fixtures.Zip(zip)) {
            z.zeros("big.bin", 3 * ExtractionLimits.MIB).file("small.txt", "small");
        }
        ExtractionLimits limits = new ExtractionLimits(ExtractionLimits.GIB, ExtractionLimits.MIB,
                100_000, ExtractionLimits.MIB, 1000);
        try (EvidenceTree tree = EvidenceOpener.open(zip, null, tmp, limits)) {
            assertEquals(List.of("small.txt"), paths(tree));
            assertProblem(tree, "big.bin", "per entry");
        }
    }

    @Test
    void headerThatLiesAboutItsSizeIsCutOffWhileStreaming() throws Exception {
        Path zip = tmp.resolve("liar.zip");
        try (Fixtures.Zip z = new Fixtures.Zip(zip)) {
            z.zeros("liar.bin", 200 * ExtractionLimits.MIB).file("fine.txt", "0123456789");
        }
        Fixtures.lieAboutSizes(zip, 10); // every entry now claims 10 bytes
        try (EvidenceTree tree = open(zip)) {
            EvidenceEntry liar = tree.find("liar.bin").orElseThrow();
            assertEquals(10, liar.size());
            LimitExceededException e = assertThrows(LimitExceededException.class, () -> {
                try (InputStream in = tree.open(liar)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            });
            assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
            assertProblem(tree, "liar.bin", "declared size");
            // remembered: a second attempt fails at once, and only one problem is recorded
            assertThrows(LimitExceededException.class, () -> tree.open(liar).read());
            assertEquals(1, tree.problems().size());
            assertEquals("0123456789", Fixtures.read(tree, "fine.txt"));
        }
    }

    @Test
    void zip64ArchivesAreRead() throws Exception {
        Path zip = tmp.resolve("z64.zip");
        try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream out =
                     new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(zip)) {
            out.setUseZip64(org.apache.commons.compress.archivers.zip.Zip64Mode.Always);
            out.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("a"));
            out.write(Fixtures.utf8("sixty-four"));
            out.closeArchiveEntry();
        }
        try (EvidenceTree tree = open(zip)) {
            assertEquals("sixty-four", Fixtures.read(tree, "a"));
        }
    }

    @Test
    void truncatedZipThrowsEvidenceExceptionNamingTheItem() throws Exception {
        Path zip = tmp.resolve("cut.zip");
        try (Fixtures.Zip z = new Fixtures.Zip(zip)) {
            for (int i = 0; i < 20; i++) {
                z.file("file" + i + ".txt", "content of file " + i);
            }
        }
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(bytes, bytes.length / 2));
        EvidenceException e = assertThrows(EvidenceException.class, () -> open(zip));
        assertTrue(e.getMessage().startsWith(zip.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("corrupt zip archive"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void zipWithAnOddNameOpensByItsContent() throws Exception {
        Path zip = tmp.resolve("export.bin");
        try (Fixtures.Zip z = new Fixtures.Zip(zip)) {
            z.file("a.txt", "a");
        }
        try (EvidenceTree tree = open(zip)) {
            assertEquals("zip", tree.format());
            assertEquals("export.bin", tree.label());
            assertEquals(List.of("a.txt"), paths(tree));
        }
    }
}
