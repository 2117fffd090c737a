package org.phonetriage.xref;

import java.util.ArrayList;
import java.util.List;

/**
 * The distinct text values of one column seen so far, numbered from 1, and the SQL that gives a
 * row its value's number: reading a small number costs the scan one JNI call where a string costs
 * a call, a byte array and a decoded String, and a case has only a few dozen roles, directions,
 * party roles and record tables among millions of rows. 0 means a value not (yet) numbered, whose
 * text the reader then reads as before; {@link #nullCode()} means SQL NULL.
 *
 * <p>Only printable ASCII values are numbered: their SQL literal compares equal to exactly the
 * stored text (an unpaired surrogate or a NUL would not survive the trip into a literal).
 */
final class TextCodes {

    private final int nullCode;
    private final List<String> values = new ArrayList<>();
    private boolean grown;

    /** Numbers at most {@code nullCode - 1} values; {@code nullCode} stands for NULL. */
    TextCodes(int nullCode) {
        this.nullCode = nullCode;
    }

    int nullCode() {
        return nullCode;
    }

    /** The value of a number other than 0. */
    String value(int code) {
        return code == nullCode ? null : values.get(code - 1);
    }

    /** Numbers a value the SQL did not know (from the next statement on), if it can. */
    void learn(String value) {
        if (value != null && values.size() < nullCode - 1 && printableAscii(value) && !values.contains(value)) {
            values.add(value);
            grown = true;
        }
    }

    /** Whether values were learnt since the last {@link #sql}. */
    boolean grown() {
        return grown;
    }

    /** An SQL expression giving {@code expr}'s number: 0 for a value not numbered. */
    String sql(String expr) {
        grown = false;
        if (values.isEmpty()) { // CASE needs a WHEN
            return "((" + expr + " IS NULL) * " + nullCode + ")";
        }
        StringBuilder sql = new StringBuilder("(CASE ").append(expr);
        for (int i = 0; i < values.size(); i++) {
            // BINARY: equal exactly when the bytes are, whatever a column's declared collation
            sql.append(" WHEN '").append(values.get(i).replace("'", "''")).append("' COLLATE BINARY THEN ")
                    .append(i + 1);
        }
        return sql.append(" ELSE (").append(expr).append(" IS NULL) * ").append(nullCode).append(" END)").toString();
    }

    private static boolean printableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
