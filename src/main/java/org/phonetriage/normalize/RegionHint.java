package org.phonetriage.normalize;

/**
 * A region to read national-format numbers with, and what it rests on.
 *
 * @param region ISO 3166-1 alpha-2, upper case
 * @param basis  sim-mcc, sim-country, sim-iccid, own-number, call-countryiso, examiner ...
 * @param strong false for the examiner's --region or other guesses: numbers read with a weak
 *               region are candidates, never strong keys
 */
public record RegionHint(String region, String basis, boolean strong) {

    /** The country a record gives for itself or one of its addresses (a call's countryiso, a handle's country). */
    public static final String RECORD_COUNTRY = "record-country";

    /** As kept in the case: "FR sim-mcc strong". */
    public String text() {
        return region + " " + basis + " " + (strong ? "strong" : "weak");
    }

    /** The hint {@link #text()} wrote, or null for null. */
    public static RegionHint parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(" ");
        return new RegionHint(parts[0], parts[1], "strong".equals(parts[2]));
    }
}
