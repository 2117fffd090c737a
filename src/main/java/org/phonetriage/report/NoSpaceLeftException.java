package org.phonetriage.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A file could not be written because its disk (or the user's quota on it) is full. Not one
 * output's problem but the run's: every file after it would fail the same way, so the run stops
 * and says which file and why, in one line. Java gives no error code, only the system's text
 * (ENOSPC's "No space left on device" on Linux and macOS, ERROR_DISK_FULL's on Windows, EDQUOT's
 * "Disk quota exceeded"), in the message of an IOException or the reason of a FileSystemException.
 */
public final class NoSpaceLeftException extends IOException {

    private static final String[][] REASONS = {
        {"no space left on device", "no space left on device"},
        {"not enough space on the disk", "no space left on device"},
        {"disk quota exceeded", "disk quota exceeded"},
    };

    private final transient Path file;

    public NoSpaceLeftException(Path file, String reason, Throwable cause) {
        this(file, cause, reason + " while writing " + file);
    }

    private NoSpaceLeftException(Path file, Throwable cause, String message) {
        super(message, cause);
        this.file = file;
    }

    /** The same failure, its message followed by what it left and what to do. */
    public NoSpaceLeftException withAdvice(String advice) {
        return new NoSpaceLeftException(file, this, getMessage() + "; " + advice);
    }

    /** The file that could not be written. */
    public Path file() {
        return file;
    }

    /** {@code e} as a NoSpaceLeftException naming {@code file} when a full disk caused it, else {@code e}. */
    public static IOException orItself(IOException e, Path file) {
        if (e instanceof NoSpaceLeftException) {
            return e;
        }
        String reason = reason(e);
        return reason == null ? e : new NoSpaceLeftException(file, reason, e);
    }

    /** The NoSpaceLeftException in {@code e}'s causes (StAX and Jackson wrap what the stream threw). */
    public static Optional<NoSpaceLeftException> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoSpaceLeftException n) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** "no space left on device" or "disk quota exceeded" when that is what {@code e} says, else null. */
    public static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = t.getMessage();
            if (t instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
                text = fse.getReason();
            }
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (String[] r : REASONS) {
                if (lower.contains(r[0])) {
                    return r[1];
                }
            }
        }
        return null;
    }
}
