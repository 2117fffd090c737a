package org.phonetriage.model;

/**
 * One way of reaching a contact, as the phone stored it.
 *
 * @param kind             "phone", "email" or "im"
 * @param raw              the value exactly as stored (a number as the user typed it)
 * @param label            the phone's label for it ("Mobile", a custom label), or null
 * @param deviceNormalized the phone's own normalised form (Android data4), kept as corroboration
 * @param ton              the type of number a SIM stored with it (sim-spec §3.3), or null
 */
public record ContactValue(String kind, String raw, String label, String deviceNormalized, Integer ton) {

    /** A value stored without a type of number (anything but a SIM's). */
    public ContactValue(String kind, String raw, String label, String deviceNormalized) {
        this(kind, raw, label, deviceNormalized, null);
    }
}
