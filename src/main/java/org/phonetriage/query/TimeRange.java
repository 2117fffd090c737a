package org.phonetriage.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The part of a timeline wanted, both ends inclusive; null for an open end. A bare date as the
 * end means the whole of that day (UTC), so {@code --from 2024-03-01 --to 2024-03-01} is one day.
 */
public record TimeRange(Instant from, Instant to) {

    public static final TimeRange ALL = new TimeRange(null, null);

    public TimeRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Parses the --from and --to values (either may be null); throws IllegalArgumentException. */
    public static TimeRange parse(String from, String to) {
        return new TimeRange(from == null ? null : instant("--from", from, false),
                to == null ? null : instant("--to", to, true));
    }

    public boolean bounded() {
        return from != null || to != null;
    }

    /**
     * A date ({@code 2024-03-01}), or a date-time with {@code Z} or an offset
     * ({@code 2024-03-01T10:00:00Z}); a date-time without either is taken as UTC.
     */
    static Instant instant(String option, String value, boolean endOfDay) {
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return endOfDay ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1)
                        : day.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (v.endsWith("Z") || v.endsWith("z") || v.matches(".*T.*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(v.toUpperCase(Locale.ROOT)).toInstant();
            }
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not a date or date-time"
                    + " (use 2024-03-01 or 2024-03-01T10:00:00Z)");
        }
    }

    /**
     * The form the case stores times in, without its final Z: Instant#toString writes fractions
     * only when there are any, and "…:00Z" sorts after "…:00.5Z", while "…:00" sorts before
     * "…:00.5". Comparing and ordering on this form keeps text order equal to time order.
     */
    static String sortable(Instant t) {
        String s = t.toString();
        return s.substring(0, s.length() - 1);
    }
}
