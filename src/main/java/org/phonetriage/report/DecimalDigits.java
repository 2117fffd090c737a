package org.phonetriage.report;

import java.nio.charset.StandardCharsets;

/**
 * A number's decimal text, {@link Long#toString(long)}'s, written as ASCII bytes straight into an
 * output buffer: the CSV and XML writers write millions of counts and ids, each a String otherwise.
 */
public final class DecimalDigits {

    /** The most bytes a number takes ({@code -9223372036854775808}). */
    public static final int MAX = 20;

    private DecimalDigits() {
    }

    /** Writes {@code value} at {@code at} (the buffer has {@link #MAX} bytes free there); returns how many bytes. */
    public static int write(long value, byte[] into, int at) {
        if (value == Long.MIN_VALUE) { // its magnitude has no long
            byte[] text = Long.toString(value).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, into, at, text.length);
            return text.length;
        }
        int sign = 0;
        if (value < 0) {
            into[at] = '-';
            sign = 1;
            value = -value;
        }
        if (value < 10) { // most numbers of an IRI: an ordinal, nearly always 0
            into[at + sign] = (byte) ('0' + value);
            return sign + 1;
        }
        int digits = length(value);
        int end = at + sign + digits - 1;
        if (value <= Integer.MAX_VALUE) { // an int's division by 10 is a multiplication, a long's may not be
            int w = (int) value;
            for (int i = end; i >= at + sign; i--) {
                into[i] = (byte) ('0' + w % 10);
                w /= 10;
            }
        } else {
            for (int i = end; i >= at + sign; i--) {
                into[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
        }
        return sign + digits;
    }

    /** How many characters {@link Long#toString(long)} gives. */
    public static int length(long v) {
        // as Long.stringSize: comparisons, not divisions (a division per digit was a tenth of case.jsonld's
        // export); counted on the negative side, where Long.MIN_VALUE has a magnitude
        int d = 1;
        long x = v;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        long p = -10;
        for (int i = 1; i < 19; i++) {
            if (x > p) {
                return i + d;
            }
            p = 10 * p;
        }
        return 19 + d;
    }
}
