package org.phonetriage.parsers.sim.codec;

import java.util.List;

/** The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1), packed and unpacked. */
public final class Gsm7 {

    static final int ESC = 0x1B;

    private static final String DEFAULT_TABLE =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private Gsm7() {
    }

    /** The default-table character of a septet (0..127). */
    public static char defaultChar(int septet) {
        return DEFAULT_TABLE.charAt(septet & 0x7F);
    }

    /** The extension-table character after ESC, or -1 when the code has none. */
    static int extensionChar(int code) {
        return switch (code) {
            case 0x0A -> '\f';
            case 0x0D -> '\r';
            case 0x14 -> '^';
            case 0x28 -> '{';
            case 0x29 -> '}';
            case 0x2F -> '\\';
            case 0x3C -> '[';
            case 0x3D -> '~';
            case 0x3E -> ']';
            case 0x40 -> '|';
            case 0x65 -> '€';
            default -> -1;
        };
    }

    /** Decodes a sequence of septets, honouring escapes as the spec's rules say. */
    public static String decodeSeptets(int[] septets, List<String> warnings) {
        StringBuilder out = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int s = septets[i] & 0x7F;
            if (s != ESC) {
                out.append(defaultChar(s));
            } else if (i + 1 == septets.length) {
                warnings.add("trailing lone escape character dropped");
            } else {
                int code = septets[++i] & 0x7F;
                if (code == ESC) {
                    out.append(' ');
                    warnings.add("escape followed by escape, shown as a space");
                } else {
                    int ext = extensionChar(code);
                    // An unknown extension code falls back to the default table (TS 23.038 note).
                    out.append(ext >= 0 ? (char) ext : defaultChar(code));
                }
            }
        }
        return out.toString();
    }

    /**
     * Unpacked 7-bit text as in SIM alpha fields: one character per byte, ending at the first 0xFF.
     * A byte with bit 8 set is not a GSM character: it becomes U+FFFD with a warning.
     */
    public static String decodeUnpacked(byte[] data, int from, int to, List<String> warnings) {
        int end = from;
        while (end < to && (data[end] & 0xFF) != 0xFF) {
            end++;
        }
        StringBuilder out = new StringBuilder();
        int runStart = from;
        for (int i = from; i <= end; i++) {
            if (i == end || (data[i] & 0x80) != 0) {
                out.append(decodeSeptets(septets(data, runStart, i), warnings));
                if (i < end) {
                    out.append('\uFFFD');
                    warnings.add(String.format("8-bit byte %02X in a 7-bit alpha field", data[i] & 0xFF));
                }
                runStart = i + 1;
            }
        }
        return out.toString();
    }

    private static int[] septets(byte[] data, int from, int to) {
        int[] s = new int[to - from];
        for (int i = from; i < to; i++) {
            s[i - from] = data[i] & 0x7F;
        }
        return s;
    }

    /**
     * Unpacks {@code count} septets packed LSB-first from {@code offset}, skipping {@code fillBits}.
     * Septets past the end of the data are not invented: the result is shorter and a warning says so.
     */
    public static int[] unpack(byte[] data, int offset, int count, int fillBits, List<String> warnings) {
        int available = Math.max(0, ((data.length - offset) * 8 - fillBits) / 7);
        int n = count;
        if (count > available) {
            warnings.add("user data truncated: " + count + " septets announced, " + available + " present");
            n = available;
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int p = fillBits + 7 * i;
            int o = offset + (p >>> 3);
            int shift = p & 7;
            int v = (data[o] & 0xFF) >>> shift;
            if (shift > 1) {
                v |= (data[o + 1] & 0xFF) << (8 - shift);
            }
            out[i] = v & 0x7F;
        }
        return out;
    }

    /** Packed 7-bit text (SMS user data, alphanumeric addresses). */
    public static String decodePacked(byte[] data, int offset, int count, int fillBits, List<String> warnings) {
        return decodeSeptets(unpack(data, offset, count, fillBits, warnings), warnings);
    }
}
