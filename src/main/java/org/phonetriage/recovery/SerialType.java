package org.phonetriage.recovery;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/** The serial types of SQLite's record format (sqlite.org, "Database File Format" §2.1). */
final class SerialType {

    static final int NULL = 1;
    static final int INT = 2;
    static final int REAL = 4;
    static final int TEXT = 8;
    static final int BLOB = 16;

    private SerialType() {
    }

    /** How many body bytes a value of this type takes, or -1 for the reserved types 10 and 11. */
    static long size(long type) {
        if (type >= 12) {
            return (type - 12) / 2;
        }
        return switch ((int) type) {
            case 0, 8, 9 -> 0;
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> 3;
            case 4 -> 4;
            case 5 -> 6;
            case 6, 7 -> 8;
            default -> -1;
        };
    }

    /** The storage class of a type as a bit ({@link #NULL}, {@link #INT} ...). */
    static int storageClass(long type) {
        if (type == 0) {
            return NULL;
        }
        if (type == 7) {
            return REAL;
        }
        if (type < 10) {
            return INT;
        }
        if (type < 12) {
            return 0;
        }
        return type % 2 == 0 ? BLOB : TEXT;
    }

    /**
     * The value of a type at {@code at}: Long, Double, String or byte[]; null for NULL. With
     * {@code strict}, text that is not valid in the database's encoding, or holds control
     * characters no message or name has, gives {@link #INVALID}.
     */
    static Object value(long type, byte[] b, int at, Charset encoding, boolean strict) {
        long size = size(type);
        if (type == 0) {
            return null;
        }
        if (type == 8) {
            return 0L;
        }
        if (type == 9) {
            return 1L;
        }
        if (type == 7) {
            return Double.longBitsToDouble(bigEndian(b, at, 8));
        }
        if (type < 7) {
            long v = bigEndian(b, at, (int) size);
            int bits = (int) size * 8;
            return bits == 64 ? v : (v << (64 - bits)) >> (64 - bits); // sign-extend
        }
        if (type % 2 == 0) {
            byte[] blob = new byte[(int) size];
            System.arraycopy(b, at, blob, 0, blob.length);
            return blob;
        }
        return text(b, at, (int) size, encoding, strict);
    }

    /** Marks a text that fails the strict check. */
    static final Object INVALID = new Object();

    private static Object text(byte[] b, int at, int len, Charset encoding, boolean strict) {
        if (!strict) {
            return new String(b, at, len, encoding);
        }
        try {
            CharBuffer chars = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, at, len));
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
                    return INVALID;
                }
            }
            if (encoding != java.nio.charset.StandardCharsets.UTF_8 && shiftedAscii(chars)) {
                return INVALID;
            }
            return chars.toString();
        } catch (CharacterCodingException e) {
            return INVALID;
        }
    }

    /**
     * UTF-16 read one byte off: ASCII text becomes characters whose low byte is zero ("m\0e\0" read
     * as U+6D00 U+6500). A third of the text so is no text anyone wrote.
     */
    private static boolean shiftedAscii(CharBuffer chars) {
        int shifted = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if ((c & 0xFF) == 0 && (c >> 8) >= 0x20 && (c >> 8) < 0x7F) {
                shifted++;
            }
        }
        return shifted >= 2 && shifted * 3 >= chars.length();
    }

    private static long bigEndian(byte[] b, int at, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 8) | (b[at + i] & 0xFF);
        }
        return v;
    }
}
