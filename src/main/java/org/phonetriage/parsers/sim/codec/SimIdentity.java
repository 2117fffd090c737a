package org.phonetriage.parsers.sim.codec;

import java.util.List;
import java.util.Set;

/** EF_ICCID, EF_IMSI, EF_AD and EF_SPN (sim-spec §4.1–4.4). */
public final class SimIdentity {

    /** MCCs whose networks use 3-digit MNCs, for cards whose EF_AD does not say (sim-spec §4.2). */
    private static final Set<String> THREE_DIGIT_MNC_MCCS = Set.of("302", "310", "311", "312", "313", "314",
            "315", "316", "334", "338", "342", "344", "346", "348", "354", "356", "358", "360", "365", "366",
            "376", "708", "722", "732");

    /** An IMSI split into MCC and MNC; {@code mncLengthInferred} when EF_AD did not give it. */
    public record Imsi(String digits, String mcc, String mnc, boolean mncLengthInferred) {
    }

    /** A service provider name with its display condition byte. */
    public record Spn(String name, int displayCondition) {
    }

    private SimIdentity() {
    }

    /** The ICCID digits; letters A–E (invalid) are kept and flagged, the Luhn check only reported. */
    public static String iccid(byte[] d, List<String> warnings) {
        String digits = Bcd.nibbles(d, 0, d.length);
        if (!Bcd.isDecimal(digits)) {
            warnings.add("ICCID " + digits + " has non-decimal digits");
        } else if (!luhn(digits)) {
            warnings.add("ICCID " + digits + " fails the Luhn check");
        }
        return digits;
    }

    /** The IMSI, or null when not provisioned; {@code mncLength} from EF_AD, or 0 when unknown. */
    public static Imsi imsi(byte[] d, int mncLength, List<String> warnings) {
        if (d.length < 2 || (d[0] & 0xFF) == 0xFF || (d[0] & 0xFF) == 0) {
            return null;
        }
        int length = Math.min(d[0] & 0xFF, d.length - 1);
        if (length != (d[0] & 0xFF) || length > 8) {
            warnings.add("IMSI length byte " + (d[0] & 0xFF) + " does not fit the file");
            length = Math.min(length, 8);
        }
        boolean odd = (d[1] & 0x08) != 0;
        int count = 2 * length - (odd ? 1 : 2);
        StringBuilder digits = new StringBuilder();
        digits.append(Character.forDigit((d[1] >> 4) & 0x0F, 16));
        digits.append(Bcd.nibbles(d, 2, 1 + length));
        String imsi = digits.length() > count ? digits.substring(0, count) : digits.toString();
        imsi = imsi.toUpperCase();
        if (!Bcd.isDecimal(imsi)) {
            warnings.add("IMSI " + imsi + " has non-decimal digits");
        }
        if (imsi.length() < 5) {
            return new Imsi(imsi, null, null, false);
        }
        String mcc = imsi.substring(0, 3);
        boolean inferred = mncLength != 2 && mncLength != 3;
        int mncDigits = inferred ? (THREE_DIGIT_MNC_MCCS.contains(mcc) ? 3 : 2) : mncLength;
        mncDigits = Math.min(mncDigits, imsi.length() - 3);
        return new Imsi(imsi, mcc, imsi.substring(3, 3 + mncDigits), inferred);
    }

    /** The MNC length of EF_AD byte 4, or 0 when the file is too short to say. */
    public static int mncLength(byte[] ad) {
        return ad.length >= 4 ? ad[3] & 0x0F : 0;
    }

    public static Spn spn(byte[] d, List<String> warnings) {
        if (d.length == 0) {
            return null;
        }
        String name = AlphaId.decode(d, 1, d.length, warnings);
        return name.isEmpty() ? null : new Spn(name, d[0] & 0xFF);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int n = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
        }
        return sum % 10 == 0;
    }
}
