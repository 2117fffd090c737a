package org.phonetriage.xref;

/**
 * Text ordered as SQLite's BINARY collation orders it (by code point: UTF-8 byte order), for the
 * aggregates the cross-reference makes in Java that SQL's min(), max() and {@code <} made before:
 * the results must stay what SQLite gave.
 */
final class BinaryText {

    private BinaryText() {
    }

    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // UTF-16 order differs from code point order only where a surrogate meets U+E000..U+FFFF
                if (Character.isSurrogate(x) != Character.isSurrogate(y)) {
                    return Character.isSurrogate(x) ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** SQL's min() of {@code kept} and {@code value}: NULL (null) is skipped. */
    static String min(String kept, String value) {
        return value == null || kept != null && compare(value, kept) >= 0 ? kept : value;
    }

    /** SQL's max() of {@code kept} and {@code value}: NULL (null) is skipped. */
    static String max(String kept, String value) {
        return value == null || kept != null && compare(value, kept) <= 0 ? kept : value;
    }
}
