package org.phonetriage.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns identifiers as phones store them into canonical keys (first cut of the policy in
 * docs/phone-numbers.md). A valid number becomes E.164; anything else keeps a typed key, so that
 * a string libphonenumber merely parsed never becomes a join key.
 *
 * <p>Thread-safe: libphonenumber's instances are shared singletons without per-call state.
 */
public final class IdentifierNormalizer {

    /** Values phones write where there is no number: they never link. */
    private static final Set<String> PLACEHOLDERS = Set.of("", "-1", "-2", "-3", "-4", "unknown",
            "private", "anonymous", "withheld", "restricted", "payphone", "insert-address-token",
            "status@broadcast", "null");
    private static final Set<PhoneNumberType> SERVICE_TYPES = Set.of(PhoneNumberType.TOLL_FREE,
            PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN);

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final ShortNumberInfo shortNumbers = ShortNumberInfo.getInstance();

    /**
     * Normalises a party of a call, message or contact.
     *
     * @param raw     the value as stored
     * @param regions where national-format numbers may have been typed, strongest first (the
     *                record's own country, then the device's home region)
     * @return empty for placeholders (withheld, unknown ...), which never become identifiers
     */
    public Optional<NormalizedId> party(String raw, List<RegionHint> regions) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = foldDigits(raw.strip());
        if (PLACEHOLDERS.contains(value.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (value.regionMatches(true, 0, "tel:", 0, 4)) {
            value = value.substring(4);
        }
        int at = value.indexOf('@');
        if (at > 0) {
            return Optional.of(atAddress(value, at));
        }
        if (isAlphanumericSender(value)) {
            return Optional.of(new NormalizedId("alpha:" + value.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "),
                    "alpha", "X", "alpha-sender", null, NormalizedId.SERVICE));
        }
        return Optional.of(phone(value, regions));
    }

    /** An e-mail address, lower-cased. */
    public Optional<NormalizedId> email(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String v = raw.strip().toLowerCase(Locale.ROOT);
        boolean plausible = v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
        return Optional.of(new NormalizedId("email:" + v, "email", plausible ? "A" : "X", "email",
                null, plausible ? NormalizedId.STRONG : NormalizedId.CANDIDATE));
    }

    /** A SIM serial (ICCID): digits only, a trailing F padding dropped; Luhn decides the grade. */
    public Optional<NormalizedId> iccid(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.strip().replaceAll("[fF]+$", "");
        if (!digits.matches("\\d{18,22}")) {
            return raw.isBlank() ? Optional.empty() : Optional.of(new NormalizedId(
                    "iccid:" + raw.strip().toUpperCase(Locale.ROOT), "iccid", "X", "iccid-malformed",
                    null, NormalizedId.CANDIDATE));
        }
        boolean luhn = Luhn.valid(digits);
        return Optional.of(new NormalizedId("iccid:" + digits, "iccid", luhn ? "A" : "C",
                luhn ? "iccid" : "iccid-bad-check-digit", null,
                luhn ? NormalizedId.STRONG : NormalizedId.CANDIDATE));
    }

    /** The region of an ICCID's issuer (E.118: 89 + country calling code), if it has one. */
    public Optional<String> iccidRegion(String iccid) {
        if (iccid == null || !iccid.startsWith("89") || iccid.length() < 6) {
            return Optional.empty();
        }
        // the calling code is 1-3 digits; ICCIDs of NANP issuers write it as "01"
        String rest = iccid.startsWith("8901") ? "1" : iccid.substring(2);
        for (int len = 1; len <= 3 && len <= rest.length(); len++) {
            String region = phones.getRegionCodeForCountryCode(Integer.parseInt(rest.substring(0, len)));
            if (!PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region) && !"ZZ".equals(region)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /** The region of a number written in international form, if it is a valid one. */
    public Optional<String> regionOfInternational(String raw) {
        try {
            PhoneNumber pn = phones.parse(raw, "ZZ");
            return phones.isValidNumber(pn) ? Optional.ofNullable(phones.getRegionCodeForNumber(pn))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private NormalizedId atAddress(String value, int at) {
        String user = value.substring(0, at);
        String domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
        switch (domain) {
            case "s.whatsapp.net", "c.us" -> {
                // a WhatsApp JID: the user part is the number in international form without '+'
                String digits = user.replaceAll("[:.].*$", "");
                NormalizedId n = international("+" + digits, "wa-jid");
                return n != null ? n : invalid(digits, "wa-jid-invalid", null);
            }
            case "g.us" -> {
                return new NormalizedId("wa-group:" + user, "wa-group", "A", "wa-group", null,
                        NormalizedId.STRONG);
            }
            case "lid" -> {
                return new NormalizedId("wa-lid:" + user, "wa-lid", "A", "wa-lid", null,
                        NormalizedId.STRONG);
            }
            default -> {
                return email(value).orElseThrow();
            }
        }
    }

    private NormalizedId phone(String value, List<RegionHint> regions) {
        String digits = value.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return invalid(value.toUpperCase(Locale.ROOT), "no-digits", null);
        }
        boolean plus = value.startsWith("+");
        if (plus) {
            NormalizedId n = international("+" + digits, "e164");
            return n != null ? n : invalid(digits, "invalid-international", null);
        }
        for (RegionHint hint : regions) {
            NormalizedId n = national(value, digits, hint);
            if (n != null) {
                return n;
            }
        }
        // written without '+' but valid with it: a repair, so only a candidate
        NormalizedId repaired = international("+" + digits, "missing-plus");
        if (repaired != null && digits.length() > 8) {
            return new NormalizedId(repaired.key(), repaired.type(), "C", "missing-plus",
                    repaired.region(), NormalizedId.CANDIDATE);
        }
        String region = regions.isEmpty() ? null : regions.get(0).region();
        return invalid(digits, regions.isEmpty() ? "no-region" : "invalid-national", region);
    }

    /** A national (or IDD) form read with one region; null when it is not valid there. */
    private NormalizedId national(String value, String digits, RegionHint hint) {
        PhoneNumber pn;
        try {
            pn = phones.parseAndKeepRawInput(value, hint.region());
        } catch (NumberParseException e) {
            return null;
        }
        if (phones.isValidNumber(pn)) {
            boolean idd = pn.getCountryCodeSource() == PhoneNumber.CountryCodeSource.FROM_NUMBER_WITH_IDD;
            String level = serviceOrStrong(pn, hint.strong() || idd);
            String grade = idd ? "A" : hint.strong() ? "B" : "C";
            return new NormalizedId(phones.format(pn, PhoneNumberUtil.PhoneNumberFormat.E164), "phone",
                    grade, idd ? "idd" : "national", hint.region(), level);
        }
        if (digits.length() <= 6 && shortNumbers.isValidShortNumberForRegion(pn, hint.region())) {
            return new NormalizedId("short:" + hint.region() + ":" + digits, "short",
                    hint.strong() ? "B" : "C", "short-code", hint.region(), NormalizedId.SERVICE);
        }
        return null;
    }

    /** A number in international form; null when libphonenumber does not find it valid. */
    private NormalizedId international(String plusDigits, String rule) {
        try {
            PhoneNumber pn = phones.parse(plusDigits, "ZZ");
            if (!phones.isValidNumber(pn)) {
                return null;
            }
            return new NormalizedId(phones.format(pn, PhoneNumberUtil.PhoneNumberFormat.E164), "phone",
                    "A", rule, phones.getRegionCodeForNumber(pn), serviceOrStrong(pn, true));
        } catch (NumberParseException e) {
            return null;
        }
    }

    private String serviceOrStrong(PhoneNumber pn, boolean strong) {
        if (SERVICE_TYPES.contains(phones.getNumberType(pn))) {
            return NormalizedId.SERVICE;
        }
        return strong ? NormalizedId.STRONG : NormalizedId.CANDIDATE;
    }

    /** No valid reading: kept under its digits, matched only exactly and only as a candidate. */
    private static NormalizedId invalid(String digits, String rule, String region) {
        return new NormalizedId("invalid:" + digits, "invalid", "X", rule, region,
                NormalizedId.CANDIDATE);
    }

    /** Sender IDs such as "VODAFONE" or "SAUTH": letters, not a vanity number with digits. */
    private static boolean isAlphanumericSender(String value) {
        long letters = value.chars().filter(Character::isLetter).count();
        long digits = value.chars().filter(Character::isDigit).count();
        return letters >= 2 && letters >= digits;
    }

    /** Arabic-Indic and other Unicode decimal digits become ASCII digits. */
    static String foldDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isDigit(cp) && (cp < '0' || cp > '9')) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
