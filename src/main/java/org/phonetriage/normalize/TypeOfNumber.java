package org.phonetriage.normalize;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What the type of number (TON) a SIM stores beside a number (sim-spec §3.3, 3GPP TS 24.008
 * §10.5.4.7) lets its key claim. Unknown (0) and national (2) numbers are read like any stored
 * number, with the card's region, because phones keep numbers as they were dialled and a SIM's
 * phone book must meet the phone's; international (1) ones carry their '+', alphanumeric (5) ones
 * are sender names. A network-specific (3) or abbreviated (6) number belongs to one network's own
 * plan, not to E.164: reading it as national turned the MSISDN 6766266 of a pySim test card into
 * +496766266. It is keyed {@code net:<MCC>-<MNC>:<digits>} (the card's home network) and never
 * links strongly. A subscriber number (4: without its area code) and the reserved TON 7 are read as
 * national numbers, but at most as candidates.
 */
final class TypeOfNumber {

    static final int NETWORK_SPECIFIC = 3;
    static final int SUBSCRIBER = 4;
    static final int ABBREVIATED = 6;
    static final int RESERVED = 7;

    private TypeOfNumber() {
    }

    /**
     * @param ton       the stored TON, or null when the source stores none
     * @param network   the card's home network as MCC-MNC, or null when unknown
     * @param asDialled the reading of the value as a number the phone stored as dialled
     */
    static NormalizedId read(Integer ton, String raw, String network, RegionContext ctx,
                             Supplier<NormalizedId> asDialled) {
        if (ton == null || raw == null || raw.chars().noneMatch(Character::isDigit)) {
            return asDialled.get();
        }
        return switch (ton) {
            case NETWORK_SPECIFIC, ABBREVIATED -> networkNumber(raw, ton, network, ctx);
            case SUBSCRIBER, RESERVED -> atMostCandidate(asDialled.get(), ton);
            default -> asDialled.get();
        };
    }

    /** A number of one network's own plan: its key is scoped by that network, and links only within it. */
    private static NormalizedId networkNumber(String raw, int ton, String network, RegionContext ctx) {
        String digits = raw.strip().replaceAll("[\\s().-]", "");
        String name = name(ton);
        Map<String, String> attrs = new TreeMap<>(Map.of("ton", name));
        String rule = ton == ABBREVIATED ? "abbreviated" : "network-specific";
        if (network == null) {
            String region = ctx.primary() == null ? "ZZ" : ctx.primary();
            return NormalizedId.of("net:" + region + ":" + digits, "network", "-", rule, ctx.primary(),
                    NormalizedId.NONE).withAttributes(attrs)
                    .withReason("TON " + name + " of an unknown network: not an E.164 number, never linked");
        }
        String level = NormalizedId.CANDIDATE;
        if (MccTable.isTestNetwork(network.substring(0, Math.min(3, network.length())))) {
            attrs.put("non_personal", "test-network");
            level = NormalizedId.SERVICE;
        } else if (ton == ABBREVIATED) {
            level = NormalizedId.SERVICE; // a short code of that network
        }
        return NormalizedId.of("net:" + network + ":" + digits, "network", "-", rule, ctx.primary(), level)
                .withAttributes(attrs)
                .withReason("TON " + name + ": a number of network " + network + "'s own plan, not an E.164 number");
    }

    /** A national reading that the stored TON does not confirm: never more than a candidate. */
    private static NormalizedId atMostCandidate(NormalizedId n, int ton) {
        Map<String, String> attrs = Map.of("ton", name(ton));
        if (!NormalizedId.STRONG.equals(n.level())) {
            return n.withAttributes(attrs);
        }
        return new NormalizedId(n.key(), n.type(), "C", "ton-" + name(ton), n.region(), NormalizedId.CANDIDATE,
                n.alternatives(), n.attributes(), "read as national, but stored as TON " + name(ton))
                .withAttributes(attrs);
    }

    static String name(int ton) {
        return switch (ton) {
            case 0 -> "unknown";
            case 1 -> "international";
            case 2 -> "national";
            case NETWORK_SPECIFIC -> "network-specific";
            case SUBSCRIBER -> "subscriber";
            case 5 -> "alphanumeric";
            case ABBREVIATED -> "abbreviated";
            default -> "reserved";
        };
    }
}
