package org.phonetriage.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phonetriage.evidence.FolderTreeTest.assertProblem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TarTreeTest {

    @TempDir
    Path tmp;

    private Path work() {
        return tmp.resolve("work");
    }

    private EvidenceTree open(Path archive) throws EvidenceException {
        return EvidenceOpener.open(archive, null, work(), ExtractionLimits.defaults());
    }

    private static List<String> paths(EvidenceTree tree) {
        return tree.entries().stream().map(EvidenceEntry::path).toList();
    }

    /** Builds the hostile archive both formats are tested with. */
    private Path hostile(String fileName, boolean gzip) throws Exception {
        Path archive = tmp.resolve(fileName);
        try (Fixtures.Tar t = new Fixtures.Tar(archive, gzip)) {
            t.file("data/b.txt", "bee")
             .file("../../../evil.txt", "evil")
             .file("/private/var/mobile/x.db", "db")
             .symlink("data/etc", "../../etc")
             .file("data/etc/passwd", "written through the link?")
             .hardlink("data/shadow", "../../etc/shadow")
             .hardlink("data/b-again.txt", "data/b.txt")
             .device("dev/null")
             .file("data/b.txt", "second copy")
             .file("a.txt", "a");
        }
        return archive;
    }

    @ParameterizedTest
    @ValueSource(strings = {"D01-android.tar", "D01-android.tar.gz", "D01-android.tgz"})
    void nameSafetyAndLabels(String fileName) throws Exception {
        Path archive = hostile(fileName, !fileName.endsWith(".tar"));
        try (EvidenceTree tree = open(archive)) {
            assertEquals("D01-android", tree.label());
            assertEquals(fileName.endsWith(".tar") ? "tar" : "tar.gz", tree.format());
            assertEquals(List.of("a.txt", "data/b-again.txt", "data/b.txt", "data/etc/passwd",
                    "private/var/mobile/x.db"), paths(tree));
            assertEquals("db", Fixtures.read(tree, "private/var/mobile/x.db"));
            assertEquals("bee", Fixtures.read(tree, "data/b.txt"));
            assertEquals("bee", Fixtures.read(tree, "data/b-again.txt"));
            assertProblem(tree, "../../../evil.txt", "'..'");
            assertProblem(tree, "data/etc", "link leaves the evidence tree");
            assertProblem(tree, "data/shadow", "link leaves the evidence tree");
            assertProblem(tree, "data/b.txt", "duplicate");

            Path stage = ((TarTree) tree).stagingFolder();
            assertTrue(stage.startsWith(work().toRealPath().resolve("stage")));
            assertFalse(Files.isSymbolicLink(stage.resolve("data/etc")), "no link is ever made");
            assertOnlyStagedFilesWritten(stage);
        }
        assertFalse(Files.exists(tmp.resolve("evil.txt")));
        assertFalse(Files.exists(tmp.getParent().resolve("evil.txt")));
    }

    /** Every regular file under tmp is the archive itself or inside the staging folder. */
    private void assertOnlyStagedFilesWritten(Path stage) throws Exception {
        try (Stream<Path> all = Files.walk(tmp)) {
            List<Path> stray = all.filter(Files::isRegularFile)
                    .filter(p -> !p.getParent().equals(tmp))
                    .filter(p -> !toReal(p).startsWith(stage))
                    .toList();
            assertEquals(List.of(), stray);
        }
        try (Stream<Path> top = Files.list(tmp)) {
            assertEquals(1, top.filter(Files::isRegularFile).count(), "only the archive at top");
        }
    }

    private static Path toReal(Path p) {
        try {
            return p.toRealPath();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void closeDeletesTheStagingFolderAndTwoItemsNeverShareOne() throws Exception {
        Path archive = hostile("same.tar", false);
        EvidenceTree first = open(archive);
        EvidenceTree second = open(archive);
        Path stage1 = ((TarTree) first).stagingFolder();
        Path stage2 = ((TarTree) second).stagingFolder();
        assertFalse(stage1.equals(stage2));
        first.close();
        second.close();
        assertFalse(Files.exists(stage1));
        assertFalse(Files.exists(stage2));
    }

    @Test
    void tarGzBombStopsExtractionWithAProblem() throws Exception {
        Path archive = tmp.resolve("bomb.tar.gz");
        try (Fixtures.Tar t = new Fixtures.Tar(archive, true)) {
            t.file("first.txt", "first").zeros("bomb.bin", 200 * ExtractionLimits.MIB)
             .file("last.txt", "last");
        }
        try (EvidenceTree tree = open(archive)) {
            assertEquals(List.of("first.txt"), paths(tree));
            assertProblem(tree, "bomb.bin", "zip bomb");
            assertEquals("first", Fixtures.read(tree, "first.txt"));
            assertFalse(Files.exists(((TarTree) tree).stagingFolder().resolve("bomb.bin")),
                    "no half-staged file is left");
        }
    }

    @Test
    void entriesOverTheSizeLimitsAreRefusedAndTheRestStaged() throws Exception {
        Path archive = tmp.resolve("sizes.tar");
        try (Fixtures.Tar t = new Fixtures.Tar(archive, false)) {
            t.zeros("big.bin", 3 * ExtractionLimits.MIB).file("one.txt", "1")
             .zeros("fill.bin", 900 * ExtractionLimits.KIB).zeros("over.bin", 200_000)
             .file("two.txt", "2");
        }
        ExtractionLimits limits = new ExtractionLimits(ExtractionLimits.MIB, ExtractionLimits.MIB,
                200, ExtractionLimits.MIB, 100);
        try (EvidenceTree tree = EvidenceOpener.open(archive, null, work(), limits)) {
            assertEquals(List.of("fill.bin", "one.txt", "two.txt"), paths(tree));
            assertProblem(tree, "big.bin", "per entry");
            assertProblem(tree, "over.bin", "whole item");
        }
    }

    @Test
    void truncatedTarGzKeepsWhatWasReadAndSaysSo() throws Exception {
        Path archive = tmp.resolve("cut.tar.gz");
        try (Fixtures.Tar t = new Fixtures.Tar(archive, true)) {
            t.file("first.txt", "first");
            byte[] noise = new byte[64 * 1024]; // incompressible, so the cut lands inside it
            new java.util.Random(1).nextBytes(noise);
            t.file("second.txt", java.util.HexFormat.of().formatHex(noise));
        }
        byte[] bytes = Files.readAllBytes(archive);
        Files.write(archive, Arrays.copyOf(bytes, bytes.length - 2000));
        try (EvidenceTree tree = open(archive)) {
            assertEquals(List.of("first.txt"), paths(tree));
            assertTrue(tree.problems().stream()
                    .anyMatch(p -> p.reason().contains("truncated or corrupt")), "" + tree.problems());
        }
    }

    @Test
    void garbageNamedTarGzIsAnEvidenceException() throws Exception {
        Path archive = tmp.resolve("junk.tar.gz");
        Files.write(archive, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        EvidenceException e = assertThrows(EvidenceException.class, () -> open(archive));
        assertTrue(e.getMessage().startsWith(archive.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        try (Stream<Path> staged = Files.list(work().resolve("stage"))) {
            assertEquals(0, staged.count(), "a failed open leaves no staging folder");
        }
    }
}
