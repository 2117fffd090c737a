package org.phonetriage.recovery;

/** SQLite's big-endian variable-length integers (1 to 9 bytes; the ninth byte gives all 8 bits). */
final class Varint {

    private Varint() {
    }

    /** The value at {@code at}, or -1 with {@link #length} 0 when it runs past {@code end}. */
    static long read(byte[] b, int at, int end) {
        long v = 0;
        for (int i = 0; i < 9; i++) {
            if (at + i >= end || at + i < 0) {
                return -1;
            }
            int c = b[at + i] & 0xFF;
            if (i == 8) {
                return (v << 8) | c;
            }
            v = (v << 7) | (c & 0x7F);
            if ((c & 0x80) == 0) {
                return v;
            }
        }
        return v;
    }

    /** How many bytes the varint at {@code at} takes, or 0 when it runs past {@code end}. */
    static int length(byte[] b, int at, int end) {
        for (int i = 0; i < 9; i++) {
            if (at + i >= end || at + i < 0) {
                return 0;
            }
            if (i == 8 || (b[at + i] & 0x80) == 0) {
                return i + 1;
            }
        }
        return 9;
    }

    /** How many bytes {@code v} takes as a varint. */
    static int size(long v) {
        if (v < 0 || v > 0x00FF_FFFF_FFFF_FFFFL) {
            return 9;
        }
        int n = 1;
        while ((v >>>= 7) != 0) {
            n++;
        }
        return n;
    }
}
