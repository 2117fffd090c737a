package org.phonetriage.parsers.sim.codec;

import java.util.List;

/**
 * SIM alpha identifiers (names in ADN/FDN/SDN/LND/MSISDN, SPN, SMSP …): GSM 7-bit unpacked or one
 * of the three UCS2 forms of ETSI TS 102 221 Annex A (0x80 plain, 0x81 8-bit base, 0x82 16-bit base).
 */
public final class AlphaId {

    private AlphaId() {
    }

    public static String decode(byte[] a, List<String> warnings) {
        return decode(a, 0, a.length, warnings);
    }

    public static String decode(byte[] a, int from, int to, List<String> warnings) {
        if (from >= to || Hex.allFf(a, from, to)) {
            return "";
        }
        int form = a[from] & 0xFF;
        int length = to - from;
        if (form == 0x80) {
            return plainUcs2(a, from + 1, to, warnings);
        }
        if (form == 0x81 && length >= 3) {
            int n = Math.min(a[from + 1] & 0xFF, length - 3);
            return expand(a, from + 3, n, (a[from + 2] & 0xFF) << 7, warnings);
        }
        if (form == 0x82 && length >= 4) {
            int n = Math.min(a[from + 1] & 0xFF, length - 4);
            int base = ((a[from + 2] & 0xFF) << 8) | (a[from + 3] & 0xFF);
            return expand(a, from + 4, n, base, warnings);
        }
        return Gsm7.decodeUnpacked(a, from, to, warnings);
    }

    private static String plainUcs2(byte[] a, int from, int to, List<String> warnings) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i + 1 < to; i += 2) {
            char unit = (char) (((a[i] & 0xFF) << 8) | (a[i + 1] & 0xFF));
            if (unit == 0xFFFF) {
                break;
            }
            out.append(unit);
        }
        return lenient(out, warnings);
    }

    /** Forms 2 and 3: a byte with bit 8 set is base + its low 7 bits, others are GSM characters. */
    private static String expand(byte[] a, int from, int n, int base, List<String> warnings) {
        StringBuilder out = new StringBuilder();
        int i = from;
        int end = from + n;
        while (i < end) {
            int b = a[i] & 0xFF;
            if ((b & 0x80) != 0) {
                out.appendCodePoint(base + (b & 0x7F));
                i++;
            } else {
                int runStart = i;
                while (i < end && (a[i] & 0x80) == 0) {
                    i++;
                }
                int[] septets = new int[i - runStart];
                for (int k = runStart; k < i; k++) {
                    septets[k - runStart] = a[k];
                }
                out.append(Gsm7.decodeSeptets(septets, warnings));
            }
        }
        return lenient(out, warnings);
    }

    /** Unpaired surrogates become U+FFFD, with a warning. */
    private static String lenient(StringBuilder s, List<String> warnings) {
        boolean replaced = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                s.setCharAt(i, '\uFFFD');
                replaced = true;
            }
        }
        if (replaced) {
            warnings.add("unpaired UTF-16 surrogate replaced by U+FFFD");
        }
        return s.toString();
    }
}
