package org.phonetriage.report.caseuco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ordinals counted as rows pass must be those SQLite's window numbering gives (case.jsonld's IRIs depend on
 * them), whether the rows keep their sources' order throughout, break it late, or never keep it.
 */
class SourceOrdinalsTest {

    @Test
    void sourcesInAnyOrderCountAsTheWindowNumbers() throws SQLException {
        Random random = new Random(15);
        // few sources, so that many rows share one; NULL tables and rows are sources too
        assertMatches(2_000, (id, run) -> random.nextInt(5) == 0 ? null : (Object) (long) random.nextInt(300),
                () -> random.nextInt(5) == 0 ? null : "t" + random.nextInt(2), 100);
    }

    @Test
    void increasingSourceRowsAreAllFirstsUntilOneRepeatsLate() throws SQLException {
        Random random = new Random(15);
        long[] last = new long[5];
        // each run's rows increase (with gaps), until row 1,500 repeats an earlier source; those after repeat too
        assertMatches(2_000, (id, run) -> id == 1_500 || (id > 1_700 && id % 7 == 0)
                ? (Object) (last[run] - 3 * random.nextInt(3)) : (Object) (last[run] += 1 + random.nextInt(3)),
                () -> "t", 5);
    }

    @Test
    void increasingSourceRowsThroughoutAreAllFirsts() throws SQLException {
        long[] last = new long[5];
        assertMatches(2_000, (id, run) -> (Object) (last[run] += 2), () -> null, 0);
    }

    @Test
    void aTextSourceRowBreaksTheOrder() throws SQLException {
        long[] last = new long[5];
        assertMatches(2_000, (id, run) -> id == 900 ? "x" : id > 1_000 && id % 3 == 0 ? (Object) 10L
                : (Object) (last[run] += 1), () -> "t", 300);
    }

    private interface SourceRow {
        Object of(int id, int run);
    }

    private interface SourceTable {
        String next();
    }

    private static void assertMatches(int rows, SourceRow srcRow, SourceTable srcTable, int leastRepeated)
            throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement st = db.createStatement()) {
                st.execute("CREATE TABLE calls (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, src_table TEXT,"
                        + " src_row INTEGER)");
            }
            Random random = new Random(15);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO calls VALUES (?, ?, ?, ?)")) {
                for (int id = 1; id <= rows; id++) {
                    int run = 1 + random.nextInt(4);
                    insert.setInt(1, id);
                    insert.setInt(2, run);
                    insert.setObject(3, srcTable.next());
                    insert.setObject(4, srcRow.of(id, run));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            SourceOrdinals ordinals = SourceOrdinals.of(db, "calls");
            String sql = "SELECT id, run_id, src_table, src_row, ROW_NUMBER() OVER (PARTITION BY run_id, src_table,"
                    + " src_row ORDER BY id) - 1 FROM calls ORDER BY id";
            int repeated = 0;
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    long expected = rs.getLong(5);
                    repeated += expected > 0 ? 1 : 0;
                    assertEquals(expected, ordinals.next(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getObject(4)), "row " + rs.getLong(1));
                }
            }
            assertTrue(repeated >= leastRepeated, repeated + " rows repeat a source");
        }
    }
}
