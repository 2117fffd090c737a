package org.phonetriage.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;

/**
 * The problems of a case that belong to no device: an analysis that failed (evidence
 * {@code analysis communities}) or an output that could not be written ({@code output html}),
 * stored in {@code problems} with no device. A run replaces the stored ones it redoes — every
 * analysis, and the outputs it writes — so the case tells how its latest run went: running
 * {@code report} twice does not store a failure twice, and one that no longer happens goes.
 */
public final class CaseProblems {

    private static final String ANALYSIS = "analysis ";
    private static final String OUTPUT = "output ";

    private final Connection db;

    public CaseProblems(Connection db) {
        this.db = db;
    }

    public static Problem analysis(String name, String reason) {
        return new Problem(ANALYSIS + name, null, reason, ProblemCode.ANALYSIS_FAILED);
    }

    public static Problem output(String format, String reason) {
        return new Problem(OUTPUT + format, null, reason, ProblemCode.OUTPUT_FAILED);
    }

    /** What a run redoes: the analyses (when it runs them) and the outputs it writes, by format. */
    public record Scope(boolean analyses, Set<String> outputs) {
        public Scope {
            outputs = Set.copyOf(outputs);
        }

        boolean covers(String evidence) {
            return analyses && evidence.startsWith(ANALYSIS)
                    || evidence.startsWith(OUTPUT) && outputs.contains(evidence.substring(OUTPUT.length()));
        }
    }

    /**
     * A problem as the case stores it. A case made before problems had codes (or by a newer
     * version, with a code this one does not know) gets the code its evidence says, else the common one.
     */
    static Problem stored(String evidence, String path, String reason, String code) {
        ProblemCode known = ProblemCode.of(code);
        if (known == null) {
            known = path != null ? ProblemCode.CONTENT_NOT_READ
                    : evidence.startsWith(ANALYSIS) ? ProblemCode.ANALYSIS_FAILED
                    : evidence.startsWith(OUTPUT) ? ProblemCode.OUTPUT_FAILED : ProblemCode.CONTENT_NOT_READ;
        }
        return new Problem(evidence, path, reason, known);
    }

    /** True for a problem of an analysis or an output, which has no evidence item or file. */
    public static boolean isCaseLevel(Problem p) {
        return p.path() == null && (p.evidence().startsWith(ANALYSIS) || p.evidence().startsWith(OUTPUT));
    }

    /**
     * Every stored problem but those a run of {@code scope} replaces, in the order they were met,
     * after one for each device an interrupted ingest left incomplete ({@link CaseReader#incomplete}).
     */
    public List<Problem> kept(Scope scope) throws SQLException {
        List<Problem> out = new ArrayList<>();
        for (String label : CaseDevices.incomplete(db)) {
            out.add(CaseReader.incomplete(label));
        }
        for (Stored s : stored()) {
            if (!s.replacedBy(scope)) {
                out.add(s.problem());
            }
        }
        return out;
    }

    /**
     * Replaces the stored problems of {@code scope} with {@code problems}, in one transaction.
     * Writes nothing when they are the same, so a case on read-only media can still be reported.
     */
    public void replace(Scope scope, List<Problem> problems) throws SQLException {
        List<Long> old = new ArrayList<>();
        List<Problem> oldProblems = new ArrayList<>();
        for (Stored s : stored()) {
            if (s.replacedBy(scope)) {
                old.add(s.id());
                oldProblems.add(s.problem());
            }
        }
        if (oldProblems.equals(problems)) {
            return;
        }
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM problems WHERE id = ?");
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO problems(device_id, evidence, path, reason, at, code, severity)"
                             + " VALUES (NULL,?,?,?,?,?,?)")) {
            for (long id : old) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            String at = Instant.now().toString();
            for (Problem p : problems) {
                insert.setString(1, p.evidence());
                insert.setString(2, p.path());
                insert.setString(3, p.reason());
                insert.setString(4, at);
                insert.setString(5, p.code().code());
                insert.setString(6, p.severity().label());
                insert.executeUpdate();
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private record Stored(long id, boolean caseLevel, Problem problem) {
        boolean replacedBy(Scope scope) {
            return caseLevel && scope.covers(problem.evidence());
        }
    }

    private List<Stored> stored() throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, device_id IS NULL, evidence, path, reason, code FROM problems ORDER BY id")) {
            while (rs.next()) {
                Problem p = stored(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
                out.add(new Stored(rs.getLong(1), rs.getBoolean(2) && isCaseLevel(p), p));
            }
        }
        return out;
    }
}
