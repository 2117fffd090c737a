package org.phonetriage.query;

import java.util.List;

/**
 * One call or message of a device, with its parties and where it came from.
 *
 * @param timeUtc   ISO-8601 UTC, or null when the record has no time
 * @param kind      call, sms, mms ...
 * @param durationS of a call, in seconds
 * @param body      of a message, in full
 */
public record TimelineRecord(String timeUtc, String device, String kind, String direction, Long durationS,
                             String body, List<TimelineParty> parties, Provenance source) {

    public TimelineRecord {
        parties = List.copyOf(parties);
    }
}
