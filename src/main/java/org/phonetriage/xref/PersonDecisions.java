package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.phonetriage.model.UtcSeconds;

/**
 * The examiner's accept/reject decisions on persons, stored on identifier pairs (table
 * {@code person_decisions}) so that they hold whatever is ingested later.
 */
public final class PersonDecisions {

    private final List<String[]> accepted = new ArrayList<>();
    private final Set<String> rejected = new TreeSet<>();

    private PersonDecisions() {
    }

    static PersonDecisions load(Connection db) throws SQLException {
        PersonDecisions d = new PersonDecisions();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT key_a, key_b, decision FROM person_decisions ORDER BY key_a, key_b")) {
            while (rs.next()) {
                if ("accept".equals(rs.getString(3))) {
                    d.accepted.add(new String[] {rs.getString(1), rs.getString(2)});
                } else {
                    d.rejected.add(rs.getString(1) + "\u0000" + rs.getString(2));
                }
            }
        }
        return d;
    }

    List<String[]> accepted() {
        return accepted;
    }

    /** Whether a rejected pair has one key on each side. */
    boolean rejects(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (rejected.contains(pair(x, y))) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean rejected(String a, String b) {
        return rejected.contains(pair(a, b));
    }

    boolean acceptedPair(String a, String b) {
        String p = pair(a, b);
        return accepted.stream().anyMatch(x -> (x[0] + "\u0000" + x[1]).equals(p));
    }

    /** Records a decision on a pair of keys, replacing an earlier one on the same pair. */
    public static void record(Connection db, String a, String b, boolean accept, String examiner) throws SQLException {
        String[] p = pair(a, b).split("\u0000");
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO person_decisions"
                + " (key_a, key_b, decision, examiner, decided_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, p[0]);
            ps.setString(2, p[1]);
            ps.setString(3, accept ? "accept" : "reject");
            ps.setString(4, examiner);
            ps.setString(5, UtcSeconds.now());
            ps.executeUpdate();
        }
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
