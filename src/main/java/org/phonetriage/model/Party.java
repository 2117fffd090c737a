package org.phonetriage.model;

/**
 * A party of a message other than the phone itself.
 *
 * @param role       "from", "to", "cc", "bcc", or "address" when the storage does not say (SMS)
 * @param raw        the address as stored
 * @param countryIso the country the storage gives for this address (iOS sms.db handle.country), or
 *                   null: the strongest region clue for reading a national number
 * @param ton        the type of number a SIM stored with the address (sim-spec §3.3), or null
 */
public record Party(String role, String raw, String countryIso, Integer ton) {

    /** A party stored without a type of number. */
    public Party(String role, String raw, String countryIso) {
        this(role, raw, countryIso, null);
    }

    /** A party whose storage gives no country. */
    public Party(String role, String raw) {
        this(role, raw, null, null);
    }
}
