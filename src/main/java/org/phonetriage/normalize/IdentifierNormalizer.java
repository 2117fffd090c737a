package org.phonetriage.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns identifiers as phones store them into canonical keys, following the forensic policy of
 * docs/phone-numbers.md. A valid number becomes E.164; anything else keeps a typed key, so a
 * string libphonenumber merely parsed never becomes a join key. Every result keeps the rule that
 * fired, the region used and the readings it did not choose.
 *
 * <p>Never throws, whatever the input. Thread-safe: libphonenumber's instances are shared
 * singletons without per-call state.
 */
public final class IdentifierNormalizer {

    /** Longer than any number, address or code a phone stores: cut, and said so, not parsed. */
    private static final int MAX_LENGTH = 256;

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    /** A party of a call, message or contact: number, messenger id, e-mail, code or sender name. */
    public NormalizedId party(String raw, RegionContext ctx) {
        if (raw == null) {
            return PartyClassifier.classify("", ctx).done();
        }
        try {
            if (raw.length() > MAX_LENGTH) {
                return NormalizedId.of("invalid:" + Integer.toHexString(raw.hashCode()) + ":" + raw.length(), "invalid",
                        "X", "too-long", null, NormalizedId.NONE)
                        .withReason(raw.length() + " characters: not an identifier");
            }
            PartyClassifier.Classified c = PartyClassifier.classify(raw, ctx);
            return c.done() != null ? c.done() : NumberReader.read(c.dialable(), c.fromJid(), ctx, c.attributes());
        } catch (RuntimeException e) {
            // the policy must never lose an observation to a library surprise: keep it, say why
            String digits = PhoneNumberUtil.normalizeDigitsOnly(raw);
            return NormalizedId.of("invalid:" + (digits.isEmpty() ? PartyClassifier.printable(raw) : digits), "invalid",
                    "X", "error", null, NormalizedId.NONE).withReason("could not be read: " + e);
        }
    }

    /** Same, with regions only (no case fan-out, no home area). */
    public NormalizedId party(String raw, List<RegionHint> regions) {
        return party(raw, RegionContext.of(regions));
    }

    /** An e-mail address, trimmed and lower-cased. */
    public Optional<NormalizedId> email(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(Emails.normalize(raw));
    }

    /** A SIM serial (ICCID): 18–22 digits, a trailing F padding dropped; Luhn decides the grade. */
    public Optional<NormalizedId> iccid(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String digits = raw.strip().replaceAll("[fF]+$", "");
        if (!digits.matches("\\d{18,22}")) {
            return Optional.of(NormalizedId.of("iccid:" + raw.strip().toUpperCase(Locale.ROOT), "iccid", "X",
                    "iccid-malformed", null, NormalizedId.CANDIDATE).withReason("not 18 to 22 digits"));
        }
        boolean luhn = Luhn.valid(digits);
        NormalizedId id = NormalizedId.of("iccid:" + digits, "iccid", luhn ? "A" : "C",
                luhn ? "iccid" : "iccid-bad-check-digit", iccidRegion(digits).orElse(null),
                luhn ? NormalizedId.STRONG : NormalizedId.CANDIDATE);
        return Optional.of(luhn ? id : id.withReason("Luhn check digit does not match"));
    }

    /**
     * A handset serial (IMEI): 15 digits with a verified check digit; 14 digits get theirs
     * computed; 16 digits are an IMEISV (14 + software version), keyed by its IMEI.
     */
    public Optional<NormalizedId> imei(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String digits = raw.strip().replaceAll("[\\s-]", "");
        Map<String, String> attrs = new TreeMap<>();
        if (digits.matches("\\d{16}")) {
            attrs.put("imeisv", digits.substring(14));
            digits = digits.substring(0, 14);
        }
        if (digits.matches("\\d{14}")) {
            String full = digits + Luhn.checkDigit(digits);
            return Optional.of(NormalizedId.of("imei:" + full, "imei", "A", "imei-check-computed", null,
                    NormalizedId.STRONG).withAttributes(attrs));
        }
        if (!digits.matches("\\d{15}")) {
            return Optional.of(NormalizedId.of("imei:" + raw.strip().toUpperCase(Locale.ROOT), "imei", "X",
                    "imei-malformed", null, NormalizedId.CANDIDATE).withReason("not 14, 15 or 16 digits"));
        }
        boolean luhn = Luhn.valid(digits);
        NormalizedId id = NormalizedId.of("imei:" + digits, "imei", luhn ? "A" : "X",
                luhn ? "imei" : "imei-bad-check-digit", null, luhn ? NormalizedId.STRONG : NormalizedId.CANDIDATE);
        return Optional.of(luhn ? id : id.withReason("Luhn check digit does not match"));
    }

    /**
     * A CDMA handset id (MEID): 14 hex digits. When all are decimal it is also the body of an
     * IMEI (the same handset), given as an alternative.
     */
    public Optional<NormalizedId> meid(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String hex = raw.strip().toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{14}")) {
            return Optional.of(NormalizedId.of("meid:" + hex, "meid", "X", "meid-malformed", null,
                    NormalizedId.CANDIDATE).withReason("not 14 hexadecimal digits"));
        }
        List<NormalizedId.Alternative> alternatives = hex.matches("\\d{14}")
                ? List.of(new NormalizedId.Alternative("imei:" + hex + Luhn.checkDigit(hex), "meid-as-imei"))
                : List.of();
        return Optional.of(new NormalizedId("meid:" + hex, "meid", "A", "meid", null, NormalizedId.STRONG,
                alternatives, new TreeMap<>(), null));
    }

    /** A subscriber identity (IMSI): MCC, MNC (2 or 3 digits, by MCC) and the subscriber number. */
    public Optional<NormalizedId> imsi(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String digits = raw.strip();
        if (!digits.matches("\\d{6,15}")) {
            return Optional.of(NormalizedId.of("imsi:" + digits.toUpperCase(Locale.ROOT), "imsi", "X",
                    "imsi-malformed", null, NormalizedId.CANDIDATE).withReason("not 6 to 15 digits"));
        }
        String mcc = digits.substring(0, 3);
        int mncLength = MccTable.mncLength(mcc);
        Map<String, String> attrs = new TreeMap<>();
        attrs.put("mcc", mcc);
        attrs.put("mnc", digits.substring(3, 3 + mncLength));
        if (MccTable.isTestNetwork(mcc)) {
            // pySim's six test cards all hold 001010000000102: such an IMSI says nothing of an owner
            attrs.put("non_personal", "test-network");
            return Optional.of(NormalizedId.of("imsi:" + digits, "imsi", "A", "imsi-test-network", null,
                    NormalizedId.SERVICE).withAttributes(attrs)
                    .withReason("a test network's IMSI (MCC " + mcc + "), shared by test cards: never an owner link"));
        }
        List<String> regions = MccTable.regions(mcc);
        return Optional.of(NormalizedId.of("imsi:" + digits, "imsi", regions.isEmpty() ? "C" : "A", "imsi",
                regions.isEmpty() ? null : regions.get(0), NormalizedId.STRONG).withAttributes(attrs));
    }

    /**
     * A number stored with its type of number, as a SIM stores its dialling numbers and SMS
     * addresses (see {@link TypeOfNumber}).
     *
     * @param ton     the type of number (0–7), or null when the source stores none
     * @param network the card's home network as MCC-MNC ("208-01"), or null when unknown
     */
    public NormalizedId stored(String raw, Integer ton, String network, RegionContext ctx) {
        return TypeOfNumber.read(ton, raw, network, ctx, () -> party(raw, ctx));
    }

    /** A Telegram account by its numeric user id (usernames change; the id does not). */
    public Optional<NormalizedId> telegram(String raw) {
        if (raw == null || !raw.strip().matches("\\d{3,20}")) {
            return Optional.empty();
        }
        return Optional.of(NormalizedId.of("telegram:" + raw.strip(), "telegram", "A", "telegram-id", null,
                NormalizedId.STRONG));
    }

    /**
     * Apps that address people by phone number (a WhatsApp JID is a number too; Burner and TextNow
     * are second phone lines).
     */
    private static final Set<String> PHONE_ADDRESSED = Set.of("whatsapp", "whatsapp-business",
            "signal", "viber", "imessage", "facetime", "sms", "mms", "rcs", "email", "im", "burner", "textnow",
            "google-voice");

    /**
     * True when an app's party address is that app's own account id (a Telegram user id, a
     * Messenger id) rather than a number, JID or e-mail: reading "5600023546" as a phone number
     * would link strangers.
     */
    public static boolean isAppAccountId(String app, String raw) {
        if (app == null || raw == null) {
            return false;
        }
        String s = raw.strip();
        if ("signal".equals(app) && s.matches("(?i)(aci|pni|username|group):\\S+")) {
            return true; // Signal's account id where the number is hidden, and its groups
        }
        if (PHONE_ADDRESSED.contains(app)) {
            return false;
        }
        return !s.contains("@") && !s.startsWith("+") && !s.isEmpty();
    }

    /**
     * Apps whose accounts are another service's: a Messenger id is the Facebook account's id, as
     * Cellebrite's "Facebook Id" names it, so both key it {@code app:facebook:}.
     */
    private static final Map<String, String> ACCOUNT_SERVICES = Map.of("facebook-messenger", "facebook");

    /**
     * An account of one app by its id or handle ({@code app:instagram:pidgeotto}): the same id in
     * the same app is the same account on any phone. Telegram's numeric ids keep their own key.
     */
    public Optional<NormalizedId> appAccount(String service, String raw) {
        if (raw == null || raw.isBlank() || service == null || service.isBlank()) {
            return Optional.empty();
        }
        if (service.equals("telegram") && raw.strip().matches("\\d{3,20}")) {
            return telegram(raw);
        }
        String id = raw.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        return Optional.of(NormalizedId.of("app:" + ACCOUNT_SERVICES.getOrDefault(service, service) + ":" + id, "app-account", "A", "app-id", null,
                NormalizedId.STRONG));
    }

    /** The region of an ICCID's issuer (E.118: 89 + country calling code), if it has one. */
    public Optional<String> iccidRegion(String iccid) {
        if (iccid == null || !iccid.startsWith("89") || iccid.length() < 6) {
            return Optional.empty();
        }
        // the calling code is 1-3 digits; ICCIDs of NANP issuers write it as "01"
        String rest = iccid.startsWith("8901") ? "1" : iccid.substring(2);
        for (int len = 1; len <= 3 && len <= rest.length(); len++) {
            char c = rest.charAt(len - 1);
            if (c < '0' || c > '9') {
                break; // not an ICCID's digits: no issuer to name
            }
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
        } catch (NumberParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The Brazilian area code (DDD) of a valid +55 number, for completing local numbers. */
    public Optional<String> brazilianArea(String e164) {
        if (e164 == null || !e164.startsWith("+55") || e164.length() < 7) {
            return Optional.empty();
        }
        return Optional.of(e164.substring(3, 5));
    }
}
