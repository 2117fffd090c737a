package org.phonetriage.report.caseuco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ordinals counted as rows pass must be those SQLite's window numbering gives (case.jsonld's IRIs depend on them). */
class SourceOrdinalsTest {

    @Test
    void countsAsTheWindowNumbersInIdOrderAndInRunOrder() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement st = db.createStatement()) {
                st.execute("CREATE TABLE calls (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, src_table TEXT,"
                        + " src_row INTEGER)");
            }
            Random random = new Random(15);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO calls VALUES (?, ?, ?, ?)")) {
                for (int id = 1; id <= 2_000; id++) {
                    insert.setInt(1, id);
                    insert.setInt(2, 1 + random.nextInt(4));
                    // few sources, so that many rows share one; NULL tables and rows are sources too
                    insert.setObject(3, random.nextInt(5) == 0 ? null : "t" + random.nextInt(2));
                    insert.setObject(4, random.nextInt(5) == 0 ? null : (Object) (long) random.nextInt(300));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            SourceOrdinals ordinals = SourceOrdinals.of(db, "calls");
            assertMatches(db, ordinals.restart(), "id");
            assertMatches(db, ordinals.restart(), "run_id, id");
        }
    }

    private static void assertMatches(Connection db, SourceOrdinals ordinals, String order) throws SQLException {
        String sql = "SELECT id, run_id, src_table, src_row, ROW_NUMBER() OVER (PARTITION BY run_id, src_table, src_row"
                + " ORDER BY id) - 1 FROM calls ORDER BY " + order;
        int repeated = 0;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long expected = rs.getLong(5);
                repeated += expected > 0 ? 1 : 0;
                assertEquals(expected, ordinals.next(rs.getLong(2), rs.getString(3), rs.getObject(4)),
                        "row " + rs.getLong(1));
            }
        }
        assertEquals(true, repeated > 100, "the rows share sources");
    }
}
