package org.phonetriage.parsers.sim.codec;

/**
 * The card's last registered areas, as text for the report (sim-spec §4.11–4.13): EF_LOCI (circuit
 * switched), EF_LOCIGPRS / EF_PSLOCI (packet switched) and EF_EPSLOCI (LTE). These are the last
 * values the network gave the card, not times; an area code 0000 or FFFE means "deleted".
 */
public final class Locations {

    private static final String[] UPDATE = {"updated", "not updated", "PLMN not allowed",
        "location area not allowed"};
    private static final String[] ROUTING_UPDATE = {"updated", "not updated", "PLMN not allowed",
        "routing area not allowed"};
    private static final String[] EPS_UPDATE = {"updated", "not updated", "roaming not allowed"};

    private Locations() {
    }

    /** EF_LOCI: TMSI, LAI, update status; null when too short or without a PLMN. */
    public static String loci(byte[] d) {
        if (d.length < 11) {
            return null;
        }
        Plmn plmn = Plmn.decode(d, 4);
        if (plmn == null) {
            return null;
        }
        int lac = u16(d, 7);
        String tmsi = Hex.of(d, 0, 4);
        return "MCC " + plmn.mcc() + " MNC " + plmn.mnc() + area("LAC", lac)
                + (tmsi.equals("FFFFFFFF") ? "" : " TMSI " + tmsi) + ", " + status(UPDATE, d[10] & 0x07);
    }

    /** A location area: the network and the area code. */
    public record Area(Plmn plmn, int lac) {
    }

    /** The location area of EF_LOCI, for naming its network through EF_OPL (null when absent). */
    public static Area lociArea(byte[] d) {
        if (d.length < 11 || Plmn.decode(d, 4) == null) {
            return null;
        }
        return new Area(Plmn.decode(d, 4), u16(d, 7));
    }

    /** EF_LOCIGPRS / EF_PSLOCI: P-TMSI, RAI (LAI + RAC), routing-area update status. */
    public static String psLoci(byte[] d) {
        if (d.length < 14) {
            return null;
        }
        Plmn plmn = Plmn.decode(d, 7);
        if (plmn == null) {
            return null;
        }
        String ptmsi = Hex.of(d, 0, 4);
        return "MCC " + plmn.mcc() + " MNC " + plmn.mnc() + area("LAC", u16(d, 10))
                + String.format(" RAC %02X", d[12] & 0xFF) + (ptmsi.equals("FFFFFFFF") ? "" : " P-TMSI " + ptmsi)
                + ", " + status(ROUTING_UPDATE, d[13] & 0x07);
    }

    /** EF_EPSLOCI: GUTI (PLMN, MME group and code, M-TMSI), last visited TAI, EPS update status. */
    public static String epsLoci(byte[] d) {
        if (d.length < 18) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        Plmn tai = Plmn.decode(d, 12);
        s.append(tai == null ? "TAI without PLMN" : "TAI MCC " + tai.mcc() + " MNC " + tai.mnc())
                .append(String.format(" TAC %04X", u16(d, 15)));
        boolean noGuti = Hex.allFf(d, 0, 12);
        Plmn gutiPlmn = noGuti ? null : Plmn.decode(d, 2);
        if (gutiPlmn != null) {
            s.append(String.format("; GUTI %s-%s MMEGI %04X MMEC %02X M-TMSI %s", gutiPlmn.mcc(), gutiPlmn.mnc(),
                    u16(d, 5), d[7] & 0xFF, Hex.of(d, 8, 12)));
        }
        return s.append(", ").append(status(EPS_UPDATE, d[17] & 0xFF)).toString();
    }

    private static String area(String name, int code) {
        return String.format(" %s %04X (%d)", name, code, code) + (code == 0 || code == 0xFFFE ? " deleted" : "");
    }

    private static String status(String[] names, int code) {
        return code < names.length ? names[code] : "status " + code;
    }

    private static int u16(byte[] d, int offset) {
        return ((d[offset] & 0xFF) << 8) | (d[offset + 1] & 0xFF);
    }
}
