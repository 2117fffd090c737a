package org.phonetriage.model;

/**
 * An identifier of the device's own user, as an app or the system recorded it.
 *
 * @param kind  phone (a number as stored, a WhatsApp JID), email, imei, imsi, iccid
 * @param value the value as stored
 * @param basis where it was found, for the examiner ("com.whatsapp_preferences_light.xml registration_jid")
 */
public record OwnIdentifier(Provenance provenance, String kind, String value, String basis) {
}
