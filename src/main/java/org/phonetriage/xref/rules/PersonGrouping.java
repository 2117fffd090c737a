package org.phonetriage.xref.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Proposes identifiers that may be one person: two identifiers saved together on one contact
 * card on at least two devices. One phone's card alone is not enough (families share cards), and
 * nothing is merged unless the examiner accepts it. Only a person's card counts: one of two or
 * three identifiers (a company's or a shared line's many numbers would chain strangers together;
 * a group's member list is no card at all, see {@link OccurrenceSql#cardIdentifier}). Pure: given
 * the cards, gives the groups and the cards that show each.
 */
public final class PersonGrouping {

    /** The most identifiers a card may hold to propose its pairs: a person's two or three numbers. */
    public static final int MAX_CARD_KEYS = 3;

    private PersonGrouping() {
    }

    /** A contact card with two or more identifiers, on one device. */
    public record Card(String device, String name, Set<String> keys) {
    }

    /** A group of keys (sorted) and the cards (device, name, the group's keys on it) that show it. */
    public record Group(List<String> keys, List<Card> cards) {

        /** What an examiner names the candidate by: C- and 10 hex digits of its keys' SHA-256. */
        public String id() {
            return "C-" + ShortHash.of(String.join("\u0000", keys));
        }
    }

    /** The groups, in order of their first key; each one's cards by device, then name. */
    public static List<Group> group(List<Card> cards) {
        Map<String, Set<String>> pairDevices = new TreeMap<>();
        for (Card c : cards) {
            List<String> keys = new ArrayList<>(new TreeSet<>(c.keys()));
            if (keys.size() > MAX_CARD_KEYS) {
                continue;
            }
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    pairDevices.computeIfAbsent(keys.get(i) + "\u0000" + keys.get(j), k -> new TreeSet<>())
                            .add(c.device());
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
        List<Group> out = new ArrayList<>();
        for (Set<String> group : groups.groups()) {
            List<Card> evidence = new ArrayList<>();
            for (Card c : cards) {
                if (new TreeSet<>(c.keys()).size() > MAX_CARD_KEYS) {
                    continue;
                }
                Set<String> shared = new TreeSet<>(c.keys());
                shared.retainAll(group);
                if (shared.size() >= 2) {
                    evidence.add(new Card(c.device(), c.name(), shared));
                }
            }
            evidence.sort((a, b) -> a.device().compareTo(b.device()) != 0 ? a.device().compareTo(b.device())
                    : String.valueOf(a.name()).compareTo(String.valueOf(b.name())));
            out.add(new Group(List.copyOf(group), evidence));
        }
        out.sort((a, b) -> a.keys().get(0).compareTo(b.keys().get(0)));
        return out;
    }
}
