package org.phonetriage.xref.rules;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * PageRank as the cross-reference computes it, over the directed communication graph weighted
 * by calls + messages: JGraphT's power iteration, run by both engines through {@link #scores}
 * (the Spark job on each case's edges in one task). Each step: a node's new score is the
 * teleport share {@code r} plus, over its incoming edges, {@code DAMPING × score(source) ×
 * weight / outWeight(source)}; {@code r} is, over all n nodes, {@code (1 − DAMPING) × score} of a
 * node with outgoing edges or the whole score of one without, divided by n. It stops after
 * {@link #MAX_ITERATIONS} steps or once no score moved by {@link #TOLERANCE} or more.
 */
public final class PageRankRule {

    public static final double DAMPING = 0.85;
    public static final int MAX_ITERATIONS = 100;
    public static final double TOLERANCE = 0.0001;

    private PageRankRule() {
    }

    /** A directed edge of the communication graph and its weight (calls + messages). */
    public record Edge(String source, String target, long weight) {
    }

    /**
     * The score of every node of the edges, given in the embedded graph's order (by source, then
     * target), so that both engines add in the same order.
     */
    public static Map<String, Double> scores(Iterable<Edge> edges) {
        Graph<String, DefaultWeightedEdge> directed = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (Edge e : edges) {
            directed.addVertex(e.source());
            directed.addVertex(e.target());
            directed.setEdgeWeight(directed.addEdge(e.source(), e.target()), e.weight());
        }
        if (directed.vertexSet().isEmpty()) {
            return Map.of();
        }
        return new PageRank<>(directed, DAMPING, MAX_ITERATIONS, TOLERANCE).getScores();
    }

    /** A key player's score as xref.json lists it: rounded to six decimals. */
    public static double listed(double score) {
        return Math.round(score * 1e6) / 1e6;
    }
}
