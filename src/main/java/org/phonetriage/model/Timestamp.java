package org.phonetriage.model;

import java.time.Instant;

/**
 * A point in time as read from evidence: the UTC instant and the original value with its encoding
 * (e.g. "1588858433593 unix-ms"), so an examiner can check the conversion.
 */
public record Timestamp(Instant utc, String raw, String encoding) {

    public String iso() {
        return utc == null ? null : InstantText.of(utc);
    }
}
