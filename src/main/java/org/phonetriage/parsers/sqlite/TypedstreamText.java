package org.phonetriage.parsers.sqlite;

import java.nio.charset.StandardCharsets;

/**
 * The text of an NSAttributedString archived as a typedstream (sms.db {@code message.attributedBody},
 * which newer iOS versions fill instead of {@code text}): the bytes after the NSString class name
 * are a flag and type markers, {@code +} (a C string follows), a typedstream integer length
 * ({@code < 0x80} itself, {@code 0x81} then 2 bytes, {@code 0x82} then 4 bytes, little-endian) and
 * the UTF-8 text. Only the string is read; attributes (mentions, links) are not.
 */
public final class TypedstreamText {

    private static final byte[] NSSTRING = "NSString".getBytes(StandardCharsets.US_ASCII);

    private TypedstreamText() {
    }

    /** The text, or null when the blob holds no NSString in this form. */
    public static String decode(byte[] blob) {
        int at = indexOf(blob, NSSTRING);
        if (at < 0) {
            return null;
        }
        int i = at + NSSTRING.length;
        int limit = Math.min(blob.length, i + 12);
        while (i < limit && blob[i] != '+') {
            i++;
        }
        if (i >= limit) {
            return null;
        }
        i++;
        if (i >= blob.length) {
            return null;
        }
        int marker = blob[i] & 0xFF;
        long length;
        if (marker == 0x81 && i + 3 <= blob.length) {
            length = (blob[i + 1] & 0xFF) | ((blob[i + 2] & 0xFF) << 8);
            i += 3;
        } else if (marker == 0x82 && i + 5 <= blob.length) {
            length = (blob[i + 1] & 0xFFL) | ((blob[i + 2] & 0xFFL) << 8) | ((blob[i + 3] & 0xFFL) << 16)
                    | ((blob[i + 4] & 0xFFL) << 24);
            i += 5;
        } else if (marker < 0x80) {
            length = marker;
            i += 1;
        } else {
            return null;
        }
        if (length < 0 || i + length > blob.length) {
            return null;
        }
        return new String(blob, i, (int) length, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] data, byte[] token) {
        outer:
        for (int i = 0; i + token.length <= data.length; i++) {
            for (int k = 0; k < token.length; k++) {
                if (data[i + k] != token[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
