package org.phonetriage.evidence;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.phonetriage.fuzz.ParserFuzzing;

/**
 * Fuzz target "manifest": an iTunes backup (the committed D10 image) whose Manifest.db is the
 * fuzzer's bytes, opened as ingest opens a folder and mapped to the phone's paths. Strict property:
 * the tree, with problems, or an IOException/EvidenceException with a message — never an unchecked
 * exception, which EvidenceOpener's callers do not expect from a listing.
 */
class ItunesManifestFuzzTest {

    private static final Path BACKUP;

    static {
        try {
            BACKUP = Files.createTempDirectory("fuzz-manifest");
            BACKUP.toFile().deleteOnExit();
            Path d10 = Path.of("test-images/D10-ios-backup");
            try (Stream<Path> files = Files.walk(d10)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path copy = BACKUP.resolve(d10.relativize(f).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(f, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    void manifestDb(byte[] manifest) throws IOException {
        Path work = Files.createTempDirectory("fuzz-manifest-work");
        try {
            Files.write(BACKUP.resolve("Manifest.db"), manifest);
            for (String suffix : List.of("-wal", "-shm", "-journal")) {
                Files.deleteIfExists(BACKUP.resolve("Manifest.db" + suffix));
            }
            try (EvidenceTree tree = ItunesBackupTree.wrapIfBackup(
                    FolderTree.open(BACKUP, "fuzz", ExtractionLimits.defaults()), work, List.of())) {
                for (EvidenceEntry entry : tree.entries()) {
                    try (InputStream in = tree.open(entry)) {
                        in.readNBytes(64);
                    }
                }
            } catch (IOException | EvidenceException e) {
                ParserFuzzing.documented(e);
            }
        } finally {
            org.apache.commons.io.file.PathUtils.deleteDirectory(work);
        }
    }
}
