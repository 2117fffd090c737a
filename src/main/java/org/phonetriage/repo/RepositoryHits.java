package org.phonetriage.repo;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.phonetriage.xref.XrefReport.OtherCaseHit;
import org.phonetriage.xref.rules.OccurrenceSql;
import org.phonetriage.xref.rules.OtherCaseFold;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The identifiers of one case that a repository holds in other cases, with those cases' devices:
 * a number shared with another case is often the best lead. Only cases pushed under the same key
 * scheme are compared (a raw key never equals a pseudonym), and the case itself, by name, is left
 * out. Keys go to the server in one COPY and are joined there, so a case of a million
 * identifiers is one round trip.
 */
public final class RepositoryHits {

    private final Connection caseDb;
    private final KeyScheme keys;

    public RepositoryHits(Connection caseDb, KeyScheme keys) {
        this.caseDb = caseDb;
        this.keys = keys;
    }

    /** The hits, sorted by key, then case name, then device label. */
    public List<OtherCaseHit> find(CaseRepository repo, String thisCase) throws SQLException, IOException {
        Connection db = repo.connection();
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            try (Statement st = db.createStatement()) {
                st.execute("CREATE TEMP TABLE wanted(repo_key TEXT NOT NULL, key TEXT NOT NULL) ON COMMIT DROP");
            }
            sendKeys(db);
            try (Statement st = db.createStatement()) {
                st.execute("ANALYZE wanted");
            }
            OtherCaseFold found = new OtherCaseFold();
            try (PreparedStatement ps = db.prepareStatement("SELECT w.key, c.name, o.device, o.level, o.role,"
                    + " sum(o.occurrences), min(o.first_seen), max(o.last_seen)"
                    + " FROM wanted w JOIN repo_occurrences o ON o.key = w.repo_key"
                    + " JOIN repo_cases c ON c.case_id = o.case_id"
                    + " WHERE c.name <> ? AND c.key_scheme = ?"
                    + " GROUP BY w.key, c.name, o.device, o.level, o.role")) {
                ps.setString(1, thisCase);
                ps.setString(2, keys.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8));
                    }
                }
            }
            db.commit();
            return found.hits();
        } catch (SQLException | IOException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    /** This case's identifiers (those the cross-reference counts), as the repository holds them. */
    private void sendKeys(Connection db) throws SQLException, IOException {
        PGConnection pg = db.unwrap(PGConnection.class);
        try (Statement st = caseDb.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT i.key FROM identifiers i"
                     + " JOIN occurrences o ON o.identifier_id = i.id JOIN readings r ON r.id = o.reading_id"
                     + " WHERE " + OccurrenceSql.counted("r"));
             PGCopyOutputStream stream = new PGCopyOutputStream(pg, "COPY wanted(repo_key, key) FROM STDIN (FORMAT csv)");
             Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.POSTGRESQL_CSV)) {
            while (rs.next()) {
                String key = rs.getString(1);
                csv.printRecord(keys.apply(key), key);
            }
        }
    }
}
