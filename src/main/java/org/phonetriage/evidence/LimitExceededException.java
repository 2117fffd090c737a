package org.phonetriage.evidence;

import java.io.IOException;

/**
 * Thrown while reading an archive entry that expands beyond an {@link ExtractionLimits} limit.
 * The message is the problem's reason, e.g. "expands beyond the limit of 16.0 GiB (zip bomb?)".
 */
public final class LimitExceededException extends IOException {

    private static final long serialVersionUID = 1L;

    public LimitExceededException(String reason) {
        super(reason);
    }
}
