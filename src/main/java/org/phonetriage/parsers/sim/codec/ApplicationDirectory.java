package org.phonetriage.parsers.sim.codec;

import java.nio.charset.StandardCharsets;

/**
 * An EF_DIR record (sim-spec §4.18): {@code 61 L { 4F L AID; 50 L label }}, the applications on
 * the UICC (USIM, ISIM …) and the operator's label for each.
 *
 * @param aid   the application identifier, hex
 * @param type  USIM, ISIM, or "application" when the RID/PIX is not one of those
 * @param label the label, or ""
 */
public record ApplicationDirectory(String aid, String type, String label) {

    /** Decodes a record; null when it is empty or not an application template. */
    public static ApplicationDirectory decode(byte[] r) {
        if (r.length < 2 || (r[0] & 0xFF) != 0x61) {
            return null;
        }
        int end = Math.min(r.length, 2 + (r[1] & 0xFF));
        String aid = null;
        String label = "";
        for (int i = 2; i + 2 <= end; ) {
            int tag = r[i] & 0xFF;
            int length = r[i + 1] & 0xFF;
            int to = Math.min(end, i + 2 + length);
            if (tag == 0x4F) {
                aid = Hex.of(r, i + 2, to);
            } else if (tag == 0x50) {
                label = new String(r, i + 2, to - (i + 2), StandardCharsets.UTF_8);
            }
            i = to;
        }
        if (aid == null) {
            return null;
        }
        String type = aid.startsWith("A0000000871002") ? "USIM" : aid.startsWith("A0000000871004") ? "ISIM"
                : "application";
        return new ApplicationDirectory(aid, type, label);
    }

    public String describe() {
        return type + " " + aid + (label.isEmpty() ? "" : " \"" + label + "\"");
    }
}
