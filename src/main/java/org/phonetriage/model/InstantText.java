package org.phonetriage.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * {@link Instant#toString()} for the years 0000–9999, written straight into a byte array: every
 * call and message stores its time in that form, and the JDK's formatter was a twentieth of the
 * ingest's main thread. Other years go to the JDK, whose form they keep ({@code +10000-…}).
 */
final class InstantText {

    private static final long SECONDS_PER_DAY = 86_400;
    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z, in seconds since the epoch. */
    private static final long FIRST = -62_167_219_200L;
    private static final long END = 253_402_300_800L;

    private InstantText() {
    }

    static String of(Instant t) {
        long seconds = t.getEpochSecond();
        if (seconds < FIRST || seconds >= END) {
            return t.toString();
        }
        int nanos = t.getNano();
        // as Instant prints it: no fraction, else groups of three digits, the fewest that hold it
        int digits = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
        byte[] c = new byte[digits == 0 ? 20 : 21 + digits];
        long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int second = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        Day date = lastDay;
        if (date == null || date.epochDay != day) {
            date = new Day(day);
            lastDay = date;
        }
        System.arraycopy(date.text, 0, c, 0, 10);
        c[10] = 'T';
        two(c, 11, second / 3600);
        c[13] = ':';
        two(c, 14, second / 60 % 60);
        c[16] = ':';
        two(c, 17, second % 60);
        if (digits > 0) {
            c[19] = '.';
            int fraction = nanos;
            for (int i = 9; i > digits; i--) {
                fraction /= 10;
            }
            for (int i = 19 + digits; i >= 20; i--) {
                c[i] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
        }
        c[c.length - 1] = 'Z';
        return new String(c, StandardCharsets.ISO_8859_1);
    }

    /**
     * The date last written: a phone's calls and messages come in time order, many a day, so the
     * calendar arithmetic is done once per day met. Immutable, so any thread may read the one
     * another left (at worst an older day, then computed again).
     */
    private static final class Day {
        final long epochDay;
        final byte[] text = new byte[10];

        Day(long epochDay) {
            this.epochDay = epochDay;
            civil(epochDay, text);
        }
    }

    private static Day lastDay;

    /** Writes the proleptic Gregorian date of an epoch day as yyyy-MM-dd (H. Hinnant's civil_from_days). */
    private static void civil(long epochDay, byte[] c) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        two(c, 0, year / 100);
        two(c, 2, year % 100);
        c[4] = '-';
        two(c, 5, month);
        c[7] = '-';
        two(c, 8, day);
    }

    private static void two(byte[] c, int at, int value) {
        c[at] = (byte) ('0' + value / 10);
        c[at + 1] = (byte) ('0' + value % 10);
    }
}
