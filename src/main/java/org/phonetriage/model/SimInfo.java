package org.phonetriage.model;

/**
 * A SIM the phone itself recorded (Android telephony.db siminfo) or a SIM card's own identity.
 *
 * @param numberTon the type of number the card stored with its number (EF_MSISDN), or null
 */
public record SimInfo(Provenance provenance, String iccid, String number, String mcc, String mnc,
                      String carrier, String countryIso, String displayName, Integer numberTon) {

    /** A SIM whose number carries no type of number (a phone's record of it). */
    public SimInfo(Provenance provenance, String iccid, String number, String mcc, String mnc, String carrier,
                   String countryIso, String displayName) {
        this(provenance, iccid, number, mcc, mnc, carrier, countryIso, displayName, null);
    }
}
