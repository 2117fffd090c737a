package org.phonetriage.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts rows of one table a fixed number at a time with one multi-row INSERT, leaving out the
 * columns that are NULL in every row of those rows and whose default is NULL: they are stored as the
 * same NULL, but each bound value is a call through the driver into SQLite, and a quarter of an
 * ingest's values are NULL (a message's recovery columns, an occurrence's label). One statement is
 * prepared per set of columns left out, as met; the rows keep their order.
 */
final class MultiRowInsert implements AutoCloseable {

    /** More sets of columns than this are not expected; past it the whole statement is used. */
    private static final int MAX_SHAPES = 32;

    private final Connection db;
    private final String table;
    private final List<String> columns;
    private final int rows;
    /** A bit per column that may be left out: its default is NULL and it is no primary key. */
    private final long omittable;
    private final Map<Long, Shape> shapes = new HashMap<>();

    /** A statement and the columns it binds, per row, in order. */
    private record Shape(PreparedStatement statement, int[] bound) {
    }

    MultiRowInsert(Connection db, String table, List<String> columns, int rows) throws SQLException {
        if (columns.size() > Long.SIZE) {
            throw new IllegalArgumentException(table + ": too many columns for a null mask");
        }
        this.db = db;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        Map<String, Boolean> nullDefault = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, dflt_value IS NULL AND pk = 0 FROM pragma_table_info('"
                     + table + "')")) {
            while (rs.next()) {
                nullDefault.put(rs.getString(1), rs.getBoolean(2));
            }
        }
        long mask = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (Boolean.TRUE.equals(nullDefault.get(columns.get(c)))) {
                mask |= 1L << c;
            }
        }
        this.omittable = mask;
    }

    /** Inserts {@code rows} rows of the list from {@code from} on. */
    void insert(List<Object[]> all, int from) throws SQLException {
        long absent = omittable;
        for (int r = from; r < from + rows && absent != 0; r++) {
            Object[] row = all.get(r);
            for (long bits = absent; bits != 0; bits &= bits - 1) {
                int c = Long.numberOfTrailingZeros(bits);
                if (row[c] != null) {
                    absent &= ~(1L << c);
                }
            }
        }
        Shape shape = shape(absent);
        PreparedStatement ps = shape.statement();
        int[] bound = shape.bound();
        int at = 1;
        for (int r = from; r < from + rows; r++) {
            Object[] row = all.get(r);
            for (int c : bound) {
                bind(ps, at++, row[c]);
            }
        }
        ps.executeUpdate();
    }

    private Shape shape(long absent) throws SQLException {
        Shape shape = shapes.get(absent);
        if (shape == null) {
            if (absent != 0 && shapes.size() >= MAX_SHAPES) {
                return shape(0);
            }
            List<String> named = new ArrayList<>();
            int[] bound = new int[columns.size() - Long.bitCount(absent)];
            int n = 0;
            for (int c = 0; c < columns.size(); c++) {
                if ((absent & (1L << c)) == 0) {
                    named.add(columns.get(c));
                    bound[n++] = c;
                }
            }
            String row = "(" + String.join(",", java.util.Collections.nCopies(bound.length, "?")) + ")";
            String sql = "INSERT INTO " + table + "(" + String.join(", ", named) + ") VALUES "
                    + String.join(", ", java.util.Collections.nCopies(rows, row));
            shape = new Shape(db.prepareStatement(sql), bound);
            shapes.put(absent, shape);
        }
        return shape;
    }

    /**
     * Binds a value as it is: sqlite-jdbc keeps a bound Long or Integer object and binds it by its
     * type (setLong and setInt would box the value again), a String as text, null as NULL.
     */
    static void bind(PreparedStatement ps, int index, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(index, Types.NULL);
        } else if (v instanceof String text) {
            ps.setString(index, text);
        } else {
            ps.setObject(index, v);
        }
    }

    @Override
    public void close() throws SQLException {
        for (Shape s : shapes.values()) {
            s.statement().close();
        }
    }
}
