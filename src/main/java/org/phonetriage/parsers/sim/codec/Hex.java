package org.phonetriage.parsers.sim.codec;

import java.util.HexFormat;

/** Upper-case hex, the way the spec and examiners write SIM bytes. */
public final class Hex {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private Hex() {
    }

    public static String of(byte[] data, int from, int to) {
        return HEX.formatHex(data, Math.max(0, from), Math.min(to, data.length));
    }

    public static String of(byte[] data) {
        return HEX.formatHex(data);
    }

    /** True when every byte in [from, to) is FF, the padding of SIM files. */
    public static boolean allFf(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((data[i] & 0xFF) != 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** Parses hex, ignoring white space; throws IllegalArgumentException on anything else. */
    public static byte[] parse(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s", ""));
    }
}
