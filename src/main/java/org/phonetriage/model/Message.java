package org.phonetriage.model;

import java.util.List;

/**
 * A message of any kind (kind: "sms", "mms", ...).
 *
 * @param direction     incoming, outgoing, draft, failed, queued ... or null
 * @param serviceCenter the SMS centre that delivered it (a region clue), or null
 * @param media         what it carries besides text (a MIME type or the app's media kind), or null
 * @param deleted       the source marks the record deleted (a report's deleted_state, a SIM's free record)
 */
public record Message(Provenance provenance, String kind, String direction, Timestamp time,
                      Timestamp timeSent, String body, String thread, Boolean read,
                      String serviceCenter, List<Party> parties, String media, boolean deleted) {

    /** A message the source does not mark deleted. */
    public Message(Provenance provenance, String kind, String direction, Timestamp time, Timestamp timeSent,
                   String body, String thread, Boolean read, String serviceCenter, List<Party> parties, String media) {
        this(provenance, kind, direction, time, timeSent, body, thread, read, serviceCenter, parties, media, false);
    }

    /** A message without media. */
    public Message(Provenance provenance, String kind, String direction, Timestamp time, Timestamp timeSent,
                   String body, String thread, Boolean read, String serviceCenter, List<Party> parties) {
        this(provenance, kind, direction, time, timeSent, body, thread, read, serviceCenter, parties, null, false);
    }
}
