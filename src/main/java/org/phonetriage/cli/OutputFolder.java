package org.phonetriage.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Checks a triage's --out before anything is read, so a mistake costs nothing. */
final class OutputFolder {

    /** What an interrupted run may leave in a folder that holds no case yet. */
    private static final String WORK = ".phonetriage-work";

    private OutputFolder() {
    }

    /**
     * The folder must be a folder we may write in, and new or empty unless it holds the case
     * being resumed: a triage never writes among files it did not make.
     */
    static void check(Path out, boolean holdsCase, Path logFile) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new Main.UsageException("--out " + out + " is a file; it must name a folder (new or empty)");
        }
        if (!holdsCase && Files.isDirectory(out) && !isEmpty(out, logFile)) {
            throw new Main.UsageException("--out " + out + " is not empty and holds no phonetriage case;"
                    + " choose a new or empty folder (triage never writes among other files)");
        }
        try {
            Files.createDirectories(out);
            Files.delete(Files.createTempFile(out, ".phonetriage-", ".probe"));
        } catch (AccessDeniedException e) {
            throw new Main.UsageException("--out " + out + ": cannot write there (permission denied)");
        } catch (FileSystemException e) {
            throw new Main.UsageException("--out " + out + ": cannot write there ("
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()) + ")");
        } catch (IOException e) {
            throw new Main.UsageException("--out " + out + ": cannot write there (" + e.getMessage() + ")");
        }
    }

    /** Empty but for a killed run's work folder and this run's --log-json file. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir, Path logFile) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(p -> p.getFileName().toString().equals(WORK)
                    || logFile != null && sameFile(p, logFile));
        } catch (IOException e) {
            return false;
        }
    }
}
