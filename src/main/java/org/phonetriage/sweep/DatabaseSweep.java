package org.phonetriage.sweep;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.phonetriage.model.SweptValue;

/**
 * Sweeps a staged SQLite database no definition claimed: each column whose name does not make it an
 * id, counter or time is sampled ({@value ColumnVerdict#SAMPLE} values), and read whole only when
 * the sample holds identifiers. Blobs over {@value #BLOB_TEXT} bytes (media, serialised objects) are
 * never read: SQL leaves them out before they reach Java.
 */
public final class DatabaseSweep {

    /** A blob this short may be text stored as bytes; a longer one is media or a serialised object. */
    static final int BLOB_TEXT = 256;

    private DatabaseSweep() {
    }

    /** What a sweep of one file read. */
    public record Cost(int columns, int sampled, int readWhole, long valuesRead, long found) {
    }

    /** Sweeps the database; each identifier found goes to {@code found}. */
    public static Cost sweep(Path staged, String app, Consumer<SweptValue> found) throws SQLException {
        int columns = 0;
        int sampled = 0;
        int whole = 0;
        long read = 0;
        long hits = 0;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + staged.toAbsolutePath())) {
            for (String table : tables(db)) {
                boolean rowid = hasRowid(db, table);
                for (String column : columns(db, table)) {
                    columns++;
                    if (ColumnNames.neverIdentifiers(column)) {
                        continue;
                    }
                    sampled++;
                    ColumnVerdict verdict = new ColumnVerdict(column);
                    try (Statement st = db.createStatement();
                         ResultSet rs = st.executeQuery(select(table, column, rowid) + " LIMIT " + ColumnVerdict.SAMPLE)) {
                        while (rs.next()) {
                            String v = text(rs.getObject(2));
                            if (v != null) {
                                verdict.add(v);
                            }
                        }
                    }
                    read += verdict.values();
                    if (!verdict.holdsIdentifiers(column)) {
                        continue;
                    }
                    whole++;
                    ColumnVerdict all = new ColumnVerdict(column);
                    List<SweptValue> values = new ArrayList<>();
                    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(select(table, column, rowid))) {
                        while (rs.next()) {
                            String v = text(rs.getObject(2));
                            if (v == null) {
                                continue;
                            }
                            all.add(v);
                            String kind = ValueShapes.kindOf(v, column);
                            if (kind != null) {
                                Long row = rowid ? rs.getLong(1) : null;
                                values.add(new SweptValue(app, table, column, row, v.strip(), kind, 0));
                            }
                        }
                    }
                    read += all.values();
                    double confidence = all.confidence(column);
                    for (SweptValue v : values) {
                        found.accept(new SweptValue(v.app(), v.table(), v.column(), v.row(), v.raw(), v.kind(),
                                confidence));
                        hits++;
                    }
                }
            }
        }
        return new Cost(columns, sampled, whole, read, hits);
    }

    /** The column's non-null values, a long blob left out by SQLite itself. */
    private static String select(String table, String column, boolean rowid) {
        String c = quote(column);
        return "SELECT " + (rowid ? "rowid" : "NULL") + ", CASE WHEN typeof(" + c + ") = 'blob' AND length(" + c
                + ") > " + BLOB_TEXT + " THEN NULL ELSE " + c + " END FROM " + quote(table) + " WHERE " + c
                + " IS NOT NULL";
    }

    /** A cell as text: numbers as written, a short blob when it is valid UTF-8 text. */
    static String text(Object cell) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof byte[] bytes) {
            try {
                String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return s.chars().allMatch(ch -> ch >= 0x20 || ch == '\t') ? s : null;
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        if (cell instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : null;
        }
        return cell.toString();
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master"
                + " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                + " AND COALESCE(sql, '') NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static List<String> columns(Connection db, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT name FROM pragma_table_info(?) ORDER BY cid")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** A WITHOUT ROWID table has no row id to name a value by. */
    private static boolean hasRowid(Connection db, String table) {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT rowid FROM " + quote(table)
                + " LIMIT 0")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
