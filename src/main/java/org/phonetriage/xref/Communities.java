package org.phonetriage.xref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Communities by greedy modularity (Clauset–Newman–Moore, JGraphT's
 * {@link GreedyModularityAlgorithm}), found in each connected component on its own.
 *
 * <p>JGraphT 1.5.3 throws {@code NoSuchElementException} (from its pairing heap) on a graph with
 * no edge, and on one whose edges fall into two or more components that each end as a single
 * community — two separate pairs, a triangle and a pair, two stars. A case's core often splits
 * like that (phones that never reached each other). On one connected component it never fails,
 * and no community can span two components anyway. Self-loops are dropped (they tie no one to
 * anyone); the algorithm counts edges, not their weights, so none are passed. The Spark job
 * compiles this class too (JDK and JGraphT only).
 */
public final class Communities {

    /** Smaller groups (isolated nodes, pairs) are not communities. */
    static final int MIN_SIZE = 3;

    private Communities() {
    }

    /**
     * The communities of an undirected graph: each sorted, largest first, ties by first key.
     * Each component is handed over with its vertices in key order and its edges in the graph's
     * order, so a connected graph gets exactly the library's answer, and the same graph the same.
     */
    public static <E> List<List<String>> find(Graph<String, E> graph) {
        List<Graph<String, DefaultEdge>> components = new ArrayList<>();
        Map<String, Graph<String, DefaultEdge>> componentOf = new HashMap<>();
        for (Set<String> component : new ConnectivityInspector<>(graph).connectedSets()) {
            if (component.size() >= MIN_SIZE) {
                Graph<String, DefaultEdge> copy = new SimpleGraph<>(DefaultEdge.class);
                new TreeSet<>(component).forEach(copy::addVertex);
                components.add(copy);
                component.forEach(v -> componentOf.put(v, copy));
            }
        }
        for (E e : graph.edgeSet()) {
            String source = graph.getEdgeSource(e);
            String target = graph.getEdgeTarget(e);
            Graph<String, DefaultEdge> copy = componentOf.get(source);
            if (copy != null && !source.equals(target)) {
                copy.addEdge(source, target); // a parallel edge is refused by the simple graph
            }
        }
        List<List<String>> found = new ArrayList<>();
        for (Graph<String, DefaultEdge> component : components) {
            for (Set<String> cluster : new GreedyModularityAlgorithm<>(component).getClustering().getClusters()) {
                if (cluster.size() >= MIN_SIZE) {
                    found.add(List.copyOf(new TreeSet<>(cluster)));
                }
            }
        }
        found.sort(Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(c -> c.get(0)));
        return found;
    }
}
