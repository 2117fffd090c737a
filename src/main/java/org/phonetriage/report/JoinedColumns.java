package org.phonetriage.report;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Several columns of a row read as one value that SQL joins ({@code concat}), for the bulk exports:
 * with sqlite-jdbc each column read is a JNI call (a text one also makes an array, a nullable one a
 * second call for {@code wasNull}), and a dozen of them per row were most of an export's time.
 *
 * <p>Each field says what the column held without loss: a text is empty for NULL, else {@code 'v'}
 * then its text (as {@link ResultSet#getString} reads it: SQLite's text of the value). Integers
 * are still read with getLong: SQLite turning them into text for concat cost more than the calls
 * saved. Fields are separated by a control
 * character: when a value holds it the count is wrong and every field is read from its column.
 * So the columns must also be selected one by one. A text that only becomes a CSV field
 * ({@link #csvText}) is joined as it is: there NULL and the empty text are the same empty field.
 */
public final class JoinedColumns {

    private static final byte SEPARATOR = 31;

    private final int count;
    private final int[] columns;
    private final int[] ends;
    private byte[] joined;
    private boolean split;

    /** Fields whose own columns are {@code columns}, in the fields' order. */
    public JoinedColumns(int... columns) {
        this.count = columns.length;
        this.columns = columns.clone();
        this.ends = new int[count];
    }

    /** The field of a text column expression (two arguments of concat: no text made in between). */
    public static String text(String expression) {
        return "iif(" + expression + " IS NULL, '', 'v'), " + expression;
    }

    /**
     * The field of a text column expression that only becomes a CSV field ({@link #csv}), where NULL
     * and the empty text are alike: the text alone.
     */
    static String csvText(String expression) {
        return expression;
    }

    /** The joined value of the fields ({@link #text}, {@link #csvText}) in their order. */
    public static String sql(List<String> fields) {
        return "concat(" + String.join(", char(31), ", fields) + ")";
    }

    /** Reads the joined value of the current row from {@code column}. */
    public void read(ResultSet rs, int column) throws SQLException {
        joined = rs.getBytes(column);
        split = joined != null && split();
    }

    private boolean split() {
        int field = 0;
        for (int i = 0; i <= joined.length; i++) {
            if (i == joined.length || joined[i] == SEPARATOR) {
                if (field == count) {
                    return false;
                }
                ends[field++] = i;
            }
        }
        return field == count;
    }

    private int start(int field) {
        return field == 0 ? 0 : ends[field - 1] + 1;
    }

    /** A text field as {@link ResultSet#getString} gives its column. */
    public String string(ResultSet rs, int field) throws SQLException {
        if (!split) {
            return rs.getString(columns[field]);
        }
        int start = start(field);
        return start == ends[field] ? null
                : new String(joined, start + 1, ends[field] - start - 1, StandardCharsets.UTF_8);
    }

    /** A {@link #csvText} field as {@link CsvBytes#text(ResultSet, int, boolean, boolean)} appends its column. */
    void csv(ResultSet rs, int field, boolean identifiers, boolean guard, CsvBytes line) throws SQLException {
        int start = start(field);
        if (split && CsvBytes.isPlain(joined, start, ends[field], guard)) {
            line.append(joined, start, ends[field] - start);
        } else {
            line.text(rs, columns[field], identifiers, guard);
        }
    }
}
