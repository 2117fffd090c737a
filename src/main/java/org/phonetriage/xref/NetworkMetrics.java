package org.phonetriage.xref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.phonetriage.xref.CommunicationGraph.Edge;
import org.phonetriage.xref.rules.BetweennessCore;
import org.phonetriage.xref.rules.PageRankRule;

/**
 * Network measures over the communication graph (JGraphT). Degree, weighted degree and PageRank
 * use every communication edge. Betweenness and communities use the cross-device core
 * ({@link BetweennessCore}, a rule the Spark job shares). Contact-book edges are not
 * communication and take no part.
 *
 * <p>PageRank, betweenness and communities each run as a step of an {@link AnalysisRunner}: one
 * that fails leaves its scores out (0, no community) and is named by {@link #missing}.
 */
public final class NetworkMetrics {

    /** The largest core betweenness is computed on (owners always included). */
    public static final int MAX_CORE = BetweennessCore.MAX_CORE;

    public static final List<String> METRICS = List.of("betweenness", "pagerank", "degree", "weighted-degree");

    private final Map<String, Double> betweenness = new HashMap<>();
    private final Map<String, Double> pageRank = new HashMap<>();
    private final Map<String, Long> degree = new HashMap<>();
    private final Map<String, Long> weightedDegree = new HashMap<>();
    private final Map<String, Integer> community = new HashMap<>();
    private final List<List<String>> communities = new ArrayList<>();
    private final Set<String> core = new TreeSet<>();
    private final Set<String> missing = new TreeSet<>();

    private NetworkMetrics() {
    }

    /** Every measure; one that fails throws. */
    public static NetworkMetrics compute(CommunicationGraph g) {
        AnalysisRunner analyses = new AnalysisRunner();
        NetworkMetrics m = compute(g, analyses);
        analyses.requireNoFailure();
        return m;
    }

    /** Every measure, each as a step of {@code analyses}: one that fails is left out. */
    public static NetworkMetrics compute(CommunicationGraph g, AnalysisRunner analyses) {
        NetworkMetrics m = new NetworkMetrics();
        m.degrees(g);
        m.pageRank.putAll(analyses.run("pagerank", Map.of(), () -> pageRank(g)));
        Graph<String, DefaultWeightedEdge> coreGraph = m.core(g);
        m.betweenness.putAll(analyses.run("betweenness", Map.of(), () -> betweenness(coreGraph)));
        m.communities(analyses.run("communities", List.of(), () -> Communities.find(coreGraph)));
        for (String step : List.of("pagerank", "betweenness", "communities")) {
            if (analyses.failed(step)) {
                m.missing.add(step);
            }
        }
        return m;
    }

    /** The measures that failed and were left out (pagerank, betweenness, communities). */
    public Set<String> missing() {
        return missing;
    }

    /** The identifiers that may rank: the cross-device core, sorted. */
    public Set<String> core() {
        return core;
    }

    /** A node's score under a metric (0 for a node the metric did not reach). */
    public double score(String metric, String key) {
        return switch (metric) {
            case "betweenness" -> betweenness.getOrDefault(key, 0.0);
            case "pagerank" -> pageRank.getOrDefault(key, 0.0);
            case "degree" -> degree.getOrDefault(key, 0L);
            case "weighted-degree" -> weightedDegree.getOrDefault(key, 0L);
            default -> throw new IllegalArgumentException("unknown metric " + metric + "; one of " + METRICS);
        };
    }

    public long degree(String key) {
        return degree.getOrDefault(key, 0L);
    }

    public long weightedDegree(String key) {
        return weightedDegree.getOrDefault(key, 0L);
    }

    /** The community a node belongs to, numbered from 1 (largest first), 0 for none. */
    public int community(String key) {
        return community.getOrDefault(key, 0);
    }

    /** The communities' members, in community order; each list sorted. */
    public List<List<String>> communities() {
        return communities;
    }

    private void degrees(CommunicationGraph g) {
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (Edge e : g.edges()) {
            neighbours.computeIfAbsent(e.source, k -> new TreeSet<>()).add(e.target);
            neighbours.computeIfAbsent(e.target, k -> new TreeSet<>()).add(e.source);
            weightedDegree.merge(e.source, e.weight(), Long::sum);
            weightedDegree.merge(e.target, e.weight(), Long::sum);
        }
        neighbours.forEach((k, v) -> degree.put(k, (long) v.size()));
    }

    private static Map<String, Double> pageRank(CommunicationGraph g) {
        return PageRankRule.scores(g.edges().stream()
                .map(e -> new PageRankRule.Edge(e.source, e.target, e.weight())).toList());
    }

    /**
     * Betweenness counts hops: a chain of two calls is shorter than one of three, however busy.
     * JGraphT's exact algorithm, bit for bit, over arrays ({@link HopBetweenness}).
     */
    private static Map<String, Double> betweenness(Graph<String, DefaultWeightedEdge> coreGraph) {
        return HopBetweenness.scores(coreGraph);
    }

    /** Undirected, weighted by calls + messages both ways, vertices added in key order. */
    private Graph<String, DefaultWeightedEdge> core(CommunicationGraph g) {
        Set<String> deviceNodes = new TreeSet<>();
        g.devices().forEach(d -> deviceNodes.add(d.node()));
        core.addAll(BetweennessCore.select(deviceNodes, g.nodes().stream().map(n -> new BetweennessCore.Candidate(
                n.key, n.devices.size(), weightedDegree(n.key), degree(n.key))).toList()));
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        core.forEach(graph::addVertex);
        for (Edge e : g.edges()) {
            if (core.contains(e.source) && core.contains(e.target)) {
                DefaultWeightedEdge edge = graph.getEdge(e.source, e.target);
                if (edge == null) {
                    edge = graph.addEdge(e.source, e.target);
                    graph.setEdgeWeight(edge, 0);
                }
                graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + e.weight());
            }
        }
        return graph;
    }

    /** Numbers the communities found (see {@link Communities}) from 1, in their order. */
    private void communities(List<List<String>> found) {
        for (int i = 0; i < found.size(); i++) {
            communities.add(found.get(i));
            for (String key : found.get(i)) {
                community.put(key, i + 1);
            }
        }
    }
}
