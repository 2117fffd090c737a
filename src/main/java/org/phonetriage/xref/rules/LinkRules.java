package org.phonetriage.xref.rules;

/**
 * How two seized devices are linked, from the occurrences of one's owner identifiers on the
 * other: what each role counts as, the relation named, and the link's level.
 */
public final class LinkRules {

    private LinkRules() {
    }

    /** What an occurrence of an owner identifier on the other device counts as. */
    public enum Kind { OWNER, CONTACT, CALL, MESSAGE, UNMODELLED }

    public static Kind kind(String role) {
        if (role.equals("owner")) {
            return Kind.OWNER;
        }
        if (role.equals("unmodelled") || role.endsWith("caller-id")) {
            // found by the sweep, or a number a caller-ID app looked up: a lead that ties, but no
            // call, message or contact
            return Kind.UNMODELLED;
        }
        if (role.endsWith("contact") || role.endsWith("member") || role.equals("sim-adn")) {
            return Kind.CONTACT;
        }
        if (role.endsWith("call") || role.equals("sim-lnd")) {
            return Kind.CALL;
        }
        return Kind.MESSAGE;
    }

    /** A card's ICCID or IMSI among a phone's own identifiers: the card was in that phone. */
    public static boolean simInPhone(String ownedKey, boolean firstIsSim, boolean secondIsSim) {
        return (ownedKey.startsWith("iccid:") || ownedKey.startsWith("imsi:")) && firstIsSim != secondIsSim;
    }

    /** The relation a link is named by, the strongest reason first. */
    public static String relation(boolean sharedImsi, boolean simInPhone, boolean sameOwner, long calls,
                                  long messages) {
        return sharedImsi ? "shared-imsi" : simInPhone ? "sim-in-phone" : sameOwner ? "same-owner"
                : calls + messages > 0 ? "communication" : "contact-only";
    }

    /** What a clone copies (its MSISDN …) proves no more than the IMSI itself: never strong. */
    public static String level(boolean strong, boolean sharedImsi) {
        return strong && !sharedImsi ? "strong" : "candidate";
    }

    /** A device's level for an identifier, from its occurrences there. */
    public static String deviceLevel(boolean anyStrong, boolean anyService) {
        return anyStrong ? "strong" : anyService ? "service" : "candidate";
    }

    /** Two cards with different serials and one IMSI: a cloned SIM or test cards. */
    public static boolean sharedImsi(java.util.Set<String> firstIccids, java.util.Set<String> secondIccids) {
        return !firstIccids.isEmpty() && !secondIccids.isEmpty()
                && java.util.Collections.disjoint(firstIccids, secondIccids);
    }
}
