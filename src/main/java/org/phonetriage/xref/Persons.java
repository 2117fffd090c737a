package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phonetriage.xref.XrefReport.Person;
import org.phonetriage.xref.rules.AccountPairs;
import org.phonetriage.xref.rules.Decisions;
import org.phonetriage.xref.rules.PersonFold;
import org.phonetriage.xref.rules.ShortHash;

/**
 * Persons from a case database: reads what {@link PersonFold} (the rule, which the Spark job
 * applies too) links — the owners, the app records of an account and its number, the examiner's
 * decisions and the names the devices saved.
 */
public final class Persons {

    private Persons() {
    }

    /** The case's persons, seized first, then by primary key (xref.json's {@code persons}). */
    public static List<Person> resolve(Connection db) throws SQLException {
        return fold(db).persons();
    }

    /**
     * What the examiner can decide on: every link that is no proof (by its id) and every person
     * candidate (by its id), each with the key pairs a decision is stored on.
     */
    public static Map<String, List<String[]>> decidable(Connection db) throws SQLException {
        PersonFold fold = fold(db);
        fold.persons();
        Map<String, List<String[]>> out = new TreeMap<>();
        fold.decidable().forEach((id, pair) -> out.put(id, List.<String[]>of(pair)));
        for (XrefReport.PersonCandidate c : PersonCandidates.find(db)) {
            List<String[]> pairs = new ArrayList<>();
            for (String k : c.keys().subList(1, c.keys().size())) {
                pairs.add(new String[] {c.keys().get(0), k});
            }
            out.put(c.id(), pairs);
        }
        return out;
    }

    private static PersonFold fold(Connection db) throws SQLException {
        PersonFold fold = new PersonFold(PersonUnits.load(db), IssuedRegion::of);
        List<List<String[]>> proven = new ArrayList<>();
        for (AccountPairs.Proven kind : AccountPairs.PROVEN) {
            proven.add(provenPairs(db, kind));
        }
        Decisions decisions = PersonDecisions.load(db);
        Map<String, String> types = new TreeMap<>();
        for (String[] pair : decisions.accepted()) {
            for (String key : pair) {
                types.put(key, typeOf(db, key));
            }
        }
        fold.link(proven, AppAccountNumbers.find(db, AccountPairs.provenRoles()), decisions, types::get);
        String names = "SELECT d.label, o.name, i.key FROM occurrences o JOIN identifiers i ON i.id = o.identifier_id"
                + " JOIN devices d ON d.id = o.device_id WHERE o.record_table = 'contacts' AND o.name IS NOT NULL"
                + " AND o.role NOT LIKE '%group-member'";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(names)) {
            while (rs.next()) {
                fold.name(rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
        return fold;
    }

    /** A proven app's records naming one of its account ids (and the numbers on them). */
    private static List<String[]> provenPairs(Connection db, AccountPairs.Proven kind) throws SQLException {
        String sql = "SELECT o.record_id, i.key, i.type FROM occurrences o JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE o.record_table = 'contacts' AND o.role = ? AND i.type IN (?, 'phone')"
                + " AND o.record_id IN (SELECT o2.record_id FROM occurrences o2 JOIN identifiers i2"
                + "   ON i2.id = o2.identifier_id WHERE o2.record_table = 'contacts' AND o2.role = ?"
                + "   AND i2.type = ? AND i2.key LIKE ? || '%')";
        AccountPairs.ProvenRecords records = new AccountPairs.ProvenRecords(kind);
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, kind.role());
            ps.setString(2, kind.type());
            ps.setString(3, kind.role());
            ps.setString(4, kind.type());
            ps.setString(5, kind.prefix());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(rs.getLong(1), rs.getString(2), rs.getString(3));
                }
            }
        }
        return records.pairs();
    }

    /** An identifier's type as the case stores it; null for a key the case no longer holds. */
    private static String typeOf(Connection db, String key) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT type FROM identifiers WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static String hash(String text) {
        return ShortHash.of(text);
    }
}
