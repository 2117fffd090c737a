package org.phonetriage.xref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.phonetriage.xref.CommunicationGraph.Node;
import org.phonetriage.xref.XrefReport.KeyPlayer;
import org.phonetriage.xref.rules.PageRankRule;

/**
 * Ranks the identifiers of the cross-device core by a network measure. Ties go to the one with
 * more communications, then to key order, so the ranking is the same on every run. An identifier
 * no seized device owns, high on this list, is the lead to follow.
 */
final class KeyPlayers {

    private KeyPlayers() {
    }

    static List<KeyPlayer> rank(CommunicationGraph graph, NetworkMetrics metrics, String metric, int top) {
        if (metrics.missing().contains(metric)) {
            // ranking by a measure that is all zeros would name key players at random
            throw new IllegalStateException("they are ranked by " + metric + ", which failed");
        }
        List<String> ranked = new ArrayList<>(metrics.core());
        // an identifier nobody called or wrote to plays no part in the communication network
        ranked.removeIf(key -> metrics.degree(key) == 0);
        ranked.sort(Comparator.<String>comparingDouble(k -> -metrics.score(metric, k))
                .thenComparing(k -> -metrics.weightedDegree(k))
                .thenComparing(Comparator.naturalOrder()));
        List<KeyPlayer> out = new ArrayList<>();
        for (String key : ranked.subList(0, Math.min(top, ranked.size()))) {
            Node n = graph.node(key);
            double score = PageRankRule.listed(metrics.score(metric, key));
            int community = metrics.community(key);
            out.add(new KeyPlayer(out.size() + 1, key, metric, score, n.seized(), n.devices.size(),
                    List.copyOf(n.names), metrics.degree(key), metrics.weightedDegree(key),
                    community == 0 ? null : community, standInFor(graph, key)));
        }
        return out;
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
