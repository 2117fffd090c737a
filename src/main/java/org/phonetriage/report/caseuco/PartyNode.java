package org.phonetriage.report.caseuco;

/**
 * The node of an identifier (a row of identifiers): one per normalized key, shared by every device, contact,
 * call and message that names it, which is what links devices in CASE (research A5.5). Phone numbers, short
 * codes and the like are PhoneAccounts, e-mail addresses EmailAddresses, anything else (alphanumeric senders,
 * messenger ids, unreadable values) DigitalAccounts that keep the key as their account identifier.
 */
final class PartyNode {

    private PartyNode() {
    }

    static UcoTerm nodeClass(String type) {
        return switch (type) {
            case "phone", "short", "local", "mmi", "network" -> UcoTerm.PHONE_ACCOUNT;
            case "email" -> UcoTerm.EMAIL_ADDRESS;
            default -> UcoTerm.DIGITAL_ACCOUNT;
        };
    }

    static NodeIri iri(String key, String type) {
        return CaseIri.iri(nodeClass(type), key);
    }

    /**
     * The value inside a key: "+33612345678" stays as is (E.164), "short:FR:36179" gives "36179",
     * "email:a@b.fr" gives "a@b.fr", "alpha:CHRONOPOST" gives "CHRONOPOST".
     */
    static String value(String key) {
        if (key.startsWith("+")) {
            return key;
        }
        int colon = key.startsWith("email:") || key.startsWith("alpha:") ? key.indexOf(':') : key.lastIndexOf(':');
        return colon < 0 ? key : key.substring(colon + 1);
    }
}
