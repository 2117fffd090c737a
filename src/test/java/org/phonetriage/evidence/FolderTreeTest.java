package org.phonetriage.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.model.Problem;

class FolderTreeTest {

    @TempDir
    Path tmp;

    private EvidenceTree open(Path folder) throws EvidenceException {
        return EvidenceOpener.open(folder, null, tmp.resolve("work"), ExtractionLimits.defaults());
    }

    @Test
    void listsFilesSortedWithSlashSeparatedRelativePaths() throws Exception {
        Path item = Files.createDirectories(tmp.resolve("D02-iphone"));
        Files.createDirectories(item.resolve("private/var/mobile/Library/SMS"));
        Files.writeString(item.resolve("private/var/mobile/Library/SMS/sms.db"), "sms");
        Files.writeString(item.resolve("b.txt"), "bb");
        Files.writeString(item.resolve("a.txt"), "a");

        try (EvidenceTree tree = open(item)) {
            assertEquals("folder", tree.format());
            assertEquals("D02-iphone", tree.label());
            assertEquals(List.of("a.txt", "b.txt", "private/var/mobile/Library/SMS/sms.db"),
                    tree.entries().stream().map(EvidenceEntry::path).toList());
            assertEquals(2, tree.find("b.txt").orElseThrow().size());
            assertEquals("sms", Fixtures.read(tree, "private/var/mobile/Library/SMS/sms.db"));
            assertTrue(tree.problems().isEmpty());
        }
    }

    @Test
    void emptyFolderHasNoEntriesAndNoProblems() throws Exception {
        try (EvidenceTree tree = open(Files.createDirectories(tmp.resolve("empty")))) {
            assertTrue(tree.entries().isEmpty());
            assertTrue(tree.problems().isEmpty());
        }
    }

    @Test
    void linkLeavingTheTreeIsRefused() throws Exception {
        Path item = Files.createDirectories(tmp.resolve("item"));
        Files.writeString(item.resolve("ok.txt"), "ok");
        Files.createSymbolicLink(item.resolve("passwd"), Path.of("/etc/passwd"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "examiner's own file");
        Files.createSymbolicLink(item.resolve("up"), Path.of("../outside"));

        try (EvidenceTree tree = open(item)) {
            assertEquals(List.of("ok.txt"),
                    tree.entries().stream().map(EvidenceEntry::path).toList());
            assertProblem(tree, "passwd", "link leaves the evidence tree");
            assertProblem(tree, "up", "link leaves the evidence tree");
        }
    }

    @Test
    void linkInsideTheTreeIsNotFollowedButReported() throws Exception {
        Path item = Files.createDirectories(tmp.resolve("item"));
        Files.createDirectories(item.resolve("storage/emulated/0"));
        Files.writeString(item.resolve("storage/emulated/0/photo.jpg"), "jpg");
        Files.createSymbolicLink(item.resolve("sdcard"), Path.of("storage/emulated/0"));
        Files.createSymbolicLink(item.resolve("loop"), Path.of("."));

        try (EvidenceTree tree = open(item)) {
            assertEquals(List.of("storage/emulated/0/photo.jpg"),
                    tree.entries().stream().map(EvidenceEntry::path).toList());
            assertProblem(tree, "sdcard", "inside the evidence tree");
            assertProblem(tree, "loop", "inside the evidence tree");
        }
    }

    @Test
    void onlyListedEntriesCanBeOpened() throws Exception {
        Path item = Files.createDirectories(tmp.resolve("item"));
        Files.writeString(tmp.resolve("outside.txt"), "not evidence");
        try (EvidenceTree tree = open(item)) {
            assertThrows(NoSuchFileException.class,
                    () -> tree.open(new EvidenceEntry("../outside.txt", 12)));
        }
    }

    @Test
    void entryLimitStopsListingWithAProblem() throws Exception {
        Path item = Files.createDirectories(tmp.resolve("item"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(item.resolve("f" + i), "x");
        }
        ExtractionLimits limits = new ExtractionLimits(1 << 20, 1 << 20, 200, 1 << 20, 3);
        try (EvidenceTree tree = EvidenceOpener.open(item, null, tmp, limits)) {
            assertEquals(3, tree.entries().size());
            assertTrue(tree.problems().get(0).reason().contains("more than 3"));
        }
    }

    static void assertProblem(EvidenceTree tree, String path, String reasonPart) throws IOException {
        List<Problem> problems = tree.problems();
        assertTrue(problems.stream().anyMatch(p -> path.equals(p.path())
                        && p.reason().contains(reasonPart) && p.evidence().equals(tree.label())),
                "expected a problem on " + path + " with '" + reasonPart + "' in " + problems);
    }
}
