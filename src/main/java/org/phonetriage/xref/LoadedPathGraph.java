package org.phonetriage.xref;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@link PathGraph} over a graph loaded whole (the case's graph when none is stored). */
final class LoadedPathGraph implements PathGraph {

    private final CommunicationGraph graph;
    private final Map<String, Set<String>> communication = new HashMap<>();
    private final Map<String, Set<String>> withContacts = new HashMap<>();

    LoadedPathGraph(CommunicationGraph graph) {
        this.graph = graph;
        // the graph's maps iterate in key order: linking in that order gives the link order
        for (CommunicationGraph.Edge e : graph.edges()) {
            link(communication, e.source, e.target);
            link(withContacts, e.source, e.target);
        }
        for (CommunicationGraph.ContactEdge c : graph.contactEdges()) {
            link(withContacts, c.owner(), c.contact());
        }
    }

    private static void link(Map<String, Set<String>> adjacency, String a, String b) {
        if (!a.equals(b)) {
            adjacency.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
            adjacency.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
        }
    }

    @Override
    public Map<String, List<String>> neighbours(Collection<String> vertices, boolean contacts) {
        Map<String, List<String>> out = new HashMap<>();
        for (String v : vertices) {
            out.put(v, new ArrayList<>((contacts ? withContacts : communication).getOrDefault(v, Set.of())));
        }
        return out;
    }

    @Override
    public List<CommunicationGraph.Edge> between(String a, String b) {
        return graph.between(a, b);
    }

    @Override
    public List<String> contactDevices(String a, String b) {
        return graph.contactEdges().stream()
                .filter(c -> c.owner().equals(a) && c.contact().equals(b) || c.owner().equals(b) && c.contact().equals(a))
                .map(CommunicationGraph.ContactEdge::device).distinct().sorted().toList();
    }
}
