package org.phonetriage.parsers.sim.codec;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An EF_ICI (incoming) or EF_OCI (outgoing) record of the USIM (sim-spec §4.21): the other party as
 * a dialling number (alpha, number, CCP2 and EXT5 ids), the call's date and time with its zone
 * (coded like TP-SCTS), its duration (24-bit seconds), for EF_ICI whether it was answered, and a
 * 3-byte link to a phonebook entry. Record 1 is the newest.
 *
 * @param answered null for EF_OCI, which has no status byte
 * @param rawTime  the 7 time bytes as stored, for the report
 */
public record CallInformation(DiallingNumber party, OffsetDateTime time, String rawTime, int durationSeconds,
                              Boolean answered, List<String> warnings) {

    private static final int TAIL_INCOMING = 28;
    private static final int TAIL_OUTGOING = 27;

    /** Decodes a record; null when it holds no call (no party and no time). */
    public static CallInformation decode(byte[] rec, boolean incoming, List<byte[]> extension) {
        int tail = incoming ? TAIL_INCOMING : TAIL_OUTGOING;
        List<String> warnings = new ArrayList<>();
        if (rec.length < tail) {
            warnings.add((incoming ? "EF_ICI" : "EF_OCI") + " record of " + rec.length + " bytes, shorter than "
                    + tail);
            return new CallInformation(null, null, Hex.of(rec, 0, rec.length), 0, null, warnings);
        }
        int x = rec.length - tail;
        DiallingNumber party = DiallingNumber.decode(Arrays.copyOfRange(rec, 0, x + 14), extension);
        warnings.addAll(party.warnings());
        int t = x + 14;
        boolean noTime = Hex.allFf(rec, t, t + SmsTimestamp.LENGTH) || allZero(rec, t, t + SmsTimestamp.LENGTH);
        if (party.empty() && noTime) {
            return null;
        }
        OffsetDateTime time = noTime ? null : SmsTimestamp.decode(rec, t, warnings);
        int duration = ((rec[t + 7] & 0xFF) << 16) | ((rec[t + 8] & 0xFF) << 8) | (rec[t + 9] & 0xFF);
        Boolean answered = incoming ? (rec[t + 10] & 0x01) == 0 : null;
        return new CallInformation(party, time, Hex.of(rec, t, t + SmsTimestamp.LENGTH), duration, answered, warnings);
    }

    private static boolean allZero(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
