package org.phonetriage.model;

/** A SIM the phone itself recorded (Android telephony.db siminfo): the device's own identity. */
public record SimInfo(Provenance provenance, String iccid, String number, String mcc, String mnc,
                      String carrier, String countryIso, String displayName) {
}
