package org.phonetriage.parsers.sim.codec;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** TP-SCTS, TP-DT and absolute TP-VP (sim-spec §5.4): seven semi-octet pairs, the last a zone. */
public final class SmsTimestamp {

    public static final int LENGTH = 7;

    private SmsTimestamp() {
    }

    /** The local time with its offset, or null (with a warning) when the bytes are no date. */
    public static OffsetDateTime decode(byte[] d, int offset, List<String> warnings) {
        if (offset + LENGTH > d.length) {
            warnings.add("time stamp truncated");
            return null;
        }
        boolean nonDigit = false;
        int[] v = new int[6];
        for (int i = 0; i < 6; i++) {
            int b = d[offset + i] & 0xFF;
            int tens = b & 0x0F;
            int units = (b >> 4) & 0x0F;
            nonDigit |= tens > 9 || units > 9;
            // TS 23.040: a non-digit nibble is read as 0, the field itself is kept as received.
            v[i] = (tens > 9 ? 0 : tens) * 10 + (units > 9 ? 0 : units);
        }
        int tz = d[offset + 6] & 0xFF;
        int quarters = (tz & 0x07) * 10 + ((tz >> 4) & 0x0F);
        if ((tz & 0x08) != 0) {
            quarters = -quarters;
        }
        if (nonDigit) {
            warnings.add("time stamp has non-decimal digits (read as 0): " + Hex.of(d, offset, offset + LENGTH));
        }
        int year = v[0] >= 90 ? 1900 + v[0] : 2000 + v[0];
        try {
            return OffsetDateTime.of(year, v[1], v[2], v[3], v[4], v[5], 0,
                    ZoneOffset.ofTotalSeconds(quarters * 15 * 60));
        } catch (DateTimeException e) {
            warnings.add("time stamp is not a valid date: " + Hex.of(d, offset, offset + LENGTH));
            return null;
        }
    }
}
