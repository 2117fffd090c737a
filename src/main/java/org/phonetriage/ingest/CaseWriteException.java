package org.phonetriage.ingest;

import java.sql.SQLException;

/** Writing to the case database failed: a failure of the tool or the disk, not of the evidence. */
public final class CaseWriteException extends RuntimeException {

    public CaseWriteException(SQLException cause) {
        super("cannot write to the case database: " + cause.getMessage(), cause);
    }
}
