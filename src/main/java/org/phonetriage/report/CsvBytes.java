package org.phonetriage.report;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * CSV fields built as UTF-8 bytes straight from the database's text, for exports of millions of
 * rows: a value of printable ASCII that needs no quoting and no formula guard (nearly every key,
 * time, role and table name) is copied as SQLite stores it, without becoming a Java string; any
 * other value goes through {@link CsvField}, so the bytes are those {@link CsvTable} writes.
 * Public for the exports of other packages that write CSV (i2/links.csv).
 */
public final class CsvBytes {

    private byte[] bytes = new byte[256];
    private int size;

    public byte[] bytes() {
        return bytes;
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    public void comma() {
        ensure(1);
        bytes[size++] = ',';
    }

    public void newLine() {
        ensure(1);
        bytes[size++] = '\n';
    }

    void append(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    public void append(byte[] b) {
        append(b, 0, b.length);
    }

    /** A number, as {@link CsvTable} writes one (its decimal digits, a minus sign before a negative one). */
    public void number(long value) {
        ensure(DecimalDigits.MAX);
        size += DecimalDigits.write(value, bytes, size);
    }

    /**
     * The text of {@code column} as a field: {@code identifiers} for a column of keys, {@code guard}
     * whether the formula guard is on (see {@link CsvTable}); NULL is the empty field.
     */
    void text(ResultSet rs, int column, boolean identifiers, boolean guard) throws SQLException {
        byte[] utf8 = rs.getBytes(column);
        if (utf8 == null) {
            return;
        }
        if (isPlain(utf8, guard)) {
            append(utf8);
        } else {
            // decoded as ResultSet#getString decodes it, so the field is what CsvTable would write
            append(field(rs.getString(column), identifiers, guard));
        }
    }

    /** The field of {@code text} (null: the empty field), as {@link #text(ResultSet, int, boolean, boolean)}. */
    public void text(String text, boolean identifiers, boolean guard) {
        if (text == null) {
            return;
        }
        if (isPlain(text, guard)) {
            ensure(text.length());
            for (int i = 0; i < text.length(); i++) {
                bytes[size++] = (byte) text.charAt(i);
            }
        } else {
            append(field(text, identifiers, guard));
        }
    }

    /** The field of {@code text} (null: empty) as UTF-8, a lone surrogate as U+FFFD like the CSV writer. */
    public static byte[] field(String text, boolean identifiers, boolean guard) {
        String field = !guard ? CsvField.plain(text) : identifiers ? CsvField.ofIdentifiers(text) : CsvField.of(text);
        return utf8(field);
    }

    private static byte[] utf8(String text) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
        try {
            ByteBuffer b = encoder.encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(b.array(), b.arrayOffset() + b.position(), b.arrayOffset() + b.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("replacing encoder failed", e);
        }
    }

    /**
     * Printable ASCII with nothing to quote and, under the guard, nothing a spreadsheet would
     * evaluate: then the field is the value itself, whichever column it is in.
     */
    private static boolean isPlain(byte[] b, boolean guard) {
        return isPlain(b, 0, b.length, guard);
    }

    /** {@link #isPlain(byte[], boolean)} on the bytes from {@code from} to {@code to}. */
    static boolean isPlain(byte[] b, int from, int to, boolean guard) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c < 0x20 || c > 0x7e || c == ',' || c == '"') {
                return false;
            }
        }
        if (!guard || to == from) {
            return true;
        }
        byte first = b[from];
        if (first == '=' || first == '@') {
            return false;
        }
        // "+336…", "-12": a plain number reads as itself; so do a lone + or -
        return first != '+' && first != '-' || to - from == 1 || isPlainNumber(b, from, to);
    }

    /** {@link #isPlain(byte[], boolean)} on a string: printable ASCII characters are their own bytes. */
    private static boolean isPlain(String s, boolean guard) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == ',' || c == '"') {
                return false;
            }
        }
        if (!guard || s.isEmpty()) {
            return true;
        }
        char first = s.charAt(0);
        if (first == '=' || first == '@') {
            return false;
        }
        return first != '+' && first != '-' || s.length() == 1 || CsvField.isPlainNumber(s);
    }

    /** {@link CsvField#isPlainNumber} on ASCII bytes. */
    private static boolean isPlainNumber(byte[] b, int from, int to) {
        int i = b[from] == '+' || b[from] == '-' ? from + 1 : from;
        int digits = 0;
        boolean point = false;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point && digits > 0) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0 && b[to - 1] != '.';
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
