package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A joined value gives, field by field, what reading each column gives: getString, and the CSV
 * field CsvBytes makes, with the guard on and off, on every storage class in text and integer
 * columns (NULL, empty text, integers up to the extremes, reals, text in an integer column, blobs,
 * non-ASCII, quotes and formula-like text), and on values holding the separator (every field then
 * read from its column).
 */
class JoinedColumnsTest {

    @Test
    void eachFieldIsWhatItsColumnReads() throws Exception {
        Object[] values = {null, "", "plain", "+33612345678", "-", "=1+1", "@x", "-12.5", "a,b", "say \"hi\"",
                "Zoé", "名前", "line\nbreak", "unit\u001fsep", "v", 0L, 7L, -1L, 123_456_789_012_345_678L,
                1_234_567_890_123_456_789L, Long.MAX_VALUE, Long.MIN_VALUE, 2.5, 3.0, -0.0,
                "12abc", "007", new byte[] {'b', 'l', 'o', 'b'}, new byte[] {(byte) 0xff, 0, 'x'}};
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = db.createStatement()) {
            st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, txt TEXT, num INTEGER, any_ BLOB)");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO t (txt, num, any_) VALUES (?, ?, ?)")) {
                for (int i = 0; i < values.length; i++) {
                    for (int j = 0; j < values.length; j += 5) {
                        insert.setObject(1, values[i]);
                        insert.setObject(2, values[(i + j) % values.length]);
                        insert.setObject(3, values[(i + 2 * j + 1) % values.length]);
                        insert.executeUpdate();
                    }
                }
            }
            List<String> fields = List.of(JoinedColumns.text("txt"), JoinedColumns.text("num"),
                    JoinedColumns.text("any_"), JoinedColumns.csvText("txt"), JoinedColumns.csvText("num"),
                    JoinedColumns.csvText("any_"));
            String sql = "SELECT id, txt, num, any_, txt, num, any_, " + JoinedColumns.sql(fields) + " FROM t ORDER BY id";
            int rows = 0;
            try (ResultSet rs = st.executeQuery(sql)) {
                JoinedColumns joined = new JoinedColumns(2, 3, 4, 5, 6, 7);
                while (rs.next()) {
                    joined.read(rs, 8);
                    for (int field = 0; field < fields.size(); field++) {
                        int column = 2 + field;
                        String at = "row " + rs.getLong(1) + " field " + field;
                        if (field < 3) { // text
                            assertEquals(rs.getString(column), joined.string(rs, field), at);
                        } else { // CSV
                            for (boolean guard : List.of(true, false)) {
                                for (boolean identifiers : List.of(true, false)) {
                                    assertEquals(csv(rs, column, identifiers, guard),
                                            csv(joined, rs, field, identifiers, guard), at + " csv");
                                }
                            }
                        }
                    }
                    rows++;
                }
            }
            assertEquals(values.length * 6, rows);
        }
    }

    private static String csv(ResultSet rs, int column, boolean identifiers, boolean guard) throws Exception {
        CsvBytes b = new CsvBytes();
        b.text(rs, column, identifiers, guard);
        return new String(b.bytes(), 0, b.size(), StandardCharsets.UTF_8);
    }

    private static String csv(JoinedColumns joined, ResultSet rs, int field, boolean identifiers, boolean guard)
            throws Exception {
        CsvBytes b = new CsvBytes();
        joined.csv(rs, field, identifiers, guard, b);
        return new String(b.bytes(), 0, b.size(), StandardCharsets.UTF_8);
    }

    @Test
    void sqlNamesEachFieldInOrder() {
        assertEquals("concat(a, char(31), iif(b IS NULL, '', 'v'), b)",
                JoinedColumns.sql(List.of(JoinedColumns.csvText("a"), JoinedColumns.text("b"))));
    }
}
