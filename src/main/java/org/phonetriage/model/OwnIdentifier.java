package org.phonetriage.model;

/**
 * An identifier of the device's own user, as an app or the system recorded it.
 *
 * @param kind  phone (a number as stored, a WhatsApp JID), email, imei, imsi, iccid, app:&lt;service&gt; (an
 *              app's account id), second-line (a number an app rents to the user, Burner's: read as a
 *              phone, but no clue to the region the user lives in)
 * @param value the value as stored
 * @param basis where it was found, for the examiner ("com.whatsapp_preferences_light.xml registration_jid")
 * @param ton   the type of number a SIM stored with a number (sim-spec §3.3), or null
 */
public record OwnIdentifier(Provenance provenance, String kind, String value, String basis, Integer ton) {

    /** An identifier stored without a type of number. */
    public OwnIdentifier(Provenance provenance, String kind, String value, String basis) {
        this(provenance, kind, value, basis, null);
    }
}
