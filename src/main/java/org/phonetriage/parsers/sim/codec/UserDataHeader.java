package org.phonetriage.parsers.sim.codec;

import java.util.ArrayList;
import java.util.List;

/** The information elements of a user-data header (sim-spec §5.8). */
public final class UserDataHeader {

    /** One information element: identifier and raw data. */
    public record Element(int iei, byte[] data) {
        public String dataHex() {
            return Hex.of(data);
        }
    }

    /** A concatenated-message part: reference (8 or 16 bit), total parts, 1-based sequence. */
    public record Concat(int reference, int referenceBits, int total, int sequence) {
    }

    private UserDataHeader() {
    }

    /** Parses {@code length} octets of IEs from {@code offset}; a truncated IE is kept short and flagged. */
    public static List<Element> parse(byte[] d, int offset, int length, List<String> warnings) {
        List<Element> out = new ArrayList<>();
        int i = offset;
        int end = Math.min(offset + length, d.length);
        while (i + 1 < end) {
            int iei = d[i] & 0xFF;
            int len = d[i + 1] & 0xFF;
            int from = i + 2;
            int to = from + len;
            if (to > end) {
                warnings.add(String.format("user-data header element %02X truncated", iei));
                to = end;
            }
            byte[] data = new byte[to - from];
            System.arraycopy(d, from, data, 0, data.length);
            out.add(new Element(iei, data));
            i = to;
        }
        if (i < end) {
            warnings.add("stray byte at the end of the user-data header");
        }
        return out;
    }

    /** The concatenation element of a header, or null. */
    public static Concat concat(List<Element> elements) {
        for (Element e : elements) {
            byte[] b = e.data();
            if (e.iei() == 0x00 && b.length == 3) {
                return new Concat(b[0] & 0xFF, 8, b[1] & 0xFF, b[2] & 0xFF);
            }
            if (e.iei() == 0x08 && b.length == 4) {
                return new Concat(((b[0] & 0xFF) << 8) | (b[1] & 0xFF), 16, b[2] & 0xFF, b[3] & 0xFF);
            }
        }
        return null;
    }

    /** The destination port of an application-port element, or -1. */
    public static int destinationPort(List<Element> elements) {
        for (Element e : elements) {
            byte[] b = e.data();
            if (e.iei() == 0x04 && b.length == 2) {
                return b[0] & 0xFF;
            }
            if (e.iei() == 0x05 && b.length == 4) {
                return ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
            }
        }
        return -1;
    }
}
