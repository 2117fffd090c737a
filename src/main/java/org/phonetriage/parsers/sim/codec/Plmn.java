package org.phonetriage.parsers.sim.codec;

/** A PLMN (MCC + MNC) in the 3-byte coding of TS 24.008 §10.5.1.3 (sim-spec §3.2). */
public record Plmn(String mcc, String mnc) {

    /** Decodes 3 bytes at {@code offset}; null for FF FF FF (an empty entry). */
    public static Plmn decode(byte[] d, int offset) {
        int b1 = d[offset] & 0xFF;
        int b2 = d[offset + 1] & 0xFF;
        int b3 = d[offset + 2] & 0xFF;
        if (b1 == 0xFF && b2 == 0xFF && b3 == 0xFF) {
            return null;
        }
        String mcc = "" + hex(b1 & 0x0F) + hex(b1 >> 4) + hex(b2 & 0x0F);
        String mnc = "" + hex(b3 & 0x0F) + hex(b3 >> 4) + ((b2 >> 4) == 0xF ? "" : hex(b2 >> 4));
        return new Plmn(mcc, mnc);
    }

    private static char hex(int nibble) {
        return Character.toUpperCase(Character.forDigit(nibble & 0x0F, 16));
    }

    @Override
    public String toString() {
        return mcc + "-" + mnc;
    }
}
