package org.phonetriage.recovery;

import java.nio.charset.Charset;

/** Decodes record headers and bodies (sqlite.org, "Database File Format" §2.1). */
final class Records {

    private Records() {
    }

    /**
     * The serial types of the header at {@code at}, or null when the header is not well formed
     * (a length it cannot have, running past {@code limit}, a reserved type).
     */
    static long[] header(byte[] b, int at, int limit, int maxColumns) {
        long hdrLen = Varint.read(b, at, limit);
        int hl = Varint.length(b, at, limit);
        if (hl == 0 || hdrLen < hl + 1 || at + hdrLen > limit || hdrLen > hl + 9L * maxColumns) {
            return null;
        }
        int end = (int) (at + hdrLen);
        long[] types = new long[maxColumns];
        int n = 0;
        int p = at + hl;
        while (p < end) {
            if (n == maxColumns) {
                return null;
            }
            int len = Varint.length(b, p, end);
            if (len == 0) {
                return null;
            }
            long t = Varint.read(b, p, end);
            if (t == 10 || t == 11 || t < 0 || t > 1L << 31) {
                return null;
            }
            types[n++] = t;
            p += len;
        }
        return java.util.Arrays.copyOf(types, n);
    }

    /** The size of the body the types describe, or -1 when it is absurd. */
    static long bodySize(long[] types) {
        long sum = 0;
        for (long t : types) {
            long s = SerialType.size(t);
            if (s < 0) {
                return -1;
            }
            sum += s;
        }
        return sum;
    }

    /** A live record's values, leniently (text as decoded, whatever it holds). */
    static Object[] values(byte[] payload, Charset encoding, int maxColumns) {
        long[] types = header(payload, 0, payload.length, Math.max(maxColumns, 1));
        if (types == null) {
            return null;
        }
        int body = (int) Varint.read(payload, 0, payload.length);
        if (body + bodySize(types) > payload.length) {
            return null;
        }
        Object[] out = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            out[i] = SerialType.value(types[i], payload, body, encoding, false);
            body += (int) SerialType.size(types[i]);
        }
        return out;
    }
}
