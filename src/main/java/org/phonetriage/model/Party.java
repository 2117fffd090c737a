package org.phonetriage.model;

/**
 * A party of a message other than the phone itself.
 *
 * @param role "from", "to", "cc", "bcc", or "address" when the storage does not say (SMS)
 * @param raw  the address as stored
 */
public record Party(String role, String raw) {
}
