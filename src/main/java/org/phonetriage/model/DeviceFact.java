package org.phonetriage.model;

/**
 * Something the evidence records about the device or card that is not an identifier: its model,
 * OS, name or serial, a SIM's last registered location area, its SMS centre, the applications on
 * the card. Kept for the examiner as the source wrote it; never a key for linking.
 *
 * @param name  what it is, for a person ("Model", "Last registered location (EF_LOCI)")
 * @param value its value as decoded
 */
public record DeviceFact(Provenance provenance, String name, String value) {
}
