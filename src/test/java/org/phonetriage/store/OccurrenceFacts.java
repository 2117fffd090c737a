package org.phonetriage.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The occurrences of a case with the time and direction of their records, copied once into a
 * temporary table: what the cross-reference and search's stored summary were aggregated from in
 * SQL before they were aggregated in Java from one table-order pass ({@code xref/OccurrencePass},
 * {@code xref/KeySummaryAggregates}). No run makes it any more (it cost about 1.3 µs an
 * occurrence); the tests keep it to compare the pass's aggregates with that SQL's.
 *
 * <p>The {@code occurrence_details} view of schema.sql joins each occurrence to its call or message
 * by id, and every reader paid it again. Here the join is made once, in one sequential pass over
 * the occurrences, into a temporary table in their order. A temporary view of the same
 * name as the schema's then shadows it on this connection (SQLite resolves an unqualified name in
 * {@code temp} first), so each reader's SQL, unchanged, reads the shared table; the columns and
 * values are the schema view's, plus {@code recovered} and {@code earlier_version} (a record
 * recovered from deleted bytes; one that is an earlier version of a live record).
 *
 * <p>The table is a snapshot: it is dropped when the scope that made it closes, before anything
 * writes records again on the connection.
 */
public final class OccurrenceFacts implements AutoCloseable {

    /**
     * The shared table, for readers that need more than the view gives (a call's duration):
     * occurrence_details' columns of the occurrence and its record, {@code duration_s}, {@code deleted}
     * and {@code run_id}.
     */
    public static final String TABLE = "temp.occ_facts";

    private static final String[] CREATE = {
        "CREATE TEMP TABLE occ_facts (identifier_id INTEGER NOT NULL, device_id INTEGER NOT NULL, id INTEGER NOT NULL,"
                + " reading_id INTEGER, role TEXT, record_table TEXT, record_id INTEGER, name TEXT, label TEXT,"
                + " party_role TEXT, device_normalized TEXT, direction TEXT, time_utc TEXT, duration_s INTEGER,"
                + " recovered INTEGER, earlier_version INTEGER, deleted INTEGER, run_id INTEGER)",
        // one pass over the occurrences in their own order: the records they point at come in order
        // too. Kept in that order: its readers group or sort by their own keys (none walks it by
        // identifier since the cross-reference reads the occurrences itself), and sorting it by
        // (identifier, device) into a WITHOUT ROWID table cost 5-6 µs an occurrence against about
        // 1.2 µs for this plain copy (the sqlite3 shell, 1 M occurrences)
        "INSERT INTO temp.occ_facts SELECT o.identifier_id, o.device_id, o.id, o.reading_id, o.role, o.record_table,"
                + " o.record_id, o.name, o.label, o.party_role, o.device_normalized,"
                + " COALESCE(c.direction, m.direction), COALESCE(c.time_utc, m.time_utc), c.duration_s,"
                // recovered from deleted bytes; and whether as an earlier version of a live record (an
                // edited message: the same record, not one more)
                + " COALESCE(c.recovered, m.recovered, ct.recovered) IS NOT NULL,"
                + " COALESCE(c.recovered_version_of, m.recovered_version_of, ct.recovered_version_of) IS NOT NULL,"
                // the source marks it deleted; the parser run that read it (search's summary)
                + " COALESCE(ct.deleted, c.deleted, m.deleted), COALESCE(c.run_id, m.run_id, ct.run_id, s.run_id, sv.run_id)"
                // NOT INDEXED: else SQLite walks occ_identifier to skip the sort, which reads the
                // occurrences and their records in random order (15 times slower once the case
                // outgrows the page cache: 5 M occurrences)
                + " FROM main.occurrences o NOT INDEXED"
                + " LEFT JOIN main.calls c ON o.record_table = 'calls' AND c.id = o.record_id"
                + " LEFT JOIN main.messages m ON o.record_table = 'messages' AND m.id = o.record_id"
                + " LEFT JOIN main.contacts ct ON o.record_table = 'contacts' AND ct.id = o.record_id"
                + " LEFT JOIN main.sims s ON o.record_table = 'sims' AND s.id = o.record_id"
                + " LEFT JOIN main.swept_values sv ON o.record_table = 'swept_values' AND sv.id = o.record_id",
        "CREATE TEMP VIEW occurrence_details AS"
                + " SELECT o.id, o.identifier_id, i.key, i.type, o.device_id, o.role, o.record_table, o.record_id,"
                + " r.raw, o.name, o.label, o.party_role, o.direction, o.time_utc,"
                + " r.confidence, r.rule, r.region, r.level, o.device_normalized, o.recovered, o.earlier_version"
                + " FROM temp.occ_facts o JOIN main.readings r ON r.id = o.reading_id"
                + " JOIN main.identifiers i ON i.id = o.identifier_id",
    };

    private final Connection db;
    private final boolean made;

    private OccurrenceFacts(Connection db, boolean made) {
        this.db = db;
        this.made = made;
    }

    /**
     * Makes the shared table for this connection, unless an enclosing scope already did (then
     * closing this one leaves it).
     */
    public static OccurrenceFacts read(Connection db) throws SQLException {
        if (exists(db)) {
            return new OccurrenceFacts(db, false);
        }
        boolean auto = db.getAutoCommit();
        try (Statement st = db.createStatement()) {
            db.setAutoCommit(false);
            for (String sql : CREATE) {
                st.execute(sql);
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
        return new OccurrenceFacts(db, true);
    }

    private static boolean exists(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = 'occ_facts'")) {
            return rs.next();
        }
    }

    @Override
    public void close() throws SQLException {
        if (made) {
            try (Statement st = db.createStatement()) {
                st.execute("DROP VIEW IF EXISTS temp.occurrence_details");
                st.execute("DROP TABLE IF EXISTS temp.occ_facts");
            }
        }
    }
}
