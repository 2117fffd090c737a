package org.phonetriage.normalize;

/** The Luhn check digit used by ICCIDs and IMEIs. */
public final class Luhn {

    private Luhn() {
    }

    /** True when the last digit is the Luhn check digit of the others. */
    public static boolean valid(String digits) {
        if (digits == null || digits.length() < 2 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    /** The check digit to append to a string of digits. */
    public static int checkDigit(String body) {
        int sum = 0;
        boolean doubled = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = body.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
