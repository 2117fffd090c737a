package org.phonetriage.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tells an app's own constants (a support number, a server's address) from leads among the values
 * the sweep found: a value found in the same (app, table, column) on every device that has the app
 * — two at least — and nowhere else in the case is the app's, not its users': its readings become
 * service level (a service identifier, never a link between devices). A value the case also holds
 * outside the sweep (a contact, a call) stays a lead. Run over the whole case after each ingest or
 * removal; it undoes its own earlier marks first, so a removed device leaves no stale constant.
 */
public final class SweptConstants {

    /** How the pass names what it marked, in readings.reason. */
    static final String REASON = "app constant: in the same app, table and column on every device with the app";

    private SweptConstants() {
    }

    /** Marks the case's app constants; returns how many readings are marked. */
    public static int mark(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            boolean swept = st.executeQuery("SELECT 1 FROM sqlite_master WHERE name = 'swept_values'").next();
            if (!swept) {
                return 0;
            }
            int n;
            try (PreparedStatement undo = db.prepareStatement(
                    "UPDATE readings SET level = 'candidate', reason = NULL WHERE reason = ?")) {
                undo.setString(1, REASON);
                undo.executeUpdate();
            }
            // "has the app": the sweep found something in one of the app's files on the device
            try (PreparedStatement ps = db.prepareStatement("""
                    WITH found AS (
                      SELECT s.app, s.src_table, s.src_column, s.device_id, o.identifier_id, o.reading_id
                        FROM swept_values s JOIN occurrences o ON o.record_table = 'swept_values' AND o.record_id = s.id),
                    apps AS (SELECT app, count(DISTINCT device_id) AS devices FROM swept_values GROUP BY app
                              HAVING count(DISTINCT device_id) >= 2),
                    constants AS (
                      SELECT f.app, f.src_table, f.src_column, f.identifier_id FROM found f JOIN apps a ON a.app = f.app
                       GROUP BY f.app, f.src_table, f.src_column, f.identifier_id
                      HAVING count(DISTINCT f.device_id) = max(a.devices))
                    UPDATE readings SET level = 'service', reason = ?
                     WHERE level = 'candidate' AND reason IS NULL AND id IN (
                       SELECT f.reading_id FROM found f JOIN constants c ON c.app = f.app AND c.src_table = f.src_table
                          AND c.src_column = f.src_column AND c.identifier_id = f.identifier_id
                        WHERE f.identifier_id NOT IN (SELECT identifier_id FROM occurrences WHERE role <> 'unmodelled'))
                    """)) {
                ps.setString(1, REASON);
                n = ps.executeUpdate();
            }
            if (!db.getAutoCommit()) {
                db.commit();
            }
            return n;
        }
    }
}
