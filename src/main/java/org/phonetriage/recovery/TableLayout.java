package org.phonetriage.recovery;

import java.util.List;

/**
 * A table of the schema as record carving needs it: its root page, its columns with their
 * affinities, which column is the rowid alias (INTEGER PRIMARY KEY, stored as NULL), and what its
 * live records show (how many columns they hold, which storage classes each column takes).
 */
final class TableLayout {

    /** A column: its name (lower case) and declared type. */
    record Column(String name, String type, Affinity affinity) {
    }

    /** SQLite's column affinities (§3.1 of "Datatypes In SQLite"). */
    enum Affinity {
        INTEGER, TEXT, BLOB, REAL, NUMERIC;

        /** The affinity a declared type gives, by SQLite's rules in their order. */
        static Affinity of(String declared) {
            String t = declared == null ? "" : declared.toUpperCase(java.util.Locale.ROOT);
            if (t.contains("INT")) {
                return INTEGER;
            }
            if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
                return TEXT;
            }
            if (t.isEmpty() || t.contains("BLOB")) {
                return BLOB;
            }
            if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
                return REAL;
            }
            return NUMERIC;
        }

        /**
         * The storage classes a value of this affinity is normally stored as; others (a blob in a
         * TEXT column) are allowed only when the table's live records show them.
         */
        int classes() {
            return switch (this) {
                case INTEGER -> SerialType.NULL | SerialType.INT;
                case NUMERIC, REAL -> SerialType.NULL | SerialType.INT | SerialType.REAL;
                case TEXT -> SerialType.NULL | SerialType.TEXT;
                case BLOB -> SerialType.NULL | SerialType.INT | SerialType.REAL | SerialType.TEXT | SerialType.BLOB;
            };
        }
    }

    final String name;
    final long rootPage;
    final List<Column> columns;
    final int rowidAlias;
    /** Storage classes each column may take: its affinity's, and any its live records show. */
    final int[] allowed;
    int minColumns;
    long liveRecords;
    /** Column sets a UNIQUE index keys: a record agreeing with a live row on one is that row's earlier version. */
    final List<int[]> uniqueKeys = new java.util.ArrayList<>();

    TableLayout(String name, long rootPage, List<Column> columns, int rowidAlias) {
        this.name = name;
        this.rootPage = rootPage;
        this.columns = List.copyOf(columns);
        this.rowidAlias = rowidAlias;
        this.allowed = new int[columns.size()];
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] = i == rowidAlias ? SerialType.NULL : columns.get(i).affinity().classes();
        }
        this.minColumns = columns.size();
    }

    /** Adds the key of a UNIQUE index on these columns; a column it does not know drops the key. */
    void addUniqueKey(List<String> columnNames) {
        int[] key = new int[columnNames.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = -1;
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).name().equalsIgnoreCase(columnNames.get(i))) {
                    key[i] = c;
                }
            }
            if (key[i] < 0) {
                return;
            }
        }
        if (key.length > 0) {
            uniqueKeys.add(key);
        }
    }

    int width() {
        return columns.size();
    }

    /** Learns from one live record's serial types (a column added later is missing from older records). */
    void observe(long[] types) {
        liveRecords++;
        if (types.length > width()) {
            return;
        }
        minColumns = Math.min(minColumns, Math.max(1, types.length));
        for (int i = 0; i < types.length; i++) {
            if (i != rowidAlias) {
                allowed[i] |= SerialType.storageClass(types[i]);
            }
        }
    }

    /** True when serial types fit this table: the count, each column's classes, the rowid alias NULL. */
    boolean fits(long[] types, int count) {
        if (count < minColumns || count > width()) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            int c = SerialType.storageClass(types[i]);
            if (c == 0 || (allowed[i] & c) == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
