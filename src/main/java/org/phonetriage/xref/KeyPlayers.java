package org.phonetriage.xref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.phonetriage.xref.CommunicationGraph.Node;
import org.phonetriage.xref.XrefReport.KeyPlayer;
import org.phonetriage.xref.rules.PageRankRule;

/**
 * Ranks people — each proven person's identifiers as one, any other identifier alone — first by
 * how many seized persons communicate with them, then by a network measure, then by communications,
 * then key order, so the ranking is the same on every run. Someone no seized device owns, high on
 * this list, is the lead to follow.
 *
 * <p>Why the seized come first: every edge of the network was read from a seized phone, so a seized
 * owner's whole circle is visible and an unseized person only through the seized he talks to. A
 * centrality measure then favours the seized by construction (each is the hub of his own phone's
 * contacts), and an unseized boss whom all the lieutenants call bridges nothing they do not
 * already bridge among themselves. His contacts with seized persons are the one thing the evidence
 * shows alike for the seized and the unseized: ranked by it, the person the seized network
 * converges on comes first, and the measure orders those it reaches equally.
 */
final class KeyPlayers {

    private KeyPlayers() {
    }

    /**
     * Ranks the people of the whole communication network (see {@link PersonNetwork}): a person's
     * numbers and accounts count as one, so a boss who reaches everyone through a few lieutenants
     * is not outranked by their many separate numbers.
     */
    static List<KeyPlayer> rankPersons(CommunicationGraph graph, NetworkMetrics metrics, PersonNetwork people,
                                       List<XrefReport.Person> persons, String metric, int top) {
        Map<String, XrefReport.Person> byKey = new HashMap<>();
        persons.forEach(p -> byKey.put(p.key(), p));
        long seizedPersons = persons.stream().filter(XrefReport.Person::seized).count();
        List<String> ranked = new ArrayList<>(people.nodes());
        // nobody called or wrote to plays no part; a one-phone contact that bridges nothing is no key player
        ranked.removeIf(node -> people.degree(node) == 0
                || people.score(metric, node) == 0 && !byKey.containsKey(node) && !node.startsWith("device:")
                        && devicesOf(graph, people, node) < 2);
        Map<String, Integer> reach = new HashMap<>();
        ranked.forEach(node -> reach.put(node, seizedContacts(people, byKey, node)));
        ranked.sort(Comparator.<String>comparingInt(k -> -reach.get(k))
                .thenComparingDouble(k -> -people.score(metric, k))
                .thenComparing(k -> -people.weightedDegree(k))
                .thenComparing(Comparator.naturalOrder()));
        List<KeyPlayer> out = new ArrayList<>();
        for (String node : ranked.subList(0, Math.min(top, ranked.size()))) {
            XrefReport.Person person = byKey.get(node);
            TreeSet<String> names = new TreeSet<>();
            TreeSet<String> devices = new TreeSet<>();
            boolean seized = person != null && person.seized();
            for (String key : people.members(node)) {
                Node n = graph.node(key);
                if (n != null) {
                    names.addAll(n.names);
                    devices.addAll(n.devices);
                    seized |= n.seized();
                }
            }
            double score = PageRankRule.listed(people.score(metric, node));
            int community = metrics.community(node);
            String reason = reason(people, metrics, node, seized, reach.get(node),
                    seized ? seizedPersons - 1 : seizedPersons);
            out.add(new KeyPlayer(out.size() + 1, node, metric, score, seized, devices.size(), List.copyOf(names),
                    people.degree(node), people.weightedDegree(node), community == 0 ? null : community,
                    standInFor(graph, node), people.person(node),
                    "betweenness".equals(metric) ? people.estimate() : null, reach.get(node), reason));
        }
        return out;
    }

    /**
     * Why it is on the list, in the evidence's terms: the seized persons it talks with, the
     * communities its contacts belong to when they are several, and its traffic.
     */
    private static String reason(PersonNetwork people, NetworkMetrics metrics, String node, boolean seized,
                                 int reach, long ofSeized) {
        StringBuilder why = new StringBuilder();
        why.append("talks with ").append(reach).append(" of the ").append(ofSeized)
                .append(seized ? " other seized persons" : " seized persons");
        TreeSet<Integer> communities = new TreeSet<>();
        for (String other : people.neighbours(node)) {
            int c = metrics.community(other);
            if (c != 0) {
                communities.add(c);
            }
        }
        int own = metrics.community(node);
        if (own != 0) {
            communities.add(own);
        }
        if (communities.size() > 1) {
            why.append("; links communities ").append(communities.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        long traffic = people.weightedDegree(node);
        return why.append("; ").append(traffic).append(traffic == 1 ? " call or message" : " calls and messages")
                .toString();
    }

    private static int devicesOf(CommunicationGraph graph, PersonNetwork people, String node) {
        Set<String> devices = new TreeSet<>();
        for (String key : people.members(node)) {
            Node n = graph.node(key);
            if (n != null) {
                devices.addAll(n.devices);
            }
        }
        return devices.size();
    }

    private static int seizedContacts(PersonNetwork people, Map<String, XrefReport.Person> byKey,
                                      String node) {
        int count = 0;
        for (String other : people.neighbours(node)) {
            XrefReport.Person p = byKey.get(other);
            if (p != null && p.seized()) {
                count++;
            }
        }
        return count;
    }

    /** The device whose owner a {@code device:} node stands in for; null for an identifier. */
    private static String standInFor(CommunicationGraph graph, String key) {
        for (CommunicationGraph.DeviceNode d : graph.devices()) {
            if (d.standIn() && d.node().equals(key)) {
                return d.label();
            }
        }
        return null;
    }
}
