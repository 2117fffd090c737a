package org.phonetriage.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.phonetriage.Versions;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opens (or creates) a case database and checks its schema version. */
public final class CaseDb {

    public static final int SCHEMA_VERSION = 1;

    /** Calls and messages in the timeline's order of text (see TimeRange#sortable). */
    public static final String CALLS_TIME_INDEX = "calls_time";
    public static final String MESSAGES_TIME_INDEX = "messages_time";

    private static final String[] INDEXES = {
        "CREATE INDEX IF NOT EXISTS occ_identifier ON occurrences(identifier_id, device_id)",
        // no index by device (occ_device, built by earlier versions and kept in their cases): of every
        // query over occurrences only a device's removal used it, and its scan costs no more than
        // the lookup did, where building it cost 1.2 s CPU at 2.4 M occurrences after each ingest;
        // none by region context either (occ_context, built by earlier versions when a context was
        // read again): CaseRenormalizer finds a context's occurrences through occ_identifier
        "CREATE INDEX IF NOT EXISTS files_item ON evidence_files(item_id)",
        // a record's parties (the timeline joins every call and message to them): without it SQLite
        // built an automatic index of all occurrences for each timeline query
        "CREATE INDEX IF NOT EXISTS occ_record ON occurrences(record_table, record_id)",
        // report.html's core timeline walks calls and messages in time order and stops after the
        // records it shows, where finding every record of its keys grew with the case (FirstCoreRecords)
        "CREATE INDEX IF NOT EXISTS " + CALLS_TIME_INDEX + " ON calls(rtrim(time_utc, 'Z'))",
        "CREATE INDEX IF NOT EXISTS " + MESSAGES_TIME_INDEX + " ON messages(rtrim(time_utc, 'Z'))",
    };

    /** Columns added to version 1 after it was first released: table, column, definition. */
    private static final String[][] ADDED_COLUMNS = {
        {"calls", "deleted", "INTEGER NOT NULL DEFAULT 0"},
        {"messages", "deleted", "INTEGER NOT NULL DEFAULT 0"},
        {"devices", "status", "TEXT NOT NULL DEFAULT 'complete'"},
        {"devices", "home_area", "TEXT"},
        {"occurrences", "context_id", "INTEGER"},
        {"problems", "code", "TEXT"},
        {"problems", "severity", "TEXT"},
        {"contacts", "recovered", "TEXT"},
        {"contacts", "recovered_confidence", "REAL"},
        {"calls", "recovered", "TEXT"},
        {"calls", "recovered_confidence", "REAL"},
        {"messages", "recovered", "TEXT"},
        {"messages", "recovered_confidence", "REAL"},
        {"contacts", "recovered_version_of", "INTEGER"},
        {"calls", "recovered_version_of", "INTEGER"},
        {"messages", "recovered_version_of", "INTEGER"},
    };

    private CaseDb() {
    }

    /** Opens an existing case, or creates it when {@code create} is true and it does not exist. */
    public static Connection open(Path file, boolean create) throws SQLException, IOException {
        boolean exists = Files.exists(file);
        if (!exists && !create) {
            throw new IOException(file + ": no such case database");
        }
        if (!exists && file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(false);
        // 64 MB of page cache (native memory, beside the Java heap): the cross-reference reads the
        // occurrences in table order now, and 256 MB per connection took a triage of 12 M occurrences
        // to 1.8 GB of RSS under -Xmx1g (glibc keeps the ingest connection's cache after it closes);
        // at 64 MB that case's xref ran no slower (65.7 s vs 69.3 s) with 140 MB less RSS
        config.setCacheSize(-65_536);
        // no SQLite lock per call: sqlite-jdbc already makes every native call on a connection under one
        // Java lock, so SQLite's own (taken at each bound value, tens of millions in a large ingest) only
        // cost time (5 % of the case writer's thread by perf)
        config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        // no generated keys: sqlite-jdbc otherwise prepares, runs and finalizes "SELECT last_insert_rowid()"
        // after every executeUpdate of an INSERT (the case writer runs one per 64 rows, the stored
        // network one per edge). The two inserts that need their row's id ask for it (RETURNING id)
        config.setGetGeneratedKeys(false);
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                config.toProperties());
        int version = userVersion(db);
        if (version == 0) {
            if (exists && hasTables(db)) {
                db.close();
                throw new IOException(file + ": not a phonetriage case database");
            }
            createSchema(db);
        } else if (version != SCHEMA_VERSION) {
            db.close();
            throw new IOException(file + ": case schema version " + version
                    + ", this phonetriage reads version " + SCHEMA_VERSION);
        } else {
            addTables(db);
        }
        return db;
    }

    /**
     * Indexes are built after bulk inserts, not maintained row by row during them. SQLite sorts an
     * index's keys in runs as large as the page cache: one 256 MB run sorted in memory cost a third
     * more CPU than 16 MB runs merged (2.4 M occurrences: 6.6 s against 9.1 s for four
     * indexes), so the cache is small while they are built. The runs are sorted by helper threads
     * too (PRAGMA threads), one per other core: nothing else runs while the indexes are built, and
     * at 2.4 M occurrences they took 19 s instead of 33 s on two busy cores, for the same CPU time.
     */
    public static void createIndexes(Connection db) throws SQLException {
        build(db, INDEXES);
    }

    /** Whether the case has its indexes of calls and messages by time (an older case may not). */
    public static boolean hasTimeIndexes(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master"
                + " WHERE type = 'index' AND name IN ('" + CALLS_TIME_INDEX + "', '" + MESSAGES_TIME_INDEX + "')")) {
            return rs.next() && rs.getInt(1) == 2;
        }
    }

    private static void build(Connection db, String... indexes) throws SQLException {
        try (Statement st = db.createStatement()) {
            long cache;
            try (ResultSet rs = st.executeQuery("PRAGMA cache_size")) {
                cache = rs.next() ? rs.getLong(1) : -2000;
            }
            st.execute("PRAGMA cache_size = " + INDEX_SORT_CACHE_KB);
            st.execute("PRAGMA threads = " + SORT_HELPERS);
            try {
                for (String index : indexes) {
                    st.execute(index);
                }
            } finally {
                st.execute("PRAGMA threads = 0");
                st.execute("PRAGMA cache_size = " + cache);
            }
        }
    }

    /** SQLite's helper threads for sorting an index's keys: one per other core, a few at most. */
    private static final int SORT_HELPERS = Math.min(4, Math.max(0, Runtime.getRuntime().availableProcessors() - 1));

    /** The page cache (negative: KiB) while indexes are built, the size of SQLite's sort runs. */
    private static final int INDEX_SORT_CACHE_KB = -16_384;

    private static int userVersion(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection db) throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static boolean hasColumn(Connection db, String table, String column) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                if (column.equals(rs.getString("name"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Brings a version-1 case made before the additive changes up to date: schema.sql's
     * {@code CREATE TABLE IF NOT EXISTS} tables and the {@link #ADDED_COLUMNS}. Additive, so the
     * version stays 1 and older tools still read the case (a device of an older case is complete).
     */
    private static void addTables(Connection db) throws SQLException, IOException {
        try (Statement st = db.createStatement()) {
            for (String statement : schemaStatements()) {
                if (statement.contains("IF NOT EXISTS")) {
                    st.execute(statement);
                }
            }
            for (String[] added : ADDED_COLUMNS) {
                if (!hasColumn(db, added[0], added[1])) {
                    st.execute("ALTER TABLE " + added[0] + " ADD COLUMN " + added[1] + " " + added[2]);
                }
            }
        }
    }

    /** The statements of schema.sql, comments removed. */
    private static List<String> schemaStatements() throws IOException {
        String sql;
        try (InputStream in = CaseDb.class.getResourceAsStream("schema.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Arrays.stream(sql.replaceAll("(?m)--.*$", "").split(";")).filter(x -> !x.isBlank()).toList();
    }

    private static void createSchema(Connection db) throws SQLException, IOException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            for (String statement : schemaStatements()) {
                st.execute(statement);
            }
            st.execute("INSERT INTO meta(key, value) VALUES ('created_by', 'phonetriage " + Versions.phonetriage()
                    + "'), ('created_with_libphonenumber', '" + Versions.libphonenumber() + "')");
            st.execute("PRAGMA user_version = " + SCHEMA_VERSION);
            db.commit();
        } finally {
            db.setAutoCommit(auto);
        }
    }
}
