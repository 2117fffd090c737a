package org.phonetriage.normalize;

/**
 * A raw identifier after normalisation.
 *
 * @param key        the canonical key: E.164 for a valid number, a typed key otherwise
 * @param type       phone, email, iccid, imsi, imei, wa-group, wa-lid, short, alpha, invalid
 * @param confidence A (explicit international form, valid), B (national form read with a strong
 *                   region), C (a repair or a guess), X (no valid reading)
 * @param rule       the rule that produced the key (e164, national, missing-plus, ...)
 * @param region     the region used to read it, or null
 * @param level      how it may link across devices: strong, candidate, service, none
 */
public record NormalizedId(String key, String type, String confidence, String rule, String region,
                           String level) {

    public static final String STRONG = "strong";
    public static final String CANDIDATE = "candidate";
    public static final String SERVICE = "service";
    public static final String NONE = "none";
}
