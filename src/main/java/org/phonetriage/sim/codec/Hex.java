package org.phonetriage.sim.codec;

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

    /** Parses hex, ignoring white space; throws IllegalArgumentException on anything else. */
    public static byte[] parse(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s", ""));
    }
}
