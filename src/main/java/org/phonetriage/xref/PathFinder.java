package org.phonetriage.xref;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The shortest chain between two identifiers, with the evidence for each hop. Communication
 * edges are tried first; only when they give no chain are contact-book entries used too, and
 * such hops say so (a saved number is not a conversation).
 */
public final class PathFinder {

    /** One hop: who, how (communication or contact), how much, when, and on which devices. */
    public record Hop(String from, String to, String kind, long calls, long messages, String firstSeen,
                      String lastSeen, List<String> devices) {
    }

    private final CommunicationGraph graph;

    public PathFinder(CommunicationGraph graph) {
        this.graph = graph;
    }

    public Optional<List<Hop>> path(String from, String to) {
        Optional<List<Hop>> direct = path(from, to, false);
        return direct.isPresent() ? direct : path(from, to, true);
    }

    private Optional<List<Hop>> path(String from, String to, boolean withContacts) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (CommunicationGraph.Edge e : graph.edges()) {
            link(g, e.source, e.target);
        }
        if (withContacts) {
            graph.contactEdges().forEach(c -> link(g, c.owner(), c.contact()));
        }
        if (!g.containsVertex(from) || !g.containsVertex(to) || from.equals(to)) {
            return Optional.empty();
        }
        GraphPath<String, DefaultEdge> p = BFSShortestPath.findPathBetween(g, from, to);
        if (p == null) {
            return Optional.empty();
        }
        List<Hop> hops = new ArrayList<>();
        List<String> vertices = p.getVertexList();
        for (int i = 1; i < vertices.size(); i++) {
            hops.add(hop(vertices.get(i - 1), vertices.get(i)));
        }
        return Optional.of(hops);
    }

    private Hop hop(String a, String b) {
        List<CommunicationGraph.Edge> edges = graph.between(a, b);
        if (edges.isEmpty()) {
            List<String> devices = graph.contactEdges().stream()
                    .filter(c -> c.owner().equals(a) && c.contact().equals(b) || c.owner().equals(b) && c.contact().equals(a))
                    .map(CommunicationGraph.ContactEdge::device).distinct().sorted().toList();
            return new Hop(a, b, "contact", 0, 0, null, null, devices);
        }
        long calls = 0;
        long messages = 0;
        String first = null;
        String last = null;
        java.util.TreeSet<String> devices = new java.util.TreeSet<>();
        for (CommunicationGraph.Edge e : edges) {
            calls += e.calls;
            messages += e.messages;
            first = first == null || (e.firstSeen != null && e.firstSeen.compareTo(first) < 0) ? e.firstSeen : first;
            last = last == null || (e.lastSeen != null && e.lastSeen.compareTo(last) > 0) ? e.lastSeen : last;
            devices.addAll(e.devices);
        }
        return new Hop(a, b, "communication", calls, messages, first, last, List.copyOf(devices));
    }

    private static void link(Graph<String, DefaultEdge> g, String a, String b) {
        if (a.equals(b)) {
            return;
        }
        g.addVertex(a);
        g.addVertex(b);
        if (!g.containsEdge(a, b)) {
            g.addEdge(a, b);
        }
    }
}
