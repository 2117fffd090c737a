package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.xref.XrefReport.CardEvidence;
import org.phonetriage.xref.XrefReport.PersonCandidate;
import org.phonetriage.xref.rules.Decisions;
import org.phonetriage.xref.rules.OccurrenceSql;
import org.phonetriage.xref.rules.PersonGrouping;

/**
 * Proposes identifiers that may be one person: two identifiers saved together on one contact
 * card on at least two devices (a person's French and Brazilian numbers, say). One phone's card
 * alone is not enough — families share cards — and nothing is merged unless the examiner accepts it.
 * The cards come from the case; the grouping is {@link PersonGrouping}'s, which the Spark job
 * applies too: only small cards count, and never a group's member list.
 */
public final class PersonCandidates {

    private PersonCandidates() {
    }

    public static List<PersonCandidate> find(Connection db) throws SQLException {
        Map<Long, Card> cards = new TreeMap<>();
        String sql = "SELECT o.record_id, d.label, o.name, o.key FROM occurrence_details o"
                + " JOIN devices d ON d.id = o.device_id"
                + " WHERE " + OccurrenceSql.cardIdentifier("o")
                + " AND o.record_id IN (SELECT record_id FROM occurrences WHERE record_table = 'contacts'"
                + "   GROUP BY record_id HAVING count(DISTINCT identifier_id) >= 2)"
                + " ORDER BY o.record_id";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                cards.computeIfAbsent(rs.getLong(1), k -> new Card()).add(rs.getString(2), rs.getString(3), rs.getString(4));
            }
        }
        List<PersonGrouping.Card> all = new ArrayList<>();
        cards.values().forEach(c -> all.add(new PersonGrouping.Card(c.device, c.name, c.keys)));
        List<PersonCandidate> out = new ArrayList<>();
        for (PersonGrouping.Group g : PersonGrouping.group(all)) {
            out.add(new PersonCandidate(g.keys(), g.cards().stream()
                    .map(c -> new CardEvidence(c.device(), c.name(), List.copyOf(c.keys()))).toList(), g.id(), null));
        }
        return out;
    }

    /**
     * The candidates with their ids and the examiner's decisions: accepted when every pair of its
     * first key with another was accepted, rejected when one was rejected.
     */
    static List<PersonCandidate> withDecisions(List<PersonCandidate> candidates, Decisions decisions) {
        List<PersonCandidate> out = new ArrayList<>();
        for (PersonCandidate c : candidates) {
            out.add(new PersonCandidate(c.keys(), c.cards(), c.id(), decisions.onCandidate(c.keys())));
        }
        return out;
    }

    private static final class Card {
        String device;
        String name;
        final Set<String> keys = new TreeSet<>();

        void add(String device, String name, String key) {
            this.device = device;
            this.name = name;
            keys.add(key);
        }
    }
}
