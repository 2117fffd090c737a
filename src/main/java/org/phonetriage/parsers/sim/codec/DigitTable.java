package org.phonetriage.parsers.sim.codec;

/**
 * The two nibble tables of sim-spec §3.4: dialling numbers (EF_ADN family) and SMS addresses
 * read nibbles C, D, E differently. Characters are AOSP's, so reports match Android-derived ones.
 */
public enum DigitTable {
    /** EF_ADN/FDN/SDN/LND/MSISDN/EXTn, EF_SMSP TP-DA: C pause, D wild, E expansion. */
    DIALLING("0123456789*#,N;"),
    /** TP-OA/TP-DA/TP-RA and the service-centre address. */
    SMS("0123456789*#abc");

    private final String chars;

    DigitTable(String chars) {
        this.chars = chars;
    }

    /** The character of a nibble 0..14 (F is the filler and never a digit). */
    public char digit(int nibble) {
        return chars.charAt(nibble);
    }
}
