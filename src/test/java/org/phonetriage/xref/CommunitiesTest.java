package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.graph.WeightedPseudograph;
import org.junit.jupiter.api.Test;

/**
 * The graph shapes a case's core takes, handed straight to {@link Communities}: the ones JGraphT's
 * greedy modularity throws on (no edge, components that each end as one community) and the ones
 * it handles, which must give what the library gives.
 */
class CommunitiesTest {

    /** An undirected weighted graph (as the core is) of {@code n} vertices v0…, edges as pairs. */
    private static Graph<String, DefaultWeightedEdge> graph(int n, int... pairs) {
        return graph(n, 1.0, pairs);
    }

    private static Graph<String, DefaultWeightedEdge> graph(int n, double weight, int... pairs) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < n; i++) {
            g.addVertex("v" + i);
        }
        for (int i = 0; i < pairs.length; i += 2) {
            g.setEdgeWeight(g.addEdge("v" + pairs[i], "v" + pairs[i + 1]), weight);
        }
        return g;
    }

    private static List<String> members(String... keys) {
        return List.of(keys);
    }

    @Test
    void theLibraryThrowsOnTheseShapes() {
        // the cause of issue 13: if a JGraphT upgrade fixes this, Communities' note can go
        for (Graph<String, DefaultWeightedEdge> g : List.of(graph(0), graph(3), graph(4, 0, 1, 2, 3),
                graph(5, 0, 1, 1, 2, 0, 2, 3, 4))) {
            assertThrows(NoSuchElementException.class, () -> new GreedyModularityAlgorithm<>(g).getClustering());
        }
    }

    @Test
    void noVerticesOrNoEdgesGiveNoCommunity() {
        assertEquals(List.of(), Communities.find(graph(0)));
        assertEquals(List.of(), Communities.find(graph(5)));
    }

    @Test
    void pairsAndIsolatedNodesAreNoCommunity() {
        assertEquals(List.of(), Communities.find(graph(2, 0, 1)));
        assertEquals(List.of(), Communities.find(graph(3, 0, 1)));
        assertEquals(List.of(), Communities.find(graph(4, 0, 1, 2, 3)));
    }

    @Test
    void aTriangleBesideAPairIsOneCommunity() {
        assertEquals(List.of(members("v0", "v1", "v2")), Communities.find(graph(6, 0, 1, 1, 2, 0, 2, 3, 4)));
        // a path of three is as good as a triangle: the pair and the isolated v5 stay out
        assertEquals(List.of(members("v0", "v1", "v2")), Communities.find(graph(6, 0, 1, 1, 2, 3, 4)));
    }

    @Test
    void separateGroupsAreSeparateCommunitiesLargestFirst() {
        // two triangles and a star of four, none connected to another
        Graph<String, DefaultWeightedEdge> g = graph(10, 0, 1, 1, 2, 0, 2, 3, 4, 4, 5, 3, 5, 6, 7, 6, 8, 6, 9);
        assertEquals(List.of(members("v6", "v7", "v8", "v9"), members("v0", "v1", "v2"), members("v3", "v4", "v5")),
                Communities.find(g));
    }

    @Test
    void twoTrianglesJoinedByOneEdgeAreTwoCommunities() {
        Graph<String, DefaultWeightedEdge> g = graph(6, 0, 1, 1, 2, 0, 2, 3, 4, 4, 5, 3, 5, 2, 3);
        assertEquals(List.of(members("v0", "v1", "v2"), members("v3", "v4", "v5")), Communities.find(g));
    }

    @Test
    void zeroWeightEdgesCountAsEdges() {
        // the algorithm counts edges, not weights: a zero weight neither breaks it nor cuts the edge
        assertEquals(Communities.find(graph(6, 0, 1, 1, 2, 0, 2, 3, 4, 4, 5, 3, 5, 2, 3)),
                Communities.find(graph(6, 0.0, 0, 1, 1, 2, 0, 2, 3, 4, 4, 5, 3, 5, 2, 3)));
        assertEquals(List.of(members("v0", "v1", "v2")), Communities.find(graph(5, 0.0, 0, 1, 1, 2, 3, 4)));
    }

    @Test
    void selfLoopsAndParallelEdgesAreIgnored() {
        Graph<String, DefaultWeightedEdge> g = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (String v : List.of("a", "b", "c", "d", "e")) {
            g.addVertex(v);
        }
        g.addEdge("a", "a");
        g.addEdge("a", "b");
        g.addEdge("b", "a");
        g.addEdge("b", "c");
        g.addEdge("d", "e");
        g.addEdge("e", "e");
        assertEquals(List.of(members("a", "b", "c")), Communities.find(g));
    }

    @Test
    void onAConnectedGraphTheResultIsTheLibrarys() {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            int n = 3 + random.nextInt(30);
            Graph<String, DefaultWeightedEdge> g = graph(n);
            for (int i = 1; i < n; i++) {
                g.addEdge("v" + random.nextInt(i), "v" + i); // a random tree keeps it connected
            }
            for (int extra = random.nextInt(2 * n); extra > 0; extra--) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a != b) {
                    g.addEdge("v" + a, "v" + b);
                }
            }
            List<Set<String>> expected = new ArrayList<>();
            for (Set<String> c : new GreedyModularityAlgorithm<>(g).getClustering().getClusters()) {
                if (c.size() >= Communities.MIN_SIZE) {
                    expected.add(new TreeSet<>(c));
                }
            }
            List<Set<String>> found = new ArrayList<>();
            Communities.find(g).forEach(c -> found.add(new TreeSet<>(c)));
            assertEquals(new TreeSet<>(expected.stream().map(Set::toString).toList()),
                    new TreeSet<>(found.stream().map(Set::toString).toList()), "round " + round);
        }
    }
}
