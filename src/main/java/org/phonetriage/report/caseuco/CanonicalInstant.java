package org.phonetriage.report.caseuco;

import java.time.Year;

/**
 * Whether a stored time is already in the form {@code Instant.toString()} gives
 * ({@code 2024-03-01T09:05:00Z}, {@code …:00.250Z}): case.jsonld checks every record's time, and
 * times are stored in that form, so checking the characters spares parsing each into an Instant
 * and printing it again. Anything else (another form, a leap second, a year outside 1000–9999)
 * answers false and is parsed.
 */
public final class CanonicalInstant {

    private CanonicalInstant() {
    }

    public static boolean is(String s) {
        int n = s.length();
        if (n != 20 && n != 24 && n != 27 && n != 30) {
            return false;
        }
        if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z' || (n > 20 && s.charAt(19) != '.')) {
            return false;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 7);
        int day = number(s, 8, 10);
        int hour = number(s, 11, 13);
        int minute = number(s, 14, 16);
        int second = number(s, 17, 19);
        if (year < 1000 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > daysIn(year, month)) {
            return false;
        }
        if (n == 20) {
            return true;
        }
        // Instant prints a fraction in groups of three digits, the fewest that hold it: the last group is not 000
        return number(s, 20, n - 1) >= 0 && number(s, n - 4, n - 1) > 0;
    }

    /** Days of the month: a table, as Month#length cost a few percent of the exports checking every time. */
    private static int daysIn(int year, int month) {
        return month == 2 && Year.isLeap(year) ? 29 : DAYS[month - 1];
    }

    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** The decimal number in {@code s[from, to)}, or -1 when a character is no digit. */
    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
