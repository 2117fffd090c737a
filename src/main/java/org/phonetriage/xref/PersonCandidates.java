package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
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
 * alone is not enough — families share cards — and nothing is ever merged: the examiner decides.
 */
public final class PersonCandidates {

    private PersonCandidates() {
    }

    public static List<PersonCandidate> find(Connection db) throws SQLException {
        Map<Long, Card> cards = new TreeMap<>();
        String sql = "SELECT o.record_id, d.label, o.name, o.key FROM occurrence_details o"
                + " JOIN devices d ON d.id = o.device_id"
                + " WHERE o.record_table = 'contacts' AND o.level IN ('strong','candidate')"
                + " AND o.rule NOT LIKE 'alternative:%' AND o.type NOT IN ('email')"
                + " AND o.record_id IN (SELECT record_id FROM occurrences WHERE record_table = 'contacts'"
                + "   GROUP BY record_id HAVING count(DISTINCT identifier_id) >= 2)"
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

    /** Keys joined into groups, each group sorted, groups in order of their first key. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        String find(String k) {
            parent.putIfAbsent(k, k);
            String p = parent.get(k);
            if (!p.equals(k)) {
                p = find(p);
                parent.put(k, p);
            }
            return p;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
            }
        }

        List<Set<String>> groups() {
            Map<String, Set<String>> byRoot = new TreeMap<>();
            for (String k : new ArrayList<>(parent.keySet())) {
                byRoot.computeIfAbsent(find(k), r -> new TreeSet<>()).add(k);
            }
            return new ArrayList<>(byRoot.values());
        }
    }
}
