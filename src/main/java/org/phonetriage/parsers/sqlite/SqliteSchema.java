package org.phonetriage.parsers.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The tables and columns of a database: what definitions are fingerprinted against. */
public final class SqliteSchema {

    private final Map<String, Set<String>> columnsByTable;

    private SqliteSchema(Map<String, Set<String>> columnsByTable) {
        this.columnsByTable = columnsByTable;
    }

    /** Reads the schema; fails on a file that is not a readable SQLite database. */
    public static SqliteSchema read(Connection db) throws SQLException {
        Map<String, Set<String>> columns = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type IN ('table','view')")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            Set<String> cols = new TreeSet<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery(
                         "PRAGMA table_info(\"" + table.replace("\"", "\"\"") + "\")")) {
                while (rs.next()) {
                    cols.add(rs.getString("name").toLowerCase(Locale.ROOT));
                }
            } catch (SQLException e) {
                // a virtual table whose module is missing (e.g. a custom FTS tokenizer): its
                // columns cannot be listed, but the rest of the schema still can
            }
            columns.put(table.toLowerCase(Locale.ROOT), cols);
        }
        return new SqliteSchema(columns);
    }

    /** A schema from table names and their columns (read from the file's pages, not through SQLite). */
    public static SqliteSchema of(Map<String, ? extends java.util.Collection<String>> columnsByTable) {
        Map<String, Set<String>> columns = new TreeMap<>();
        columnsByTable.forEach((t, cols) -> {
            Set<String> set = new TreeSet<>();
            cols.forEach(c -> set.add(c.toLowerCase(Locale.ROOT)));
            columns.put(t.toLowerCase(Locale.ROOT), set);
        });
        return new SqliteSchema(columns);
    }

    public boolean hasTable(String table) {
        return columnsByTable.containsKey(table.toLowerCase(Locale.ROOT));
    }

    public boolean hasColumn(String table, String column) {
        Set<String> cols = columnsByTable.get(table.toLowerCase(Locale.ROOT));
        return cols != null && cols.contains(column.toLowerCase(Locale.ROOT));
    }

    /** True when every table the fingerprint names exists with every column it names. */
    public boolean satisfies(Map<String, List<String>> requires) {
        return requires.entrySet().stream().allMatch(e -> hasTable(e.getKey())
                && e.getValue().stream().allMatch(c -> hasColumn(e.getKey(), c)));
    }

    /** The table names, for messages about databases nobody recognises. */
    public Set<String> tables() {
        return columnsByTable.keySet();
    }
}
