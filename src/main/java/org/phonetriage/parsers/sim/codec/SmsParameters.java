package org.phonetriage.parsers.sim.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * An EF_SMSP record (sim-spec §4.8): the SMS defaults the handset used — above all the SMS centre,
 * which belongs to the card's home network. A parameter is present when its indicator bit is 0.
 *
 * @param alpha             the record's name, or ""
 * @param destination       the default TP-Destination Address, or null
 * @param serviceCentre     the TS-Service-Centre address, or null
 * @param validityMinutes   the relative validity period in minutes, or null
 */
public record SmsParameters(String alpha, String destination, String serviceCentre, Integer protocolId,
                            Integer dataCoding, Integer validityMinutes) {

    private static final int FIXED = 28;

    /** Decodes a record; null when it is empty (all parameters absent) or shorter than 28 bytes. */
    public static SmsParameters decode(byte[] r, List<String> warnings) {
        if (r.length < FIXED) {
            warnings.add("EF_SMSP record of " + r.length + " bytes, shorter than 28");
            return null;
        }
        int y = r.length - FIXED;
        String alpha;
        if (y > 0 && (r[y] & 0xE0) != 0xE0 && (r[0] & 0xE0) == 0xE0) {
            // some cards write the parameters first and pad the rest (pySim's test cards do): the
            // indicator byte's reserved bits are 1, so only the first byte can be it
            warnings.add("EF_SMSP record holds its parameters first, not after a " + y + "-byte name; read so");
            alpha = "";
            y = 0;
        } else {
            alpha = y == 0 ? "" : AlphaId.decode(r, 0, y, warnings);
        }
        int indicators = r[y] & 0xFF;
        if ((indicators & 0x1F) == 0x1F) {
            return null;
        }
        String destination = null;
        if ((indicators & 0x01) == 0) {
            int digits = Math.min(r[y + 1] & 0xFF, 20);
            destination = SmsAddress.number(Bcd.digits(r, y + 3, digits, DigitTable.DIALLING), r[y + 2] & 0xFF).value();
        }
        String centre = null;
        if ((indicators & 0x02) == 0) {
            int octets = r[y + 13] & 0xFF;
            SmsAddress sc = octets == 0xFF ? null : SmsAddress.readServiceCentre(r, y + 14, Math.min(octets, 11));
            centre = sc == null ? null : sc.value();
        }
        Integer pid = (indicators & 0x04) == 0 ? r[y + 25] & 0xFF : null;
        Integer dcs = (indicators & 0x08) == 0 ? r[y + 26] & 0xFF : null;
        Integer vp = (indicators & 0x10) == 0 ? TpduDecoder.relativeValidity(r[y + 27] & 0xFF) : null;
        return new SmsParameters(alpha, destination, centre, pid, dcs, vp);
    }


    /** For the report: "SMS centre +49…, validity 3 days (alpha "SMSC")". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (serviceCentre != null) {
            parts.add("SMS centre " + serviceCentre);
        }
        if (destination != null) {
            parts.add("default destination " + destination);
        }
        if (validityMinutes != null) {
            int days = validityMinutes / (24 * 60);
            parts.add("validity " + (validityMinutes % (24 * 60) != 0 ? validityMinutes + " min"
                    : days == 1 ? "1 day" : days + " days"));
        }
        if (!alpha.isEmpty()) {
            parts.add("named \"" + alpha + "\"");
        }
        return String.join(", ", parts);
    }
}
