package org.phonetriage.sim.dump;

import org.phonetriage.sim.codec.Hex;

/**
 * The record length of a dialling-number file dumped without its header (sim-spec §6.3 step 5):
 * records are X + 14 bytes; the right length is the smallest at which every record in use has a
 * plausible number length (1–11) and type-of-number byte (bit 8 set) at X and X + 1.
 */
final class RecordLength {

    private RecordLength() {
    }

    /** The inferred length, or 0 when none fits. */
    static int inferDialling(byte[] content) {
        for (int length = 14; length <= 14 + 241 && length <= content.length; length++) {
            if (content.length % length == 0 && fits(content, length)) {
                return length;
            }
        }
        return 0;
    }

    private static boolean fits(byte[] d, int length) {
        int used = 0;
        for (int start = 0; start < d.length; start += length) {
            if (Hex.allFf(d, start, start + length)) {
                continue;
            }
            int x = start + length - 14;
            int numberLength = d[x] & 0xFF;
            int toa = d[x + 1] & 0xFF;
            boolean noNumber = numberLength == 0xFF && Hex.allFf(d, x + 1, x + 12);
            boolean number = numberLength >= 1 && numberLength <= 11 && (toa & 0x80) != 0;
            if (!noNumber && !number) {
                return false;
            }
            used++;
        }
        return used > 0;
    }
}
