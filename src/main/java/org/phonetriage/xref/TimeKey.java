package org.phonetriage.xref;

/**
 * A number per record time that orders as the text does (SQLite's BINARY order, which for these
 * ASCII times is String order too), for the times the case stores: {@code YYYY-MM-DDTHH:MM:SS},
 * then {@code Z} or a fraction of up to 6 digits and {@code Z}. The pass keeps each aggregate's
 * first and last time with its number, so a row's time is compared as two longs instead of as
 * text read from a string elsewhere in the heap; any other text has {@link #NONE} and is
 * compared as text.
 */
final class TimeKey {

    /** No number: a null time or text of another shape. */
    static final long NONE = -1;

    /** The fraction's digits and its end ('Z', above every digit), base 11 over 7 places. */
    private static final long SUFFIXES = 19_487_171L + 1; // 11^7 codes of fractions, then "Z" alone

    private TimeKey() {
    }

    /** The time's number, or {@link #NONE}. */
    static long of(String t) {
        if (t == null || t.length() < 20 || t.length() > 27) {
            return NONE;
        }
        if (t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(t.length() - 1) != 'Z') {
            return NONE;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        // each field below its radix, so that the mixed-radix number orders as the fixed-width digits do
        if (year < 0 || month < 0 || month > 12 || day < 0 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return NONE;
        }
        long suffix;
        if (t.length() == 20) {
            suffix = SUFFIXES - 1; // "Z" sorts after ".", so after every fraction
        } else {
            int places = t.length() - 21; // the digits between '.' and 'Z'
            if (t.charAt(19) != '.' || digits(t, 20, places) < 0) {
                return NONE;
            }
            suffix = 0;
            for (int i = 0; i < 7; i++) {
                int symbol = i < places ? t.charAt(20 + i) - '0' : i == places ? 10 : 0;
                suffix = suffix * 11 + symbol;
            }
        }
        long seconds = ((((year * 13L + month) * 32 + day) * 24 + hour) * 60 + minute) * 60 + second;
        return seconds * SUFFIXES + suffix;
    }

    /** The decimal value of {@code n} digits from {@code at}; -1 if one is no ASCII digit. */
    private static int digits(String t, int at, int n) {
        int value = 0;
        for (int i = at; i < at + n; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Whether a time (not null) comes before the kept one (null: none kept yet), by their numbers
     * when both have one, else by their text in BINARY order.
     */
    static boolean before(String time, long key, String kept, long keptKey) {
        if (key != NONE && keptKey != NONE) {
            return key < keptKey;
        }
        return kept == null || BinaryText.compare(time, kept) < 0;
    }

    /** Whether a time (not null) comes after the kept one (null: none kept yet); as {@link #before}. */
    static boolean after(String time, long key, String kept, long keptKey) {
        if (key != NONE && keptKey != NONE) {
            return key > keptKey;
        }
        return kept == null || BinaryText.compare(time, kept) > 0;
    }
}
