package org.phonetriage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultiRowInsertTest {

    private static final String COLUMNS = "id, note, tag, n, dflt, r";

    /**
     * Rows with NULLs in every pattern (whole columns of a statement's rows, some rows only, a
     * column whose default is not NULL) stored through the multi-row statements read back as the
     * same rows inserted one by one: same values, same types, same order (fails if a column left out
     * takes its default, or a value goes to another column).
     */
    @Test
    void storesWhatOneRowAtATimeStores() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = db.createStatement()) {
            for (String t : List.of("multi", "single")) {
                st.execute("CREATE TABLE " + t + "(id INTEGER PRIMARY KEY, note TEXT, tag TEXT, n INTEGER,"
                        + " dflt TEXT DEFAULT 'x', r REAL)");
            }
            Random random = new Random(15);
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 4 * 64; i++) {
                int block = i / 64;
                rows.add(new Object[] {(long) i + 1,
                        block == 1 || random.nextInt(5) == 0 ? null : "note " + i,
                        block == 2 ? null : "tag",
                        block == 3 && random.nextBoolean() ? null : (Object) (long) random.nextInt(),
                        random.nextInt(3) == 0 || block == 0 ? null : "d" + i,
                        block == 2 ? null : random.nextDouble()});
            }
            MultiRowInsert multi = new MultiRowInsert(db, "multi", List.of(COLUMNS.split(", ")), 64);
            for (int start = 0; start < rows.size(); start += 64) {
                multi.insert(rows, start);
            }
            multi.close();
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO single(" + COLUMNS + ") VALUES (?,?,?,?,?,?)")) {
                for (Object[] row : rows) {
                    for (int c = 0; c < row.length; c++) {
                        MultiRowInsert.bind(ps, c + 1, row[c]);
                    }
                    ps.executeUpdate();
                }
            }
            assertEquals(dump(st, "single"), dump(st, "multi"));
        }
    }

    private static List<String> dump(Statement st, String table) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT quote(id), quote(note), quote(tag), quote(n), quote(dflt),"
                + " quote(r), typeof(r) FROM " + table + " ORDER BY rowid")) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= 7; c++) {
                    row.append(rs.getString(c)).append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
