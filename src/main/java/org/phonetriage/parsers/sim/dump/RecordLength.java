package org.phonetriage.parsers.sim.dump;

import org.phonetriage.parsers.sim.codec.Hex;

/**
 * The record length of a dialling-number file dumped without its header (sim-spec §6.3 step 5):
 * records are X + 14 bytes. A length fits when every record in use is well formed at X: a number
 * length of 1–11 with a type-of-number byte (bit 8 set), BCD digits up to that length and 'FF'
 * after them, or no number at all ('FF'); a record of all 'FF' or all '00' is free. Of the lengths
 * that fit, the card's own EF_ADN record length wins (the alpha field is usually sized alike);
 * else the one that finds the most numbers, the shortest on a tie (names alone: the shortest).
 */
final class RecordLength {

    /** The inferred length (0 when none fits) and what it rests on. */
    record Inference(int length, String basis) {
    }

    private RecordLength() {
    }

    /** @param adnLength the card's EF_ADN record length when known, else 0 */
    static Inference inferDialling(byte[] content, int adnLength) {
        if (adnLength >= 14 && content.length % adnLength == 0 && numbers(content, adnLength) >= 0) {
            return new Inference(adnLength, "the card's EF_ADN record length");
        }
        int best = 0;
        int bestNumbers = -1;
        for (int length = 14; length <= 14 + 241 && length <= content.length; length++) {
            if (content.length % length == 0) {
                int n = numbers(content, length);
                if (n > bestNumbers) {
                    best = length;
                    bestNumbers = n;
                }
            }
        }
        return new Inference(best, best == 0 ? null : "the records' content");
    }

    /** How many records hold a number at this length; -1 when a used record is malformed. */
    private static int numbers(byte[] d, int length) {
        int numbers = 0;
        int used = 0;
        for (int start = 0; start < d.length; start += length) {
            if (Hex.allFf(d, start, start + length) || allZero(d, start, start + length)) {
                continue;
            }
            used++;
            int x = start + length - 14;
            int numberLength = d[x] & 0xFF;
            if (numberLength == 0xFF && Hex.allFf(d, x + 1, x + 12)) {
                continue; // a name without a number
            }
            if (numberLength < 1 || numberLength > 11 || (d[x + 1] & 0x80) == 0
                    || !bcd(d, x + 2, x + 1 + numberLength) || !Hex.allFf(d, x + 1 + numberLength, x + 12)) {
                return -1;
            }
            numbers++;
        }
        return used == 0 ? -1 : numbers;
    }

    /** BCD digits (0–9, *, #, and the extension nibbles A–E); an 'F' only as the last high nibble. */
    private static boolean bcd(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            int low = d[i] & 0x0F;
            int high = (d[i] >> 4) & 0x0F;
            if (low == 0x0F || (high == 0x0F && i != to - 1)) {
                return false;
            }
        }
        return true;
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
