package org.phonetriage.parsers.sim.codec;

/** Swapped BCD ("semi-octets", sim-spec §3.1): two digits per byte, the first in the low nibble. */
public final class Bcd {

    private Bcd() {
    }

    /** Raw nibbles as upper-case hex digits, low nibble first, stopping at the first F. */
    public static String nibbles(byte[] data, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            int lo = data[i] & 0x0F;
            int hi = (data[i] >> 4) & 0x0F;
            if (lo == 0xF) {
                break;
            }
            out.append(Character.toUpperCase(Character.forDigit(lo, 16)));
            if (hi == 0xF) {
                break;
            }
            out.append(Character.toUpperCase(Character.forDigit(hi, 16)));
        }
        return out.toString();
    }

    /** Decimal digits (ICCID, IMSI); a non-decimal nibble before the filler is kept as hex. */
    public static String digits(byte[] data, int from, int to) {
        return nibbles(data, from, to);
    }

    /** Exactly {@code count} digits read with the given table (a filler F inside the count ends early). */
    public static String digits(byte[] data, int from, int count, DigitTable table) {
        StringBuilder out = new StringBuilder(count);
        for (int k = 0; k < count; k++) {
            int i = from + k / 2;
            if (i >= data.length) {
                break;
            }
            int nibble = (k % 2 == 0) ? data[i] & 0x0F : (data[i] >> 4) & 0x0F;
            if (nibble == 0xF) {
                break;
            }
            out.append(table.digit(nibble));
        }
        return out.toString();
    }

    /** Digits up to the first filler, read with the given table. */
    public static String digitsUntilFiller(byte[] data, int from, int to, DigitTable table) {
        return digits(data, from, Math.max(0, (Math.min(to, data.length) - from) * 2), table);
    }

    /** True when every nibble before the filler is 0–9. */
    public static boolean isDecimal(String nibbles) {
        return nibbles.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
