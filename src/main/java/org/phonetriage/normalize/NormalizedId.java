package org.phonetriage.normalize;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One raw identifier after normalisation: what it is, its canonical key, how sure, and why.
 *
 * @param key          the canonical key: E.164 for a valid number, a typed key otherwise
 *                     ({@code short:FR:3669}, {@code invalid:+39669881234},
 *                     {@code net:001-01:6766266} ...); null for a placeholder, which is never an
 *                     identifier
 * @param type         phone, invalid, local, short, mmi, alpha, mask, placeholder, network, wa-group,
 *                     wa-lid, email, iccid, imsi, imei, meid, telegram
 * @param confidence   A (explicit international form, valid), B (national form read with a strong
 *                     region), C (a repair or a guess), X (no valid reading), "-" when grading
 *                     does not apply (codes, senders, masks)
 * @param rule         the rule that produced the key (e164, national, idd, missing-plus,
 *                     region-fanout, br-ninth-digit, ...)
 * @param region       the region the value was read with, or null
 * @param level        how it may link across devices: strong, candidate, service, none
 * @param alternatives other valid readings it did not choose (each only ever a candidate)
 * @param attributes   what was split off or learnt on the way (clir_prefix, post_dial,
 *                     carrier_selection_code, non_personal, ton ...), sorted by name
 * @param reason       for an invalid or unusual value, why: kept so nothing is silently dropped
 */
public record NormalizedId(String key, String type, String confidence, String rule, String region,
                           String level, List<Alternative> alternatives,
                           SortedMap<String, String> attributes, String reason) {

    public static final String STRONG = "strong";
    public static final String CANDIDATE = "candidate";
    public static final String SERVICE = "service";
    public static final String NONE = "none";

    /** Another valid reading of the same raw value. */
    public record Alternative(String key, String rule) {
    }

    public NormalizedId {
        alternatives = List.copyOf(alternatives);
        attributes = new TreeMap<>(attributes);
    }

    /** A reading without alternatives, attributes or reason. */
    public static NormalizedId of(String key, String type, String confidence, String rule, String region,
                                  String level) {
        return new NormalizedId(key, type, confidence, rule, region, level, List.of(), new TreeMap<>(), null);
    }

    public NormalizedId withAttributes(Map<String, String> more) {
        SortedMap<String, String> all = new TreeMap<>(attributes);
        all.putAll(more);
        return new NormalizedId(key, type, confidence, rule, region, level, alternatives, all, reason);
    }

    public NormalizedId withReason(String why) {
        return new NormalizedId(key, type, confidence, rule, region, level, alternatives, attributes, why);
    }

    /** The rule of a reading that is another's alternative starts so. */
    public static final String ALTERNATIVE = "alternative:";

    /** One of its alternatives as a reading of its own: only ever a candidate. */
    public NormalizedId alternativeReading(Alternative alt) {
        return of(alt.key(), type, "C", ALTERNATIVE + alt.rule(), region, CANDIDATE);
    }

    /** True when it is an identifier at all (a placeholder is not). */
    public boolean hasKey() {
        return key != null;
    }

    /** More than one valid reading: such a value never links strongly. */
    public boolean ambiguous() {
        return !alternatives.isEmpty();
    }
}
