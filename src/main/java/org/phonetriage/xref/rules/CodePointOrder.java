package org.phonetriage.xref.rules;

/**
 * Text in code point order, as {@code Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray())}
 * orders it (a lone surrogate is a code point of its own), without making the two arrays: the
 * persons' names are sorted so, and the arrays were a fifth of the cross-reference's main thread.
 */
final class CodePointOrder {

    private CodePointOrder() {
    }

    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int k = 0;
        while (k < n && a.charAt(k) == b.charAt(k)) {
            k++;
        }
        if (k == n) {
            return Integer.compare(a.length(), b.length()); // one is the other's start: the shorter first
        }
        if (k > 0 && Character.isHighSurrogate(a.charAt(k - 1))) {
            // the texts differ inside a code point that began one char earlier (or just after a lone high surrogate)
            int x = a.codePointAt(k - 1);
            int y = b.codePointAt(k - 1);
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return Integer.compare(a.codePointAt(k), b.codePointAt(k));
    }
}
