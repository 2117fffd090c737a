package org.phonetriage.report;

/**
 * Turns one value into one RFC 4180 field, with a guard against spreadsheet formula injection.
 *
 * <p>Quoting: a field containing a comma, a double quote, CR or LF is enclosed in double quotes,
 * with inner double quotes doubled. Null is the empty field (so null and "" read back the same).
 *
 * <p>Formula guard (text only, never {@link Number} or {@link Boolean} values). A spreadsheet
 * evaluates a cell starting with {@code = + - @}, TAB or CR; names, bodies and paths on a seized
 * phone are attacker-controlled ({@code =HYPERLINK(…)}, {@code +cmd|' /C calc'!A0}), so such
 * free text gets a leading {@code '} that makes Excel and LibreOffice show it as text. Left alone:
 * a plain number ({@code -12}, {@code +33612345678}: it reads as itself either way) and a lone
 * {@code -} or {@code +} (nothing to evaluate).
 *
 * <p>Identifier columns (declared per table, see {@link CsvTable}) hold phonetriage's own keys,
 * alone or joined with {@code ;} or {@code |}. They are written byte-exact, because scripts join
 * files on them: a key starts with its type ({@code imei:}, {@code email:}, {@code app:telegram:} …)
 * or is an E.164 number ({@code +} and digits), so a cell of keys is never a formula. A cell of
 * such a column that does not read as keys (a device label where an identity is expected, say)
 * falls back to the free-text guard.
 */
final class CsvField {

    static String of(Object value) {
        return field(value, false);
    }

    static String ofIdentifiers(Object value) {
        return field(value, true);
    }

    private static String field(Object value, boolean identifiers) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        boolean exact = identifiers ? !couldBeFormula(text) || isKeyList(text) : !couldBeFormula(text);
        return quoteIfNeeded(exact ? text : "'" + text);
    }

    /** The value as it is, only quoted as RFC 4180 needs: for CSVs no spreadsheet reads (Neo4j's import). */
    static String plain(Object value) {
        return value == null ? "" : quoteIfNeeded(value.toString());
    }

    /** The free-text guard alone (no quoting). */
    static String guardFormula(String text) {
        return couldBeFormula(text) ? "'" + text : text;
    }

    static String quoteIfNeeded(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }

    static boolean couldBeFormula(String text) {
        if (text.isEmpty() || !startsLikeFormula(text.charAt(0))) {
            return false;
        }
        return !text.equals("-") && !text.equals("+") && !isPlainNumber(text);
    }

    /** An optional sign, digits, and an optional decimal part. A linear scan: no regex backtracking on huge text. */
    static boolean isPlainNumber(String text) {
        int i = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point && digits > 0) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0 && text.charAt(text.length() - 1) != '.';
    }

    /**
     * Whether every part of {@code text} split on {@code ;}, {@code |} and U+001F (the separators
     * of key lists) is a key: {@code +} and digits, or a lower-case type, a colon and a value.
     */
    static boolean isKeyList(String text) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isKeySeparator(text.charAt(i))) {
                if (!isKey(text.substring(start, i).strip())) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    private static boolean isKey(String part) {
        if (part.startsWith("+")) {
            return part.length() > 1 && part.chars().skip(1).allMatch(c -> c >= '0' && c <= '9');
        }
        int colon = part.indexOf(':');
        if (colon < 1 || colon == part.length() - 1 || part.charAt(0) < 'a' || part.charAt(0) > 'z') {
            return false;
        }
        return part.chars().limit(colon).allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-');
    }

    private static boolean isKeySeparator(char c) {
        return c == ';' || c == '|' || c == '\u001F';
    }

    private static boolean startsLikeFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r';
    }

    private CsvField() {
    }
}
