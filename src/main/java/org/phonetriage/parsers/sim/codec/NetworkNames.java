package org.phonetriage.parsers.sim.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Operator network names on the card (sim-spec §4.16): EF_PNN records (full and short name, each a
 * Network Name IE in packed GSM 7-bit or UCS2), EF_OPL records (which PNN record names a PLMN and
 * range of location areas; a nibble D in the PLMN is a wildcard) and EF_SPDI (the service
 * provider's own networks).
 */
public final class NetworkNames {

    /** One EF_PNN record: full and short name, either possibly null. */
    public record Pnn(String full, String shortName) {

        public String describe() {
            return (full == null ? "" : "full \"" + full + "\"") + (full != null && shortName != null ? ", " : "")
                    + (shortName == null ? "" : "short \"" + shortName + "\"");
        }
    }

    /** One EF_OPL record: PLMN (as written, D a wildcard), LAC range, PNN record (0: not from EF_PNN). */
    public record Opl(String plmn, int lacFrom, int lacTo, int pnnRecord) {

        public boolean covers(Plmn network, int lac) {
            String written = plmn.replace("-", "");
            String actual = network.mcc() + network.mnc();
            if (written.length() != actual.length()) {
                return false;
            }
            for (int i = 0; i < written.length(); i++) {
                if (written.charAt(i) != 'D' && written.charAt(i) != actual.charAt(i)) {
                    return false;
                }
            }
            return lac >= lacFrom && lac <= lacTo;
        }

        public String describe() {
            return String.format("%s LAC %04X–%04X → PNN record %d", plmn, lacFrom, lacTo, pnnRecord);
        }
    }

    private NetworkNames() {
    }

    /** An EF_PNN record; null when it holds no name. */
    public static Pnn pnn(byte[] r, List<String> warnings) {
        String full = null;
        String shortName = null;
        int i = 0;
        while (i + 2 <= r.length && (r[i] & 0xFF) != 0xFF) {
            int tag = r[i] & 0xFF;
            int length = r[i + 1] & 0xFF;
            if (i + 2 + length > r.length) {
                warnings.add("EF_PNN: TLV " + String.format("%02X", tag) + " runs past the record");
                break;
            }
            if (tag == 0x43 || tag == 0x45) {
                String name = networkName(r, i + 2, length, warnings);
                if (tag == 0x43) {
                    full = name;
                } else {
                    shortName = name;
                }
            }
            i += 2 + length;
        }
        return full == null && shortName == null ? null : new Pnn(full, shortName);
    }

    /** A Network Name IE value (24.008 §10.5.3.5a without IEI and length). */
    static String networkName(byte[] d, int offset, int length, List<String> warnings) {
        if (length < 1) {
            return "";
        }
        int header = d[offset] & 0xFF;
        int coding = (header >> 4) & 0x07;
        int spare = header & 0x07;
        if (coding == 1) {
            return new String(d, offset + 1, (length - 1) & ~1, StandardCharsets.UTF_16BE);
        }
        if (coding != 0) {
            warnings.add("network name in reserved coding " + coding);
            return Hex.of(d, offset + 1, offset + length);
        }
        // a one-byte name whose spare bits exceed its (no) text bytes holds no septet, not -1
        int septets = Math.max(0, ((length - 1) * 8 - spare) / 7);
        return Gsm7.decodePacked(d, offset + 1, septets, 0, warnings);
    }

    /** An EF_OPL record; null when empty. */
    public static Opl opl(byte[] r) {
        if (r.length < 8 || Hex.allFf(r, 0, 8)) {
            return null;
        }
        int b1 = r[0] & 0xFF;
        int b2 = r[1] & 0xFF;
        int b3 = r[2] & 0xFF;
        String mcc = "" + nibble(b1 & 0x0F) + nibble(b1 >> 4) + nibble(b2 & 0x0F);
        String mnc = "" + nibble(b3 & 0x0F) + nibble(b3 >> 4) + ((b2 >> 4) == 0xF ? "" : nibble(b2 >> 4));
        return new Opl(mcc + "-" + mnc, ((r[3] & 0xFF) << 8) | (r[4] & 0xFF), ((r[5] & 0xFF) << 8) | (r[6] & 0xFF),
                r[7] & 0xFF);
    }

    /** EF_SPDI: {@code A3 L { 80 L n×PLMN }}; the networks, empty entries left out. */
    public static List<Plmn> spdi(byte[] d) {
        List<Plmn> out = new ArrayList<>();
        if (d.length < 4 || (d[0] & 0xFF) != 0xA3 || (d[2] & 0xFF) != 0x80) {
            return out;
        }
        int length = Math.min(d[3] & 0xFF, d.length - 4);
        for (int i = 4; i + 3 <= 4 + length; i += 3) {
            Plmn p = Plmn.decode(d, i);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static char nibble(int n) {
        return Character.toUpperCase(Character.forDigit(n & 0x0F, 16));
    }
}
