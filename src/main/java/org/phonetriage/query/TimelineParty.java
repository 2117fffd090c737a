package org.phonetriage.query;

import java.util.List;

/**
 * A party of a call or message.
 *
 * @param key          its key, null when the stored value is no identifier (a withheld number)
 * @param type         phone, short, alpha, email ...
 * @param raw          the value exactly as stored on the phone
 * @param role         from, to, cc for messages; null for calls
 * @param name         the name the phone gives it: the call log's cached name, else its contact name
 * @param own          one of the device's own identifiers (a received MMS lists its recipient)
 * @param alternatives other valid readings of the raw value, candidates only
 */
public record TimelineParty(String key, String type, String raw, String role, String name, boolean own,
                            List<String> alternatives) {

    public TimelineParty {
        alternatives = List.copyOf(alternatives);
    }
}
