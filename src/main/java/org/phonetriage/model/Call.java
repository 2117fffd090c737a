package org.phonetriage.model;

/**
 * A call record.
 *
 * @param number           the other party as stored
 * @param name             the name the phone cached for that party, if any (an alias)
 * @param time             when it happened
 * @param durationSeconds  null when unknown
 * @param direction        incoming, outgoing, missed, rejected, blocked, voicemail, ... or null
 * @param countryIso       the country the phone was in for this call (the strongest region clue)
 * @param normalizedNumber the phone's own E.164 for the number, kept as corroboration
 * @param subscription     which SIM/account handled the call, as stored
 * @param kind             cellular, or the app that carried it (whatsapp-call ...)
 * @param result           how the call ended as the app recorded it (its own code), or null
 * @param deleted          the source marks the record deleted (a report's deleted_state, a free record)
 * @param numberTon        the type of number a SIM stored with the number (sim-spec §3.3), or null
 */
public record Call(Provenance provenance, String number, String name, Timestamp time,
                   Long durationSeconds, String direction, String countryIso,
                   String normalizedNumber, String subscription, String kind, String result, boolean deleted,
                   Integer numberTon) {

    public static final String CELLULAR = "cellular";

    /** A call whose number carries no type of number (anything but a SIM's). */
    public Call(Provenance provenance, String number, String name, Timestamp time, Long durationSeconds,
                String direction, String countryIso, String normalizedNumber, String subscription, String kind,
                String result, boolean deleted) {
        this(provenance, number, name, time, durationSeconds, direction, countryIso, normalizedNumber, subscription,
                kind, result, deleted, null);
    }

    /** A call the source does not mark deleted. */
    public Call(Provenance provenance, String number, String name, Timestamp time, Long durationSeconds,
                String direction, String countryIso, String normalizedNumber, String subscription, String kind,
                String result) {
        this(provenance, number, name, time, durationSeconds, direction, countryIso, normalizedNumber, subscription,
                kind, result, false);
    }

    /** A cellular call. */
    public Call(Provenance provenance, String number, String name, Timestamp time, Long durationSeconds,
                String direction, String countryIso, String normalizedNumber, String subscription) {
        this(provenance, number, name, time, durationSeconds, direction, countryIso, normalizedNumber, subscription,
                CELLULAR, null, false);
    }
}
