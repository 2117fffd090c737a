package org.phonetriage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The third-party test data in ../shared/realdata. It is read, never copied into the project,
 * and SQLite files are only ever opened from a temporary copy (with their -wal/-shm).
 */
public final class RealData {

    private static final Path ROOT = Path.of("..", "shared", "realdata");

    private RealData() {
    }

    /** A file or folder of the real data; the test is skipped on a machine without it. */
    public static Path path(String relative) {
        Path p = ROOT.resolve(relative);
        assumeTrue(Files.exists(p), "real data not present: " + p);
        return p;
    }

    /** Copies a database with its -wal/-shm siblings into a folder and returns the copy. */
    public static Path copyDatabase(String relative, Path folder) throws IOException {
        Path source = path(relative);
        Path copy = folder.resolve(source.getFileName().toString());
        writableCopy(source, copy);
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path sibling = source.resolveSibling(source.getFileName() + suffix);
            if (Files.exists(sibling)) {
                writableCopy(sibling, folder.resolve(copy.getFileName() + suffix));
            }
        }
        return copy;
    }

    /** shared/ is read-only in CI, and Files.copy keeps the mode: SQLite must write its copy. */
    private static void writableCopy(Path source, Path target) throws IOException {
        try (var in = Files.newInputStream(source)) {
            Files.copy(in, target);
        }
    }
}
