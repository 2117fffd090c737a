package org.phonetriage.normalize;

import java.util.HashSet;
import java.util.Set;

/**
 * How strongly two observations of identifiers link (docs/phone-numbers.md §3.3). Strong only for
 * the same E.164 read at A or B on both sides, with neither ambiguous; candidate for any other
 * shared key (alternatives, repairs, invalid keys); service for the same short code or sender
 * name; none otherwise — placeholders, masks, local numbers and anything read at level none
 * (a network-specific number of an unknown network …) never link.
 * {@code isNumberMatch} is not used: its NSN and suffix matches merge different subscribers.
 */
public enum LinkLevel {
    STRONG, CANDIDATE, SERVICE, NONE;

    private static final Set<String> NEVER_LINK = Set.of("placeholder", "mask", "local");

    public static LinkLevel between(NormalizedId a, NormalizedId b) {
        if (!a.hasKey() || !b.hasKey() || NEVER_LINK.contains(a.type()) || NEVER_LINK.contains(b.type())
                || NormalizedId.NONE.equals(a.level()) || NormalizedId.NONE.equals(b.level())) {
            return NONE;
        }
        if (NormalizedId.SERVICE.equals(a.level()) || NormalizedId.SERVICE.equals(b.level())) {
            return a.key().equals(b.key()) ? SERVICE : NONE;
        }
        if (a.key().equals(b.key()) && NormalizedId.STRONG.equals(a.level()) && NormalizedId.STRONG.equals(b.level())) {
            return STRONG;
        }
        Set<String> keys = keys(a);
        keys.retainAll(keys(b));
        return keys.isEmpty() ? NONE : CANDIDATE;
    }

    private static Set<String> keys(NormalizedId n) {
        Set<String> keys = new HashSet<>();
        keys.add(n.key());
        n.alternatives().forEach(alt -> keys.add(alt.key()));
        return keys;
    }
}
