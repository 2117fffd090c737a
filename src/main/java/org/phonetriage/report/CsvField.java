package org.phonetriage.report;

/**
 * Turns one value into one RFC 4180 field, with a guard against spreadsheet formula injection.
 *
 * <p>Quoting: a field containing a comma, a double quote, CR or LF is enclosed in double quotes,
 * with inner double quotes doubled. Null is the empty field (so null and "" read back the same).
 *
 * <p>Formula guard (applies to text only, never to {@link Number} or {@link Boolean} values): text
 * starting with {@code = + - @}, TAB or CR is prefixed with a single quote {@code '} so Excel and
 * LibreOffice show it as text instead of evaluating it — a contact name on a seized phone is
 * attacker-controlled. Exempt is text made only of digits, spaces and {@code + - ( ) . / * # , ; |}
 * with at least one digit: E.164 keys ({@code +5511987654321}), lists of them ({@code ;} and
 * {@code " | "} joined), raw dialled forms ({@code +33 6 12-34}, {@code *#06#}) and plain numbers.
 * Without a letter or {@code = @ ! : " &} such text can reference no cell and call no function, so
 * it is harmless, and it must stay byte-exact because scripts join files on the keys. The rule looks
 * at the whole cell: a joined cell starting with a number but holding letters later is guarded.
 */
final class CsvField {

    private static final String NUMBER_PUNCTUATION = " +-()./*#,;|";

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quoteIfNeeded(guardFormula(value.toString()));
    }

    static String guardFormula(String text) {
        if (text.isEmpty() || !startsLikeFormula(text.charAt(0)) || isPhoneOrNumber(text)) {
            return text;
        }
        return "'" + text;
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

    /** A linear scan, not a regex: evidence text can be huge and must not cause backtracking. */
    static boolean isPhoneOrNumber(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (NUMBER_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    private static boolean startsLikeFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r';
    }

    private CsvField() {
    }
}
