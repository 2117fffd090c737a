package org.phonetriage.testimages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.Collation;

/**
 * A freshly created SQLite file, set up so that the same inserts always give the same bytes:
 * fixed page size, rollback journal (no WAL), one transaction, VACUUM before closing.
 */
final class SqliteDb implements AutoCloseable {

    /** Android's default page size; fixed so that the files never depend on the library default. */
    static final int PAGE_SIZE = 4096;

    private final Path file;
    private final Connection conn;

    private SqliteDb(Path file, Connection conn) {
        this.file = file;
        this.conn = conn;
    }

    /** Creates (replacing any old one) the database file, with no table in it yet. */
    static SqliteDb create(Path file, int userVersion) throws IOException, SQLException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
        Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        // Real contacts2.db declares its sort keys with Android's own collation; registering a
        // stand-in lets us create that schema. Readers without it can still SELECT the rows.
        Collation.create(conn, "PHONEBOOK", new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return a.compareTo(b);
            }
        });
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA page_size=" + PAGE_SIZE);
            st.execute("PRAGMA encoding='UTF-8'");
            st.execute("PRAGMA journal_mode=DELETE");
            st.execute("PRAGMA user_version=" + userVersion);
        }
        conn.setAutoCommit(false);
        return new SqliteDb(file, conn);
    }

    Path file() {
        return file;
    }

    Connection connection() {
        return conn;
    }

    /** Speeds up bulk loads; only for generated data that can be made again if a run dies. */
    void unsafeFastWrites() throws SQLException {
        conn.commit();
        conn.setAutoCommit(true);
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA synchronous=OFF");
            st.execute("PRAGMA cache_size=-200000");
        }
        conn.setAutoCommit(false);
    }

    void exec(String sql) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    /** A batched INSERT into the given columns. */
    Insert insert(String table, String... columns) throws SQLException {
        return new Insert(conn, table, columns);
    }

    /** Commits, optionally rewrites the file compactly (VACUUM), and closes it. */
    void finish(boolean vacuum) throws SQLException {
        conn.commit();
        conn.setAutoCommit(true);
        if (vacuum) {
            // VACUUM rebuilds every b-tree in key order, so the page layout no longer depends on
            // the order in which pages happened to be split during the inserts.
            exec("VACUUM");
        }
        conn.close();
    }

    @Override
    public void close() throws SQLException {
        if (!conn.isClosed()) {
            conn.rollback();
            conn.close();
        }
    }

    /** A prepared INSERT that sends its rows in batches. */
    static final class Insert implements AutoCloseable {
        private static final int BATCH = 5000;
        private final PreparedStatement ps;
        private final int width;
        private int pending;

        private Insert(Connection conn, String table, String[] columns) throws SQLException {
            this.width = columns.length;
            String marks = "?,".repeat(width);
            this.ps = conn.prepareStatement("INSERT INTO " + table + " (" + String.join(",", columns)
                    + ") VALUES (" + marks.substring(0, marks.length() - 1) + ")");
        }

        /** Adds one row; values are given in column order (null, Integer, Long, String, byte[]). */
        void row(Object... values) throws SQLException {
            if (values.length != width) {
                throw new IllegalArgumentException("expected " + width + " values, got " + values.length);
            }
            for (int i = 0; i < width; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            ps.close();
        }
    }
}
