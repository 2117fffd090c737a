package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/**
 * HopBetweenness gives JGraphT's normalised betweenness of the simple unweighted copy to the
 * last bit (xref.json prints the scores), on graphs of many shapes: sparse and dense, with hubs
 * and many shortest paths, several components, vertices without edges, vertices and edges added
 * in scrambled orders (the order the sums are taken in), weights that must not count.
 */
class HopBetweennessTest {

    @Test
    void randomGraphsScoreBitForBitAsTheLibrary() {
        Random random = new Random(15);
        for (int round = 0; round < 220; round++) {
            boolean large = round >= 200;
            int n = 1 + random.nextInt(large ? 300 : 40);
            double density = random.nextDouble() * (round % 3 == 0 && !large ? 0.5 : 0.05);
            int hubs = random.nextInt(4);
            Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                names.add("+33" + random.nextInt(1_000_000_000));
            }
            Collections.shuffle(names, random);
            names.forEach(g::addVertex);
            List<String> vertices = new ArrayList<>(g.vertexSet());
            for (int a = 0; a < vertices.size(); a++) {
                for (int b = 0; b < vertices.size(); b++) {
                    boolean hub = a < hubs || b < hubs;
                    if (a != b && random.nextDouble() < (hub ? 0.5 : density)) {
                        DefaultWeightedEdge e = g.addEdge(vertices.get(a), vertices.get(b));
                        if (e != null) {
                            g.setEdgeWeight(e, 1 + random.nextInt(50));
                        }
                    }
                }
            }
            assertSame(library(g), HopBetweenness.scores(g), "round " + round + ", " + n + " vertices");
        }
    }

    @Test
    void parallelEdgesCountOnceAndALoopIsRefusedAsTheSimpleCopyDid() {
        Graph<String, DefaultEdge> multi = new Pseudograph<>(DefaultEdge.class);
        for (String v : List.of("a", "b", "c", "d")) {
            multi.addVertex(v);
        }
        multi.addEdge("a", "b");
        multi.addEdge("b", "a");
        multi.addEdge("b", "c");
        multi.addEdge("c", "d");
        multi.addEdge("b", "d");
        assertSame(library(multi), HopBetweenness.scores(multi), "parallel edges");
        multi.addEdge("c", "c");
        assertThrows(IllegalArgumentException.class, () -> HopBetweenness.scores(multi));
    }

    @Test
    void smallGraphsNeedNoNormalisation() {
        for (int n = 0; n <= 2; n++) {
            Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
            for (int i = 0; i < n; i++) {
                g.addVertex("v" + i);
            }
            if (n == 2) {
                g.addEdge("v0", "v1");
            }
            assertSame(library(g), HopBetweenness.scores(g), n + " vertices");
        }
    }

    /** What NetworkMetrics computed before: the library on a simple unweighted copy. */
    private static <E> Map<String, Double> library(Graph<String, E> graph) {
        Graph<String, DefaultEdge> hops = new SimpleGraph<>(DefaultEdge.class);
        graph.vertexSet().forEach(hops::addVertex);
        graph.edgeSet().forEach(e -> hops.addEdge(graph.getEdgeSource(e), graph.getEdgeTarget(e)));
        return new BetweennessCentrality<>(hops, true).getScores();
    }

    private static void assertSame(Map<String, Double> expected, Map<String, Double> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        expected.forEach((k, v) -> assertEquals(Double.doubleToRawLongBits(v),
                Double.doubleToRawLongBits(actual.get(k)), what + ": " + k + " " + v + " vs " + actual.get(k)));
    }
}
