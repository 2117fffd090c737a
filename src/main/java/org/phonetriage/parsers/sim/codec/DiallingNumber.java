package org.phonetriage.parsers.sim.codec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A record of EF_ADN, FDN, SDN, LND, MSISDN, BDN or MBDN (sim-spec §4.5), with its EXTn chain.
 *
 * @param alpha the name (alpha identifier)
 * @param number the number as displayed ('+' for international), empty when the record has none
 * @param rawNibbles the BCD nibbles as stored, for the report
 * @param ton type of number (sim-spec §3.3), -1 when no number
 * @param warnings what was odd about the record
 */
public record DiallingNumber(String alpha, String number, String rawNibbles, int ton, List<String> warnings) {

    /** The type of number, or null when the record holds no number. */
    public Integer typeOfNumber() {
        return ton < 0 ? null : ton;
    }

    /** True when the record holds neither a name nor a number. */
    public boolean empty() {
        return alpha.isEmpty() && number.isEmpty();
    }

    /**
     * Decodes one record whose number part is its last 14 bytes. {@code extension} holds the
     * records of the associated EXTn file (may be empty).
     */
    public static DiallingNumber decode(byte[] rec, List<byte[]> extension) {
        List<String> warnings = new ArrayList<>();
        if (rec.length < 14) {
            warnings.add("record of " + rec.length + " bytes is shorter than the 14-byte number part");
            return new DiallingNumber(AlphaId.decode(rec, warnings), "", "", -1, warnings);
        }
        int x = rec.length - 14;
        String alpha = AlphaId.decode(rec, 0, x, warnings);
        int length = rec[x] & 0xFF;
        int toa = rec[x + 1] & 0xFF;
        if (length == 0xFF || length == 0) {
            if (!Hex.allFf(rec, x + 2, x + 12)) {
                String residue = Bcd.digitsUntilFiller(rec, x + 2, x + 12, DigitTable.DIALLING);
                warnings.add("residual digits without a length (remnant of a deleted entry?): " + residue);
            }
            return new DiallingNumber(alpha, "", "", -1, warnings);
        }
        if (length > 11) {
            String salvage = Bcd.digitsUntilFiller(rec, x + 2, x + 12, DigitTable.DIALLING);
            warnings.add("number length " + length + " is invalid; unverified digits: " + salvage);
            return new DiallingNumber(alpha, "", "", -1, warnings);
        }
        String raw = Bcd.nibbles(rec, x + 2, x + 1 + length);
        String digits = Bcd.digitsUntilFiller(rec, x + 2, x + 1 + length, DigitTable.DIALLING);
        int ext = rec[x + 13] & 0xFF;
        if (ext != 0x00 && ext != 0xFF && length == 11) {
            StringBuilder more = new StringBuilder();
            raw += appendExtension(ext, extension, more, warnings);
            digits += more;
        }
        int ton = toa == 0xFF ? 0 : (toa >> 4) & 0x07;
        String number = toa == 0xFF ? digits : SmsAddress.number(digits, toa).value();
        return new DiallingNumber(alpha, number, raw, ton, warnings);
    }

    /** Follows the EXTn chain from record {@code first} (1-based); returns the raw nibbles added. */
    private static String appendExtension(int first, List<byte[]> extension, StringBuilder digits,
            List<String> warnings) {
        StringBuilder raw = new StringBuilder();
        Set<Integer> seen = new HashSet<>();
        int next = first;
        while (next != 0xFF && next != 0) {
            if (!seen.add(next)) {
                warnings.add("extension chain loops back to record " + next);
                break;
            }
            if (next > extension.size()) {
                warnings.add("extension record " + next + " is not in the dump");
                break;
            }
            byte[] e = extension.get(next - 1);
            if (e.length < 13) {
                warnings.add("extension record " + next + " is shorter than 13 bytes");
                break;
            }
            int type = e[0] & 0xFF;
            int count = e[1] & 0xFF;
            if (type == 0x01) {
                warnings.add("extension record " + next + " is a called-party subaddress, not appended");
            } else if (type == 0x02 && count <= 10) {
                digits.append(Bcd.digitsUntilFiller(e, 2, 2 + count, DigitTable.DIALLING));
                raw.append(Bcd.nibbles(e, 2, 2 + count));
            } else {
                warnings.add(String.format("extension record %d (type %02X, length %d) ignored", next, type, count));
            }
            next = e[12] & 0xFF;
        }
        return raw.toString();
    }
}
