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
import org.phonetriage.model.UtcSeconds;
import org.phonetriage.xref.PersonCandidates;
import org.phonetriage.xref.Persons;
import org.phonetriage.xref.XrefReport.Person;
import org.phonetriage.xref.XrefReport.PersonCandidate;
import org.phonetriage.xref.rules.OccurrenceSql;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Pushes one case into a repository: its devices, its occurrences (one row per identifier,
 * device, role and level, counted, with first and last seen), its owners' identifiers, its
 * persons and its person candidates; message bodies only when asked, never pseudonymised. One transaction: a case
 * pushed again replaces the one of that name, and a push that fails leaves the repository as it
 * was. Rows go in with COPY, not one insert each.
 */
public final class CasePush {

    /** What a push wrote, and how long it took. */
    public record Pushed(String name, long devices, long occurrences, long owners, long persons, long candidates,
                         long messages, long millis) {
        public long rows() {
            return devices + occurrences + owners + persons + candidates + messages;
        }
    }

    private final Connection caseDb;
    private final KeyScheme keys;
    private final boolean withBodies;

    public CasePush(Connection caseDb, KeyScheme keys, boolean withBodies) {
        if (withBodies && keys.pseudonymised()) {
            throw new IllegalArgumentException("--with-bodies cannot be pseudonymised: message bodies name people and"
                    + " numbers in clear; push without one of them");
        }
        this.caseDb = caseDb;
        this.keys = keys;
        this.withBodies = withBodies;
    }

    public Pushed push(CaseRepository repo, String name, String toolVersion, String libphonenumber)
            throws SQLException, IOException {
        long start = System.nanoTime();
        Connection db = repo.connection();
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            long caseId = replaceCase(db, name, toolVersion, libphonenumber);
            long devices = copy(db, "repo_devices(case_id, label, platform, home_region)",
                    "SELECT label, platform, home_region FROM devices ORDER BY label", caseId, 0);
            long occurrences = copy(db, "repo_occurrences(case_id, key, type, device, role, level, occurrences,"
                    + " first_seen, last_seen, names)", OCCURRENCES, caseId, 1);
            long owners = copy(db, "repo_owners(case_id, device, key, basis)",
                    "SELECT d.label, i.key, o.basis FROM owner_identifiers o JOIN devices d ON d.id = o.device_id"
                            + " JOIN identifiers i ON i.id = o.identifier_id", caseId, 2);
            long persons = copyPersons(db, caseId);
            long candidates = copyCandidates(db, caseId);
            long messages = withBodies ? copy(db, "repo_messages(case_id, device, kind, direction, time_utc, body)",
                    "SELECT d.label, m.kind, m.direction, m.time_utc, m.body FROM messages m"
                            + " JOIN devices d ON d.id = m.device_id", caseId, -1) : 0;
            db.commit();
            return new Pushed(name, devices, occurrences, owners, persons, candidates, messages,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | IOException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    /**
     * Occurrences the cross-reference counts (strong, candidate and service readings), grouped;
     * the names a device saved the identifier under as a JSON array, unless pseudonymised.
     */
    private static final String OCCURRENCES = "SELECT o.key, o.type, d.label, o.role, o.level, count(*),"
            + " min(o.time_utc), max(o.time_utc),"
            + " json_group_array(DISTINCT o.name) FILTER (WHERE o.name IS NOT NULL AND o.name <> '')"
            + " FROM occurrence_details o JOIN devices d ON d.id = o.device_id"
            + " WHERE " + OccurrenceSql.counted("o")
            + " GROUP BY o.identifier_id, o.device_id, o.role, o.level";

    /** The case's row, after removing any earlier push of the same name (its rows go with it). */
    private long replaceCase(Connection db, String name, String toolVersion, String libphonenumber)
            throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + CaseRepository.LOCK + ")");
        }
        try (PreparedStatement del = db.prepareStatement("DELETE FROM repo_cases WHERE name = ?")) {
            del.setString(1, name);
            del.executeUpdate();
        }
        try (PreparedStatement ins = db.prepareStatement("INSERT INTO repo_cases(name, key_scheme, tool_version,"
                + " libphonenumber) VALUES (?, ?, ?, ?) RETURNING case_id")) {
            ins.setString(1, name);
            ins.setString(2, keys.id());
            ins.setString(3, toolVersion);
            ins.setString(4, libphonenumber);
            try (ResultSet rs = ins.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Copies the rows of a case query into a repository table, case id first. {@code shape} says
     * which columns are keys: 1 = occurrences (key, …, names), 2 = owners (device, key, …), 0 and
     * -1 none.
     */
    private long copy(Connection db, String target, String query, long caseId, int shape)
            throws SQLException, IOException {
        try (Statement st = caseDb.createStatement(); ResultSet rs = st.executeQuery(query)) {
            return copyIn(db, target, csv -> {
                long rows = 0;
                int columns = rs.getMetaData().getColumnCount();
                Object[] row = new Object[columns + 1];
                row[0] = caseId;
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        row[i] = rs.getString(i);
                    }
                    if (shape == 1) {
                        row[1] = keys.apply((String) row[1]);
                        row[7] = UtcSeconds.of((String) row[7]);
                        row[8] = UtcSeconds.of((String) row[8]);
                        row[9] = keys.pseudonymised() ? null : row[9];
                    } else if (shape == 2) {
                        row[2] = keys.apply((String) row[2]);
                    } else if (shape == -1) {
                        row[4] = UtcSeconds.of((String) row[4]);
                    }
                    csv.printRecord(row);
                    rows++;
                }
                return rows;
            });
        }
    }

    /**
     * The case's persons, one row per key; under a pseudonymised push a person is named by its
     * number in the push, not by its id (the id hashes a number without a secret).
     */
    private long copyPersons(Connection db, long caseId) throws SQLException, IOException {
        List<Person> persons = Persons.resolve(caseDb);
        return copyIn(db, "repo_case_persons(case_id, person, key, seized)", csv -> {
            long rows = 0;
            for (int i = 0; i < persons.size(); i++) {
                Person p = persons.get(i);
                String id = keys.pseudonymised() ? "P" + (i + 1) : p.id();
                for (String key : p.keys()) {
                    csv.printRecord(caseId, id, keys.apply(key), p.seized());
                    rows++;
                }
            }
            return rows;
        });
    }

    private long copyCandidates(Connection db, long caseId) throws SQLException, IOException {
        List<PersonCandidate> persons = PersonCandidates.find(caseDb);
        return copyIn(db, "repo_persons(case_id, person, key)", csv -> {
            long rows = 0;
            for (int i = 0; i < persons.size(); i++) {
                for (String key : persons.get(i).keys()) {
                    csv.printRecord(caseId, i + 1, keys.apply(key));
                    rows++;
                }
            }
            return rows;
        });
    }

    /** Rows written as CSV into a COPY; returns how many. */
    @FunctionalInterface
    private interface CopyRows {
        long write(CSVPrinter csv) throws SQLException, IOException;
    }

    /** Streams {@code rows} into {@code COPY target FROM STDIN} (PostgreSQL's CSV). */
    private static long copyIn(Connection db, String target, CopyRows rows) throws SQLException, IOException {
        PGConnection pg = db.unwrap(PGConnection.class);
        try (PGCopyOutputStream stream = new PGCopyOutputStream(pg, "COPY " + target + " FROM STDIN (FORMAT csv)");
             Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.POSTGRESQL_CSV)) {
            return rows.write(csv);
        }
    }
}
