package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * A read-only connection to the same case file, for reading on another core beside the caller's
 * connection: the occurrences' second reader, the record counts.
 */
final class SecondConnection {

    private SecondConnection() {
    }

    /**
     * The connection, or null: one core, a case in memory, or a write not yet committed (which
     * another connection would not see). {@code cacheKb}: its page cache.
     */
    static Connection open(Connection db, int cacheKb) {
        try {
            String url = db.getMetaData().getURL();
            if (Runtime.getRuntime().availableProcessors() < 2 || !db.getAutoCommit() || url == null
                    || !url.startsWith("jdbc:sqlite:") || url.contains(":memory:") || url.contains("mode=memory")
                    || url.length() == "jdbc:sqlite:".length()) {
                return null;
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.NOMUTEX);
            config.setCacheSize(-cacheKb);
            return DriverManager.getConnection(url, config.toProperties());
        } catch (SQLException e) {
            return null; // the caller's connection reads it all, as it did before
        }
    }
}
