package org.phonetriage.report.caseuco;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which of the rows of one record table sharing a parser run, source table and source row a row
 * is (0 for the first, by id): part of its IRI (see {@link CaseIndex#record}). Rows must be passed
 * in id order.
 *
 * <p>A parser gives a run's rows of one source table in the order of their source rows, so nearly
 * always each (run, source table) sees increasing integer source rows, and then every row is the
 * first of its source: that is checked as the rows pass, with one number per (run, source table).
 * Only when a row breaks it (a source row not above the last, or one that is no integer) are the
 * repeated sources looked up (one narrow GROUP BY, a sort of the whole table that cost case.jsonld
 * about a tenth of its time when made for every export) and the rows before it counted again, so
 * that from there on each row is numbered as if all had been counted from the first.
 */
final class SourceOrdinals {

    /** A row's source; {@code row} as SQLite compares it (an integer as a Long, else as read). */
    record Source(long runId, String table, Object row) {
    }

    private record RunTable(long runId, String table) {
    }

    private final Connection db;
    private final String table;
    /** Until a row breaks the order: per run and source table, the last source row. */
    private Map<RunTable, Long> lastRows = new HashMap<>();
    private Set<Source> repeated;
    private final Map<Source, Long> seen = new HashMap<>();

    private SourceOrdinals(Connection db, String table) {
        this.db = db;
        this.table = table;
    }

    /** Numbers the rows of {@code table} (contacts, calls or messages), which must then be passed in id order. */
    static SourceOrdinals of(Connection db, String table) {
        return new SourceOrdinals(db, table);
    }

    /** The ordinal of the row {@code id} (each one greater than the last) of this source. */
    long next(long id, long runId, String srcTable, Object row) throws SQLException {
        if (lastRows != null) {
            if (row instanceof Long || row instanceof Integer) {
                long value = ((Number) row).longValue();
                Long last = lastRows.put(new RunTable(runId, srcTable), value);
                if (last == null || last < value) {
                    return 0; // above every earlier row of its run and source table: the first of its source
                }
            }
            countRepeatedBefore(id);
        }
        if (repeated.isEmpty()) {
            return 0;
        }
        Source source = new Source(runId, srcTable, row(row));
        return repeated.contains(source) ? seen.merge(source, 1L, Long::sum) - 1 : 0;
    }

    /** Finds the repeated sources, and counts them in the rows before {@code id} as {@link #next} would have. */
    private void countRepeatedBefore(long id) throws SQLException {
        lastRows = null;
        repeated = new HashSet<>();
        String sql = "SELECT run_id, src_table, src_row FROM " + table + " GROUP BY 1, 2, 3 HAVING count(*) > 1";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                repeated.add(new Source(rs.getLong(1), rs.getString(2), row(rs.getObject(3))));
            }
        }
        if (repeated.isEmpty()) {
            return;
        }
        String before = "SELECT run_id, src_table, src_row FROM " + table + " WHERE id < ? ORDER BY id";
        try (PreparedStatement ps = db.prepareStatement(before)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Source source = new Source(rs.getLong(1), rs.getString(2), row(rs.getObject(3)));
                    if (repeated.contains(source)) {
                        seen.merge(source, 1L, Long::sum);
                    }
                }
            }
        }
    }

    private static Object row(Object value) {
        return value instanceof Number n && !(value instanceof Double) ? (Object) n.longValue() : value;
    }
}
