package org.phonetriage.model;

import java.util.List;

/**
 * A message of any kind (kind: "sms", "mms", ...).
 *
 * @param direction     incoming, outgoing, draft, failed, queued ... or null
 * @param serviceCenter the SMS centre that delivered it (a region clue), or null
 */
public record Message(Provenance provenance, String kind, String direction, Timestamp time,
                      Timestamp timeSent, String body, String thread, Boolean read,
                      String serviceCenter, List<Party> parties) {
}
