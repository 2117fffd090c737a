package org.phonetriage.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The one time precision of the contract's JSON — xref.json, the --log-json events and
 * manifest.json (docs/contract.md): UTC to the second with {@code Z}, {@code 2024-03-01T10:22:00Z}.
 * The case keeps the evidence's own precision; a time written there is cut to its second, so every
 * time a script reads has one shape (and times of the years 0000-9999 compare as text).
 */
public final class UtcSeconds {

    private UtcSeconds() {
    }

    /** Now, to the second. */
    public static String now() {
        return of(Instant.now());
    }

    public static String of(Instant time) {
        // Instant.toString writes no fraction once it is zero; years past 9999 get a sign (+10000-…)
        return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * A time as the case stores it ({@link Timestamp#iso()}: ISO 8601 UTC with as many fraction
     * digits as the evidence gave), to the second; null stays null. Text that is no such time is
     * returned as it is, never dropped.
     */
    public static String of(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return of(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
