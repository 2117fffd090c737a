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
        return toTheSecondAlready(iso) ? iso : parsed(iso);
    }

    /** The same by parsing and printing (or the text kept): what {@link #of(String)} answers. */
    static String parsed(String iso) {
        try {
            return of(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** Where {@link #toTheSecondAlready}'s time has digits: one array, not one per call (78 MB at 5 M occurrences). */
    private static final int[] DIGITS = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};

    /**
     * Whether the text is {@code dddd-dd-ddTdd:dd:ddZ}, hour below 24 and minute and second below 60:
     * parsing and printing such a time gives it back as it is (a day that does not exist fails to parse
     * and is kept as it is too), so most stored times need no parsing. Hour 24 and second 60 are
     * parsed: the parser moves them to the next day and to second 59.
     */
    private static boolean toTheSecondAlready(String t) {
        if (t.length() != 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':' || t.charAt(19) != 'Z') {
            return false;
        }
        for (int i : DIGITS) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return (t.charAt(11) < '2' || t.charAt(11) == '2' && t.charAt(12) < '4') && t.charAt(14) < '6'
                && t.charAt(17) < '6';
    }
}
