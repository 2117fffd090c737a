package org.phonetriage.report.caseuco;

import java.nio.charset.StandardCharsets;

/**
 * A node IRI of case.jsonld ({@code kb:<Class>-<UUID>}, see {@link CaseIri}) held as its class and its UUID's
 * bits, not as text: case.jsonld writes a few per record, hashes them again as parts of facet IRIs and keeps
 * every record's for its parser run's results, so they are written as ASCII bytes where needed and never
 * made into Strings on the way.
 */
record NodeIri(UcoTerm type, long msb, long lsb) {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** How many characters the IRI has. */
    int length() {
        return type.localName().length() + 40; // "kb:", "-", 36 of UUID
    }

    /** Writes the IRI's ASCII into {@code out} from {@code at} (length() bytes); returns where it ends. */
    int write(byte[] out, int at) {
        int n = at;
        out[n++] = 'k';
        out[n++] = 'b';
        out[n++] = ':';
        String local = type.localName();
        for (int i = 0; i < local.length(); i++) {
            out[n++] = (byte) local.charAt(i);
        }
        out[n++] = '-';
        n = hex(out, n, msb >>> 32, 8);
        out[n++] = '-';
        n = hex(out, n, msb >>> 16, 4);
        out[n++] = '-';
        n = hex(out, n, msb, 4);
        out[n++] = '-';
        n = hex(out, n, lsb >>> 48, 4);
        out[n++] = '-';
        return hex(out, n, lsb, 12);
    }

    /** The lowest {@code digits} hex digits of {@code bits}, most significant first. */
    private static int hex(byte[] out, int at, long bits, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            out[at + i] = HEX[(int) bits & 0xf];
            bits >>>= 4;
        }
        return at + digits;
    }

    /** Equal when the texts are: the class by its local name (the text's part), the UUID by its bits. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NodeIri other && msb == other.msb && lsb == other.lsb
                && type.localName().equals(other.type.localName());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(msb * 31 + lsb);
    }

    @Override
    public String toString() {
        byte[] text = new byte[length()];
        write(text, 0);
        return new String(text, StandardCharsets.ISO_8859_1);
    }
}
