package org.phonetriage.testimages;

/**
 * The written forms of the four numbering plans the images use (FR, ES, PT, BR), done by hand
 * rather than with libphonenumber so that the committed images do not change when the library
 * is upgraded; TestImagesTest checks every form back against libphonenumber.
 */
final class NumberFormats {

    private NumberFormats() {
    }

    /** The region of an E.164 number of one of the four plans. */
    static String region(String e164) {
        if (e164.startsWith("+33")) {
            return "FR";
        } else if (e164.startsWith("+34")) {
            return "ES";
        } else if (e164.startsWith("+351")) {
            return "PT";
        } else if (e164.startsWith("+55")) {
            return "BR";
        }
        throw new IllegalArgumentException("no plan for " + e164);
    }

    static String countryCode(String region) {
        return switch (region) {
            case "FR" -> "33";
            case "ES" -> "34";
            case "PT" -> "351";
            case "BR" -> "55";
            default -> throw new IllegalArgumentException(region);
        };
    }

    /** The national significant number: the E.164 digits after the country code. */
    static String nsn(String e164) {
        return e164.substring(1 + countryCode(region(e164)).length());
    }

    /** "+33 6 12 34 56 78", "+34 612 34 56 78", "+351 912 345 678", "+55 11 98765-4321". */
    static String international(String e164) {
        String region = region(e164);
        String n = nsn(e164);
        String grouped = switch (region) {
            case "FR" -> group(n, 1, 2, 2, 2, 2);
            case "ES" -> group(n, 3, 2, 2, 2);
            case "PT" -> group(n, 3, 3, 3);
            case "BR" -> n.substring(0, 2) + " " + brLocal(n.substring(2));
            default -> throw new IllegalStateException();
        };
        return "+" + countryCode(region) + " " + grouped;
    }

    /** "06 12 34 56 78", "612 34 56 78", "912 345 678", "(11) 98765-4321". */
    static String national(String e164) {
        String n = nsn(e164);
        return switch (region(e164)) {
            case "FR" -> group("0" + n, 2, 2, 2, 2, 2);
            case "ES" -> group(n, 3, 2, 2, 2);
            case "PT" -> group(n, 3, 3, 3);
            case "BR" -> "(" + n.substring(0, 2) + ") " + brLocal(n.substring(2));
            default -> throw new IllegalStateException();
        };
    }

    /** The national form as a network presents it: digits only ("0612345678"). */
    static String nationalDigits(String e164) {
        return stripSeparators(national(e164));
    }

    /** "0033612345678": the E.164 number with the European international prefix 00. */
    static String withDoubleZero(String e164) {
        return "00" + e164.substring(1);
    }

    /** What a dialer passes on: the typed number without spaces, dashes, dots or brackets. */
    static String stripSeparators(String raw) {
        return raw.replaceAll("[\\s\\-().]", "");
    }

    /** Android's caller-id min match: the last seven digits, reversed. */
    static String minMatch(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        String tail = digits.length() > 7 ? digits.substring(digits.length() - 7) : digits;
        return new StringBuilder(tail).reverse().toString();
    }

    /** Brazilian subscriber numbers: 9xxxx-xxxx for mobiles, xxxx-xxxx for fixed lines. */
    private static String brLocal(String local) {
        int split = local.length() - 4;
        return local.substring(0, split) + "-" + local.substring(split);
    }

    private static String group(String digits, int... sizes) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(digits, at, at + size);
            at += size;
        }
        if (at != digits.length()) {
            throw new IllegalArgumentException("unexpected length: " + digits);
        }
        return sb.toString();
    }
}
