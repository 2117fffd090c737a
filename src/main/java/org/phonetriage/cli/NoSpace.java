package org.phonetriage.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells a full disk from other failures, so a run stopped by one exits with its own code
 * ({@link Main#NO_SPACE}): freeing space and running again is the cure, not a bug report. Java
 * gives no type for it, only the system's message (ENOSPC on Unix, ERROR_DISK_FULL on Windows);
 * SQLite gives its result code SQLITE_FULL.
 */
final class NoSpace {

    private static final int SQLITE_FULL = 13;

    private NoSpace() {
    }

    /** True when {@code e} or one of its causes says the disk is full. */
    static boolean causes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == SQLITE_FULL
                    || String.valueOf(sql.getMessage()).contains("SQLITE_FULL"))) {
                return true;
            }
            String message = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : t.getMessage();
            if ((t instanceof IOException || t instanceof java.io.UncheckedIOException) && message != null) {
                String m = message.toLowerCase(Locale.ROOT);
                if (m.contains("no space left on device") || m.contains("not enough space on the disk")
                        || m.contains("disk quota exceeded")) {
                    return true;
                }
            }
        }
        return false;
    }
}
