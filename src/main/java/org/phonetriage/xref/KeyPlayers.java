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
 * Ranks people — each proven person's identifiers as one, any other identifier alone — by a
 * measure of the person network, then by how many seized persons talk with them, then by
 * communications, then key order, so the ranking is the same on every run. Someone no seized
 * device owns, high on this list, is the lead to follow.
 *
 * <p>The default measure is {@value #SEIZED_SHARE}: every edge of the network was read on a seized
 * phone, so a seized owner is seen with his whole circle and an unseized person only through the
 * seized he talks to. A centrality measure then favours the seized by construction (each is the
 * hub of his own phone's contacts), and an unseized boss whom all the lieutenants call bridges
 * nothing when they call each other too. What the evidence shows alike of the seized and the
 * unseized is how much of each seized person's traffic goes to them: summed over the seized, the
 * person the seized network converges on comes first.
 */
final class KeyPlayers {

    /** The default measure: the share of the seized persons' calls and messages that goes to each. */
    static final String SEIZED_SHARE = XrefOptions.SEIZED_SHARE;

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
        List<String> ranked = new ArrayList<>(people.nodes());
        // nobody called or wrote to plays no part; a one-phone contact is no key player unless it bridges
        // (a share of one phone's traffic is that phone's view of it, nothing more)
        boolean share = SEIZED_SHARE.equals(metric);
        ranked.removeIf(node -> people.degree(node) == 0
                || (share || people.score(metric, node) == 0) && !byKey.containsKey(node)
                        && !node.startsWith("device:") && devicesOf(graph, people, node) < 2);
        Map<String, Integer> reach = new HashMap<>();
        ranked.forEach(node -> reach.put(node, seizedContacts(people, node)));
        ranked.sort(Comparator.<String>comparingDouble(k -> -people.score(metric, k))
                .thenComparingInt(k -> -reach.get(k))
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
            String reason = reason(people, metrics, node, seized, reach.get(node));
            out.add(new KeyPlayer(out.size() + 1, node, metric, score, seized, devices.size(), List.copyOf(names),
                    people.degree(node), people.weightedDegree(node), community == 0 ? null : community,
                    standInFor(graph, node), people.person(node),
                    "betweenness".equals(metric) ? people.estimate() : null, reach.get(node), reason));
        }
        return out;
    }

    /**
     * Why it is on the list, in the evidence's terms: the seized persons it talks with and how much
     * of their traffic on average, the communities its contacts belong to when they are several,
     * and its traffic.
     */
    private static String reason(PersonNetwork people, NetworkMetrics metrics, String node, boolean seized,
                                 int reach) {
        long ofSeized = people.seizedCount() - (seized ? 1 : 0);
        StringBuilder why = new StringBuilder();
        why.append("talks with ").append(reach).append(" of the ").append(ofSeized)
                .append(seized ? " other seized persons" : " seized persons");
        if (reach > 0) {
            long percent = Math.round(100 * people.seizedShare(node) / reach);
            why.append(reach == 1 ? ": " : ", on average ").append(percent < 1 ? "under 1%" : percent + "%")
                    .append(reach == 1 ? " of that one's calls and messages" : " of their calls and messages");
        }
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

    private static int seizedContacts(PersonNetwork people, String node) {
        return (int) people.neighbours(node).stream().filter(people::seized).count();
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
