package org.phonetriage.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Refuses, by name, a file that is not a phonetriage case database of the schema version this reads. */
final class CaseCheck {

    static final int SCHEMA_VERSION = 1;

    private CaseCheck() {
    }

    static void require(Path caseDb) {
        if (!Files.isRegularFile(caseDb)) {
            throw new IllegalArgumentException(caseDb + ": no such case database");
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + caseDb.toAbsolutePath() + "?mode=ro");
             Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            int version = rs.next() ? rs.getInt(1) : 0;
            if (version != SCHEMA_VERSION) {
                throw new IllegalArgumentException(caseDb + ": " + (version == 0 ? "not a phonetriage case database"
                        : "case schema version " + version + ", this reads version " + SCHEMA_VERSION));
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException(caseDb + ": not a phonetriage case database ("
                    + e.getMessage().replaceAll("\\s+", " ") + ")");
        }
    }

    /** Whether the case database has a table of that name. */
    static boolean hasTable(Path caseDb, String table) {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + caseDb.toAbsolutePath() + "?mode=ro");
             var ps = db.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException(caseDb + ": unreadable (" + e.getMessage().replaceAll("\\s+", " ") + ")");
        }
    }
}
