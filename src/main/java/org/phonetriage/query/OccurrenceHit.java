package org.phonetriage.query;

import java.util.List;
import org.phonetriage.normalize.NormalizedId.Alternative;

/**
 * One place a key occurs in a case: on which device, in what role, as which raw form, under
 * which name, how it was read there and where the record came from.
 *
 * @param key          the key looked up
 * @param device       the device label
 * @param role         call, sms, mms, contact, whatsapp-contact, owner
 * @param name         the name the device gives it there (contact name, cached caller name)
 * @param label        the phone's label for a contact's number ("Mobile")
 * @param partyRole    from, to, cc for messages
 * @param raw          the value exactly as stored on the phone
 * @param direction    of the call or message
 * @param timeUtc      of the call or message, ISO-8601
 * @param deleted      a contact, call or message the source marks deleted
 * @param confidence   A, B, C, X or "-"
 * @param rule         the rule of the reading; {@code alternative:…} when the key is only a
 *                     reading the policy did not choose
 * @param level        strong, candidate, service, none
 * @param alternatives the other valid readings of the raw value ("could also be")
 * @param chosenKey    for an alternative-only occurrence, the key the raw value was read as
 * @param recovered    for a record recovered from a database's deleted bytes, where it was found; else null
 */
public record OccurrenceHit(String key, String device, String role, String name, String label, String partyRole,
                            String raw, String direction, String timeUtc, boolean deleted, String confidence,
                            String rule, String region, String level, List<Alternative> alternatives,
                            String chosenKey, Provenance source, String recovered) {

    static final String ALTERNATIVE_RULE = "alternative:";

    public OccurrenceHit {
        alternatives = List.copyOf(alternatives);
    }

    /** True when the key is here only as a reading not chosen: a candidate, never a fact. */
    public boolean alternativeOnly() {
        return rule != null && rule.startsWith(ALTERNATIVE_RULE);
    }
}
