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

/**
 * Proposes identifiers that may be one person: two identifiers saved together on one contact
 * card on at least two devices (a person's French and Brazilian numbers, say). One phone's card
 * alone is not enough — families share cards — and nothing is merged unless the examiner accepts it.
 * Only small cards count, and never a group's member list, so no chain runs through big ones.
 */
final class PersonCandidates {

    /** The most identifiers a card may hold to propose its pairs: a person's two or three numbers. */
    static final int MAX_CARD_KEYS = 3;

    private PersonCandidates() {
    }

    static List<PersonCandidate> find(Connection db) throws SQLException {
        Map<Long, Card> cards = new TreeMap<>();
        // a card is a person's card: a group's member list is no card, and a card of many numbers
        // (a company, a shared line) would chain strangers together
        String cardValue = "%1$s.record_table = 'contacts' AND %1$s.level IN ('strong','candidate')"
                + " AND %1$s.rule NOT LIKE 'alternative:%%' AND %1$s.type <> 'email'"
                + " AND %1$s.role NOT LIKE '%%group-member'";
        String sql = "SELECT o.record_id, d.label, o.name, o.key FROM occurrence_details o"
                + " JOIN devices d ON d.id = o.device_id"
                + " WHERE " + String.format(cardValue, "o")
                + " AND o.record_id IN (SELECT c.record_id FROM occurrence_details c WHERE " + String.format(cardValue, "c")
                + "   GROUP BY c.record_id HAVING count(DISTINCT c.identifier_id) BETWEEN 2 AND " + MAX_CARD_KEYS + ")"
                + " ORDER BY o.record_id";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                cards.computeIfAbsent(rs.getLong(1), k -> new Card()).add(rs.getString(2), rs.getString(3), rs.getString(4));
            }
        }
        // pairs of keys on one card, and the devices that hold such a card
        Map<String, Set<String>> pairDevices = new TreeMap<>();
        for (Card c : cards.values()) {
            List<String> keys = new ArrayList<>(c.keys);
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    pairDevices.computeIfAbsent(keys.get(i) + "\u0000" + keys.get(j), k -> new TreeSet<>()).add(c.device);
                }
            }
        }
        UnionFind groups = new UnionFind();
        pairDevices.forEach((pair, devices) -> {
            if (devices.size() >= 2) {
                String[] keys = pair.split("\u0000");
                groups.union(keys[0], keys[1]);
            }
        });
        List<PersonCandidate> out = new ArrayList<>();
        for (Set<String> group : groups.groups()) {
            List<CardEvidence> evidence = new ArrayList<>();
            for (Card c : cards.values()) {
                Set<String> shared = new TreeSet<>(c.keys);
                shared.retainAll(group);
                if (shared.size() >= 2) {
                    evidence.add(new CardEvidence(c.device, c.name, List.copyOf(shared)));
                }
            }
            evidence.sort((a, b) -> a.device().compareTo(b.device()) != 0 ? a.device().compareTo(b.device())
                    : String.valueOf(a.name()).compareTo(String.valueOf(b.name())));
            out.add(new PersonCandidate(List.copyOf(group), evidence));
        }
        out.sort((a, b) -> a.keys().get(0).compareTo(b.keys().get(0)));
        return out;
    }

    /**
     * The candidates with their ids and the examiner's decisions: accepted when every pair of its
     * first key with another was accepted, rejected when one was rejected.
     */
    static List<PersonCandidate> withDecisions(List<PersonCandidate> candidates, PersonDecisions decisions) {
        List<PersonCandidate> out = new ArrayList<>();
        for (PersonCandidate c : candidates) {
            String first = c.keys().get(0);
            List<String> others = c.keys().subList(1, c.keys().size());
            String decision = others.stream().anyMatch(k -> decisions.rejected(first, k)) ? "rejected"
                    : others.stream().allMatch(k -> decisions.acceptedPair(first, k)) ? "accepted" : null;
            out.add(new PersonCandidate(c.keys(), c.cards(), id(c.keys()), decision));
        }
        return out;
    }

    /** What an examiner names a candidate by: its keys. */
    static String id(List<String> keys) {
        return "C-" + Persons.hash(String.join("\u0000", keys));
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
