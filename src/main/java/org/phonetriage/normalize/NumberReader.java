package org.phonetriage.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber.CountryCodeSource;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a cleaned, dialable string as a phone number (docs/phone-numbers.md §3.2 steps 8–13):
 * every reading goes through {@code parseAndKeepRawInput} and counts only if
 * {@code isValidNumber}; repairs and guesses are graded C; when no reading is valid the value is
 * kept under an {@code invalid:} key. Readings are tried in a fixed order, so results never
 * depend on iteration order.
 */
final class NumberReader {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final ShortNumberInfo SHORT = ShortNumberInfo.getInstance();
    /** French overseas departments that share France's national numbering (0594…, 0690…, 0692…). */
    private static final List<String> FRENCH_OVERSEAS = List.of("GF", "GP", "MQ", "RE", "YT");
    private static final Set<PhoneNumberType> NON_PERSONAL = Set.of(PhoneNumberType.TOLL_FREE,
            PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN,
            PhoneNumberType.VOICEMAIL);

    private NumberReader() {
    }

    /** One valid reading: its key, how it was reached, the parsed number, and whether a 9th digit was added. */
    private record Reading(String key, String confidence, String rule, String region, PhoneNumber number,
                           boolean ninthDigit) {
        Reading(String key, String confidence, String rule, String region, PhoneNumber number) {
            this(key, confidence, rule, region, number, false);
        }
    }

    static NormalizedId read(String value, boolean fromJid, RegionContext ctx, Map<String, String> attrs) {
        String digits = PhoneNumberUtil.normalizeDigitsOnly(value);
        boolean plus = value.startsWith("+");
        long letters = value.chars().filter(Character::isLetter).count();
        if (letters >= 3) {
            NormalizedId vanity = vanity(value, ctx, attrs);
            return vanity != null ? vanity : PartyClassifier.alpha(value, attrs);
        }
        if (!plus && digits.length() <= 6) {
            return shortCode(digits, ctx, attrs);
        }
        Map<String, Reading> readings = new LinkedHashMap<>();
        String invalidKey = plus ? international(value, fromJid, readings)
                : national(value, digits, ctx, readings);
        if (readings.isEmpty() && "BR".equals(ctx.primary()) && brazilianLocal(digits) != null) {
            // a Brazilian number without its area code: completed with the phone's own area, or
            // kept as a local number that links to nothing
            if (ctx.homeArea() != null) {
                tryRegion(ctx.homeArea() + digits, "BR", "br-home-area", readings);
            }
            if (readings.isEmpty()) {
                return NormalizedId.of("local:BR:" + digits, "local", "-", "br-local", "BR", NormalizedId.NONE)
                        .withAttributes(attrs).withReason("a Brazilian number without area code");
            }
        }
        if (readings.isEmpty()) {
            return NormalizedId.of("invalid:" + invalidKey, "invalid", "X", plus ? "invalid-international"
                    : ctx.hints().isEmpty() ? "no-region" : "invalid-national", ctx.primary(), NormalizedId.CANDIDATE)
                    .withAttributes(attrs).withReason("no valid reading (kept for exact matches only)");
        }
        return result(new ArrayList<>(readings.values()), attrs);
    }

    /** An explicit international form: valid, or Brazil's missing 9th digit, or nothing. */
    private static String international(String value, boolean fromJid, Map<String, Reading> readings) {
        PhoneNumber pn = parse(value, "ZZ");
        if (pn == null) {
            return PhoneNumberUtil.normalizeDigitsOnly(value);
        }
        if (PHONES.isValidNumber(pn)) {
            add(readings, new Reading(e164(pn), "A", fromJid ? "wa-jid" : "e164", PHONES.getRegionCodeForNumber(pn), pn));
        }
        ninthDigit(pn, "br-ninth-digit", readings);
        return e164(pn);
    }

    /** A national, IDD or bare-digits form: the region order of §3.2 step 10. */
    private static String national(String value, String digits, RegionContext ctx, Map<String, Reading> readings) {
        String invalidKey = null;
        boolean possibleAtHome = false;
        for (RegionHint hint : ctx.hints()) {
            PhoneNumber pn = parse(value, hint.region());
            if (pn == null) {
                continue;
            }
            if (invalidKey == null) {
                invalidKey = e164(pn);
                possibleAtHome = PHONES.isPossibleNumber(pn);
            }
            if (PHONES.isValidNumber(pn)) {
                add(readings, withRegion(pn, hint));
                ninthDigit(pn, "br-ninth-digit", readings);
                break;
            }
            if (ninthDigit(pn, "br-ninth-digit", readings)) {
                break;
            }
        }
        if (digits.startsWith("00") || digits.startsWith("011")) {
            // a generic IDD, e.g. 00 on a Brazilian phone whose own IDD needs a carrier code: "0055 11…"
            // is read by libphonenumber as carrier 55 calling +1 1…; the Brazilian number it also
            // spells is the reading when that one is invalid, an alternative when both are valid
            Map<String, Reading> repaired = new LinkedHashMap<>();
            tryInternational("+" + digits.substring(digits.startsWith("00") ? 2 : 3), "idd-repair", repaired);
            boolean nothingValid = readings.isEmpty();
            repaired.values().stream().filter(r -> nothingValid || inPlay(r.region(), ctx)).forEach(r -> add(readings, r));
        }
        if (!digits.startsWith("0") && digits.length() >= 10) {
            // a country code written without '+': a repair, kept as an alternative only where it
            // lands in a region in play, or as the reading when nothing else is valid
            PhoneNumber pn = parse("+" + digits, "ZZ");
            if (pn != null && PHONES.isValidNumber(pn)) {
                String region = PHONES.getRegionCodeForNumber(pn);
                if (readings.isEmpty() || inPlay(region, ctx)) {
                    add(readings, new Reading(e164(pn), "C", "missing-plus", region, pn));
                }
            }
        }
        if (ctx.hints().isEmpty() || !possibleAtHome) {
            for (String region : ctx.caseRegions()) {
                if (ctx.hints().stream().noneMatch(h -> h.region().equals(region))) {
                    tryRegion(value, region, "region-fanout", readings);
                }
            }
        }
        boolean franceInPlay = ctx.hints().stream().anyMatch(h -> h.region().equals("FR"))
                || ctx.caseRegions().contains("FR");
        if (readings.isEmpty() && franceInPlay && digits.startsWith("0")) {
            for (String region : FRENCH_OVERSEAS) {
                tryRegion(value, region, "fr-overseas", readings);
            }
        }
        return invalidKey != null ? invalidKey : digits;
    }

    /**
     * A valid reading with a region: A after the region's own IDD, B with a strong region, C with
     * a weak one. A country code written without '+' ("447775455555") counts as the number's own
     * only on a phone of that country by its own evidence (docs/phone-numbers.md FR04); the
     * country a record gives for one address (an iMessage handle's) makes it a '+' repair, C.
     */
    private static Reading withRegion(PhoneNumber pn, RegionHint hint) {
        CountryCodeSource source = pn.getCountryCodeSource();
        if (source == CountryCodeSource.FROM_NUMBER_WITH_IDD) {
            return new Reading(e164(pn), "A", "idd", hint.region(), pn);
        }
        if (source == CountryCodeSource.FROM_NUMBER_WITHOUT_PLUS_SIGN
                && RegionHint.RECORD_COUNTRY.equals(hint.basis())) {
            return new Reading(e164(pn), "C", "missing-plus", hint.region(), pn);
        }
        return new Reading(e164(pn), hint.strong() ? "B" : "C", "national", hint.region(), pn);
    }

    /** Adds Brazil's 9th-digit variant of a number, if the rule allows one; true when it did. */
    private static boolean ninthDigit(PhoneNumber pn, String rule, Map<String, Reading> readings) {
        var variant = BrazilNinthDigit.variant(pn);
        variant.ifPresent(v -> add(readings, new Reading(e164(v), "C", rule, "BR", v, true)));
        return variant.isPresent();
    }

    /** A region of the device, the record or the case. */
    private static boolean inPlay(String region, RegionContext ctx) {
        return ctx.caseRegions().contains(region) || ctx.hints().stream().anyMatch(h -> h.region().equals(region));
    }

    /** A Brazilian subscriber number without area code: 8 digits (fixed) or 9 starting with 9. */
    private static String brazilianLocal(String digits) {
        return digits.matches("[2-5]\\d{7}|9\\d{8}") ? digits : null;
    }

    private static void tryRegion(String value, String region, String rule, Map<String, Reading> readings) {
        PhoneNumber pn = parse(value, region);
        if (pn != null && PHONES.isValidNumber(pn)) {
            add(readings, new Reading(e164(pn), "C", rule, region, pn));
        }
    }

    private static void tryInternational(String plusDigits, String rule, Map<String, Reading> readings) {
        PhoneNumber pn = parse(plusDigits, "ZZ");
        if (pn != null && PHONES.isValidNumber(pn)) {
            add(readings, new Reading(e164(pn), "C", rule, PHONES.getRegionCodeForNumber(pn), pn));
        } else if (pn != null) {
            ninthDigit(pn, rule, readings);
        }
    }

    /** 1-800-FLOWERS: letters on a keypad, only for North American numbers. */
    private static NormalizedId vanity(String value, RegionContext ctx, Map<String, String> attrs) {
        List<String> regions = new ArrayList<>();
        ctx.hints().forEach(h -> regions.add(h.region()));
        regions.add("US");
        for (String region : regions) {
            PhoneNumber pn = parse(value, region);
            if (pn != null && pn.getCountryCode() == 1 && PHONES.isValidNumber(pn)) {
                boolean strong = ctx.hints().stream().anyMatch(h -> h.strong() && h.region().equals(region));
                Map<String, String> more = new TreeMap<>(attrs);
                more.put("vanity", "true");
                return result(List.of(new Reading(e164(pn), strong ? "B" : "C", "vanity", region, pn)), more);
            }
        }
        return null;
    }

    /** A short code belongs to its region: short:FR:3669 and short:ES:3669 are different things. */
    private static NormalizedId shortCode(String digits, RegionContext ctx, Map<String, String> attrs) {
        String region = ctx.primary() == null ? "ZZ" : ctx.primary();
        Map<String, String> more = new TreeMap<>(attrs);
        if (!"ZZ".equals(region)) {
            PhoneNumber pn = parse(digits, region);
            if (pn != null) {
                boolean valid = SHORT.isValidShortNumberForRegion(pn, region);
                more.put("short_valid", Boolean.toString(valid));
                if (valid) {
                    more.put("short_cost", SHORT.getExpectedCostForRegion(pn, region).name());
                }
                if (SHORT.isEmergencyNumber(digits, region)) {
                    more.put("emergency", "true");
                }
            }
        }
        return NormalizedId.of("short:" + region + ":" + digits, "short", "-", "short-code", region,
                NormalizedId.SERVICE).withAttributes(more);
    }

    /** The primary reading and its alternatives, with the link level the policy gives them. */
    private static NormalizedId result(List<Reading> readings, Map<String, String> attrs) {
        Reading primary = readings.get(0);
        Map<String, String> more = new TreeMap<>(attrs);
        if (primary.number().hasPreferredDomesticCarrierCode()
                && !primary.number().getPreferredDomesticCarrierCode().isEmpty()) {
            more.put("carrier_selection_code", primary.number().getPreferredDomesticCarrierCode());
        }
        PhoneNumberType type = PHONES.getNumberType(primary.number());
        if (NON_PERSONAL.contains(type)) {
            more.put("non_personal", type.name());
        }
        if (readings.stream().anyMatch(Reading::ninthDigit)) {
            more.put("br9", "old 8-digit mobile form");
        }
        List<NormalizedId.Alternative> alternatives = readings.subList(1, readings.size()).stream()
                .map(r -> new NormalizedId.Alternative(r.key(), r.rule())).toList();
        String level = NON_PERSONAL.contains(type) ? NormalizedId.SERVICE
                : alternatives.isEmpty() && !primary.confidence().equals("C") ? NormalizedId.STRONG
                : NormalizedId.CANDIDATE;
        return new NormalizedId(primary.key(), "phone", primary.confidence(), primary.rule(), primary.region(), level,
                alternatives, new TreeMap<>(more), null);
    }

    private static void add(Map<String, Reading> readings, Reading r) {
        readings.putIfAbsent(r.key(), r);
    }

    private static PhoneNumber parse(String value, String region) {
        try {
            return PHONES.parseAndKeepRawInput(value, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    static String e164(PhoneNumber pn) {
        return PHONES.format(pn, PhoneNumberFormat.E164);
    }
}
