package org.phonetriage.normalize;

import java.util.Locale;

/** E-mail addresses: trimmed and lower-cased, no provider-specific rewriting (dots, +tags stay). */
final class Emails {

    private Emails() {
    }

    static NormalizedId normalize(String raw) {
        String v = raw.strip().toLowerCase(Locale.ROOT);
        if (v.regionMatches(0, "mailto:", 0, 7)) {
            v = v.substring(7);
        }
        boolean plausible = v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
        NormalizedId id = NormalizedId.of("email:" + v, "email", plausible ? "A" : "X", "email", null,
                plausible ? NormalizedId.STRONG : NormalizedId.CANDIDATE);
        return plausible ? id : id.withReason("not a well-formed e-mail address");
    }
}
