package org.phonetriage.report.caseuco;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which of the rows of one record table sharing a parser run, source table and source row a row
 * is (0 for the first, by id): part of its IRI (see {@link CaseIndex#record}). Almost every row
 * is alone in its source row, so only the repeated sources are looked up (one narrow GROUP BY)
 * and counted as the rows go by, instead of numbering every row with a window over the whole
 * table (a sort of every row, bodies included, that cost case.jsonld most of its time).
 */
final class SourceOrdinals {

    /** A row's source; {@code row} as SQLite compares it (an integer as a Long, else as read). */
    record Source(long runId, String table, Object row) {
    }

    private final Set<Source> repeated;
    private final Map<Source, Long> seen = new HashMap<>();

    private SourceOrdinals(Set<Source> repeated) {
        this.repeated = repeated;
    }

    /** Counts the rows of {@code table} (contacts, calls or messages): they must then be passed in id order. */
    static SourceOrdinals of(Connection db, String table) throws SQLException {
        Set<Source> repeated = new HashSet<>();
        String sql = "SELECT run_id, src_table, src_row FROM " + table + " GROUP BY 1, 2, 3 HAVING count(*) > 1";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                repeated.add(new Source(rs.getLong(1), rs.getString(2), row(rs.getObject(3))));
            }
        }
        return new SourceOrdinals(repeated);
    }

    /** The same table counted again from its first row. */
    SourceOrdinals restart() {
        return new SourceOrdinals(repeated);
    }

    /** The ordinal of the next row (in id order) of this source. */
    long next(long runId, String table, Object row) {
        if (repeated.isEmpty()) {
            return 0;
        }
        Source source = new Source(runId, table, row(row));
        return repeated.contains(source) ? seen.merge(source, 1L, Long::sum) - 1 : 0;
    }

    private static Object row(Object value) {
        return value instanceof Number n && !(value instanceof Double) ? (Object) n.longValue() : value;
    }
}
