package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.phonetriage.model.UtcSeconds;
import org.phonetriage.xref.rules.Decisions;

/**
 * The examiner's accept/reject decisions on persons, stored on identifier pairs (table
 * {@code person_decisions}) so that they hold whatever is ingested later.
 */
public final class PersonDecisions {

    private PersonDecisions() {
    }

    static Decisions load(Connection db) throws SQLException {
        Decisions d = new Decisions();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT key_a, key_b, decision FROM person_decisions")) {
            while (rs.next()) {
                d.add(rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
        return d;
    }

    /** Records a decision on a pair of keys, replacing an earlier one on the same pair. */
    public static void record(Connection db, String a, String b, boolean accept, String examiner) throws SQLException {
        String[] p = Decisions.pair(a, b).split("\u0000");
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
}
