package org.phonetriage.model;

/**
 * A party of a message other than the phone itself.
 *
 * @param role       "from", "to", "cc", "bcc", or "address" when the storage does not say (SMS)
 * @param raw        the address as stored
 * @param countryIso the country the storage gives for this address (iOS sms.db handle.country), or
 *                   null: the strongest region clue for reading a national number
 */
public record Party(String role, String raw, String countryIso) {

    /** A party whose storage gives no country. */
    public Party(String role, String raw) {
        this(role, raw, null);
    }
}
