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
        if (value == Long.MIN_VALUE) {
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
        int length = 1;
        for (long v = value; v >= 10; v /= 10) {
            length++;
        }
        for (int i = at + sign + length - 1; i >= at + sign; i--) {
            into[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return sign + length;
    }
}
