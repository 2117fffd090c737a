package org.phonetriage.xref.rules;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The epoch second of a time as the case stores it, as {@code Instant.parse(time).getEpochSecond()}
 * gives it. The graph merges every call and message log by time, and the JDK's ISO parser costs
 * about a microsecond a log, more than the rest of the merge: the common shapes
 * {@code yyyy-MM-ddTHH:mm:ssZ} and {@code yyyy-MM-ddTHH:mm:ss.fffZ} (1 to 9 fraction digits; Android
 * stores its times in milliseconds, so most times have three) are read field by field here (the
 * date checked by {@link LocalDate}; a fraction never changes the second, which is the floor of the
 * instant, before 1970 too); any other shape (offsets, leap seconds, other years) goes to
 * {@link Instant#parse}.
 */
public final class EpochSeconds {

    private EpochSeconds() {
    }

    public static long of(String time) {
        if (commonShape(time)) {
            int year = digits(time, 0, 4);
            int month = digits(time, 5, 7);
            int day = digits(time, 8, 10);
            int hour = digits(time, 11, 13);
            int minute = digits(time, 14, 16);
            int second = digits(time, 17, 19);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59
                    && second >= 0 && second <= 59) {
                try {
                    return LocalDate.of(year, month, day).toEpochDay() * 86_400 + hour * 3_600L + minute * 60L
                            + second;
                } catch (DateTimeException e) {
                    // no such date: the JDK's parser says so in its own words
                }
            }
        }
        return Instant.parse(time).getEpochSecond();
    }

    /** {@code yyyy-MM-ddTHH:mm:ss}, then {@code Z} or a dot, 1 to 9 digits and {@code Z} (fields not checked). */
    private static boolean commonShape(String time) {
        int length = time.length();
        if (length < 20 || length == 21 || length > 30 || time.charAt(4) != '-' || time.charAt(7) != '-'
                || time.charAt(10) != 'T' || time.charAt(13) != ':' || time.charAt(16) != ':'
                || time.charAt(length - 1) != 'Z') {
            return false;
        }
        return length == 20 || time.charAt(19) == '.' && digits(time, 20, length - 1) >= 0;
    }

    /** The decimal number in {@code [from, to)}, or -1 when a character is no ASCII digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
