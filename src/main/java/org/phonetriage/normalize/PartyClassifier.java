package org.phonetriage.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a stored party value is before any number parsing (docs/phone-numbers.md §3.2 steps 1–8):
 * a placeholder, a messenger or e-mail address, a service code, a masked number, a sender name, a
 * short code — or something to dial, cleaned of the prefixes and suffixes phones add to it.
 */
final class PartyClassifier {

    /** Words and codes phones store where there is no number; they never link. */
    private static final Set<String> PLACEHOLDERS = Set.of("", "-1", "-2", "-3", "-4", "unknown", "private",
            "private number", "privé", "masqué", "anonymous", "restricted", "withheld", "unavailable",
            "payphone", "desconhecido", "privado", "oculto", "número privado", "numero privado",
            "desconocido", "insert-address-token", "null",
            // WhatsApp's own system JIDs (the server, the user's own status list)
            "0@s.whatsapp.net", "status_me", "server@s.whatsapp.net");
    /** Call forwarding and barring MMI around a number of interest: **21*+336…#. */
    private static final Pattern CALL_FORWARDING = Pattern.compile(
            "^(?:\\*\\*|\\*|##|#)(21|61|62|67|002|004)\\*(\\+?[\\d\\s().-]{3,})(?:\\*\\d+)?#$");
    /** Caller-ID suppression and presentation prefixes dialled before a number. */
    private static final Pattern CLIR = Pattern.compile("^(\\*31#|#31#|\\*67|\\*82|#30#)(.+)$");
    /** Masking characters beside digits ("+33 6 12 XX XX 78", "06•••78", "0612***678"). */
    private static final Pattern MASK = Pattern.compile("[xX•*…]");

    private PartyClassifier() {
    }

    /**
     * Where a pause or wait suffix (DTMF after the call connects: {@code , ; p w}) starts, after at
     * least three digits, or -1. A scan, not a regular expression: the lazy pattern this replaced
     * backtracked in the fourth power of the length, a quarter of a second for 110 digits.
     */
    static int postDialStart(String value) {
        int cut = -1;
        for (int i = 0; i < value.length() && cut < 0; i++) {
            if (",;pPwW".indexOf(value.charAt(i)) >= 0) {
                cut = i;
            }
        }
        if (cut < 0 || value.substring(0, cut).chars().filter(c -> c >= '0' && c <= '9').count() < 3
                || value.substring(cut).chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u0085'
                        || c == '\u2028' || c == '\u2029')) {
            return -1; // as the pattern did: its "." never crossed a line end
        }
        return cut;
    }

    /** The outcome: a final reading, or a cleaned string to read as a number. */
    record Classified(NormalizedId done, String dialable, boolean fromJid, Map<String, String> attributes) {
    }

    static Classified classify(String raw, RegionContext ctx) {
        String value = foldDigits(raw).strip();
        String lower = value.toLowerCase(Locale.ROOT);
        Map<String, String> attrs = new TreeMap<>();
        if (PLACEHOLDERS.contains(lower) || lower.equals("status@broadcast")) {
            return done(NormalizedId.of(null, "placeholder", "-", "placeholder", null, NormalizedId.NONE)
                    .withReason("a placeholder, not a number: " + printable(raw)));
        }
        if (lower.startsWith("tel:")) {
            value = value.substring(4).strip();
        }
        int at = value.indexOf('@');
        if (at > 0) {
            return atAddress(value, at);
        }
        Matcher forwarding = CALL_FORWARDING.matcher(value.replace(" ", ""));
        if (forwarding.matches()) {
            attrs.put("call_forwarding_code", forwarding.group(1));
            value = forwarding.group(2);
        } else {
            Matcher clir = CLIR.matcher(value);
            if (clir.matches() && clir.group(2).chars().anyMatch(Character::isDigit)) {
                attrs.put("clir_prefix", clir.group(1));
                value = clir.group(2).strip();
            } else if (value.startsWith("*") || value.startsWith("#")) {
                String region = ctx.primary() == null ? "ZZ" : ctx.primary();
                return done(NormalizedId.of("mmi:" + region + ":" + value.replaceAll("\\s", ""), "mmi", "-",
                        "service-code", region, NormalizedId.SERVICE));
            }
        }
        if (isMasked(value)) {
            String pattern = value.replaceAll("[\\s().-]", "").replace('•', 'X').replace('*', 'X')
                    .replace("…", "XXX").toUpperCase(Locale.ROOT);
            return done(NormalizedId.of("mask:" + pattern, "mask", "-", "masked", null, NormalizedId.NONE)
                    .withAttributes(attrs).withReason("masked digits: never linked"));
        }
        int postDial = postDialStart(value);
        if (postDial > 0 && value.substring(0, postDial).chars().noneMatch(Character::isLetter)) {
            attrs.put("post_dial", value.substring(postDial));
            value = value.substring(0, postDial).strip();
        }
        long letters = value.chars().filter(Character::isLetter).count();
        long digits = value.chars().filter(Character::isDigit).count();
        if (digits == 0 && letters > 0) {
            return done(alpha(value, attrs));
        }
        if (letters >= 3) {
            // a vanity number (1-800-FLOWERS) is read by the number reader; any other is a sender name
            return new Classified(null, value, false, attrs);
        }
        if (digits == 0) {
            return done(NormalizedId.of("invalid:" + value.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "),
                    "invalid", "X", "no-digits", null, NormalizedId.NONE).withAttributes(attrs)
                    .withReason("no digits and no letters"));
        }
        return new Classified(null, value, false, attrs);
    }

    /** A sender name such as "VODAFONE" or "SAUTH": its own namespace, service links only. */
    static NormalizedId alpha(String value, Map<String, String> attrs) {
        String name = value.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return NormalizedId.of("alpha:" + name, "alpha", "-", "alpha-sender", null, NormalizedId.SERVICE)
                .withAttributes(attrs);
    }

    private static Classified atAddress(String value, int at) {
        String user = value.substring(0, at).strip();
        String domain = value.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        switch (domain) {
            case "s.whatsapp.net", "c.us" -> {
                // the user part of a JID is the number in international form without '+'
                String digits = user.replaceAll("[:.].*$", "");
                if (digits.matches("\\d{5,15}")) {
                    return new Classified(null, "+" + digits, true, new TreeMap<>());
                }
                return done(NormalizedId.of("invalid:" + value.toLowerCase(Locale.ROOT), "invalid", "X",
                        "wa-jid-invalid", null, NormalizedId.CANDIDATE).withReason("not a number JID"));
            }
            case "g.us" -> {
                NormalizedId group = NormalizedId.of("wa-group:" + user, "wa-group", "A", "wa-group", null,
                        NormalizedId.STRONG);
                int dash = user.indexOf('-');
                if (dash > 0 && user.substring(0, dash).matches("\\d{8,15}")) {
                    group = group.withAttributes(Map.of("wa_group_creator", "+" + user.substring(0, dash)));
                }
                return done(group);
            }
            case "lid" -> {
                return done(NormalizedId.of("wa-lid:" + user, "wa-lid", "A", "wa-lid", null, NormalizedId.STRONG));
            }
            default -> {
                return done(Emails.normalize(value));
            }
        }
    }

    /** Mask characters among at least two digits, and no other letters. */
    private static boolean isMasked(String value) {
        if (isBrazilianCarrierPlaceholder(value) || !MASK.matcher(value).find()) {
            return false;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        long otherLetters = value.chars().filter(c -> Character.isLetter(c) && c != 'x' && c != 'X').count();
        return digits >= 2 && otherLetters == 0 && !value.matches(".*\\d\\s*[*#]\\s*$");
    }

    /** Brazil's "0xx" written where the carrier code goes: part of the number, not a mask. */
    private static boolean isBrazilianCarrierPlaceholder(String value) {
        return value.regionMatches(true, 0, "0xx", 0, 3) && value.length() > 3 && Character.isDigit(value.charAt(3));
    }

    private static Classified done(NormalizedId id) {
        return new Classified(id, null, false, id.attributes());
    }

    /** Arabic-Indic and other Unicode decimal digits become ASCII ones. */
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

    /** A value fit for a one-line reason: control characters shown, length bounded. */
    static String printable(String raw) {
        String shown = raw.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }

}
