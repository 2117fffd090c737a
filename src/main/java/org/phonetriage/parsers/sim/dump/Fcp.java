package org.phonetriage.parsers.sim.dump;

import java.util.Arrays;

/** A UICC FCP template (ETSI TS 102 221 §11.1.1.3: tag 62, then tag-length-value objects). */
final class Fcp {

    private Fcp() {
    }

    /** The value of a tag inside the template, or null when the bytes are no FCP or lack it. */
    static byte[] value(byte[] fcp, int tag) {
        if (fcp == null || fcp.length < 2 || (fcp[0] & 0xFF) != 0x62) {
            return null;
        }
        int i = 2;
        while (i + 1 < fcp.length) {
            int t = fcp[i] & 0xFF;
            int len = fcp[i + 1] & 0xFF;
            if (t == tag && i + 2 + len <= fcp.length) {
                return Arrays.copyOfRange(fcp, i + 2, i + 2 + len);
            }
            i += 2 + len;
        }
        return null;
    }
}
