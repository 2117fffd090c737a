package org.phonetriage.xref;

import java.sql.SQLException;

/** What a reading thread of the cross-reference failed with, thrown again in the thread that waits for it. */
final class ReaderFailure {

    private ReaderFailure() {
    }

    /** Throws {@code t} as it is when it is an SQLException, unchecked exception or error; else returns. */
    static void rethrow(Throwable t) throws SQLException {
        if (t instanceof SQLException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}
