package org.phonetriage.parsers.sim.codec;

import java.util.List;

/**
 * A TP address (TP-OA/DA/RA, sim-spec §5.3.5) or the service-centre address (§5.2).
 *
 * @param value what a reader sees: the number with '+' for international ones, or the text of an
 *              alphanumeric sender
 * @param ton type of number (1 international, 5 alphanumeric …)
 * @param npi numbering plan
 */
public record SmsAddress(String value, int ton, int npi) {

    public static final int TON_INTERNATIONAL = 1;
    public static final int TON_ALPHANUMERIC = 5;

    /** True when the address is a sender name rather than a number. */
    public boolean alphanumeric() {
        return ton == TON_ALPHANUMERIC;
    }

    /** Builds the displayed form of a number: '+' for international, not before a service code. */
    static SmsAddress number(String digits, int toa) {
        int ton = (toa >> 4) & 0x07;
        boolean plus = ton == TON_INTERNATIONAL && !digits.isEmpty()
                && digits.charAt(0) != '*' && digits.charAt(0) != '#';
        return new SmsAddress(plus ? "+" + digits : digits, ton, toa & 0x0F);
    }

    /**
     * Reads a TP address at {@code offset}: length in semi-octets, type of address, value.
     * Returns the address; the octets it used are {@link #tpLength(byte[], int)}.
     */
    static SmsAddress readTp(byte[] d, int offset, List<String> warnings) {
        if (offset + 2 > d.length) {
            throw new Truncated("address");
        }
        int semiOctets = d[offset] & 0xFF;
        int toa = d[offset + 1] & 0xFF;
        int valueOctets = (semiOctets + 1) / 2;
        if (semiOctets > 20) {
            warnings.add("address length " + semiOctets + " exceeds 20 digits");
        }
        if (offset + 2 + valueOctets > d.length) {
            throw new Truncated("address");
        }
        if (((toa >> 4) & 0x07) == TON_ALPHANUMERIC) {
            int septets = semiOctets * 4 / 7;
            String text = Gsm7.decodePacked(d, offset + 2, septets, 0, warnings);
            return new SmsAddress(text, TON_ALPHANUMERIC, toa & 0x0F);
        }
        return number(Bcd.digits(d, offset + 2, semiOctets, DigitTable.SMS), toa);
    }

    /** Octets a TP address occupies, its two header octets included. */
    static int tpLength(byte[] d, int offset) {
        return 2 + ((d[offset] & 0xFF) + 1) / 2;
    }

    /** Reads a service-centre address (length in octets, 0 or FF for none); null when absent. */
    static SmsAddress readServiceCentre(byte[] d, int offset, int octets) {
        if (octets == 0) {
            return null;
        }
        int toa = d[offset] & 0xFF;
        return number(Bcd.digitsUntilFiller(d, offset + 1, offset + octets, DigitTable.SMS), toa);
    }
}
