package org.phonetriage.xref;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * Normalised betweenness counting hops (every edge one step) of an undirected graph without
 * loops: what JGraphT's {@code BetweennessCentrality(graph, true)} gives on a simple unweighted
 * copy of it, to the last bit, computed over int arrays instead of hash maps of boxed values
 * (the library's way cost most of the measures' time on a case's 1,000-node core).
 *
 * <p>To the last bit because it is the library's algorithm (Brandes) done in the library's
 * order: sources in the graph's vertex order, each vertex's neighbours in the order its edges
 * were added, the dependencies summed in the same expression order, halved (each path is seen
 * from both ends), then divided by (n − 1)(n − 2). {@code HopBetweennessTest} compares the two.
 */
final class HopBetweenness {

    private HopBetweenness() {
    }

    /** Every vertex's score; the graph's weights are ignored and parallel edges are one. */
    static <E> Map<String, Double> scores(Graph<String, E> graph) {
        String[] vertices = graph.vertexSet().toArray(new String[0]);
        int n = vertices.length;
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(vertices[i], i);
        }
        int[][] neighbours = neighbours(graph, index, n);
        double[] scores = new double[n];
        int[] distance = new int[n];
        long[] sigma = new long[n];
        double[] dependency = new double[n];
        int[][] predecessors = new int[n][];
        int[] predecessorCount = new int[n];
        int[] queue = new int[n];
        int[] stack = new int[n];
        for (int s = 0; s < n; s++) {
            Arrays.fill(distance, -1);
            Arrays.fill(sigma, 0);
            Arrays.fill(dependency, 0.0);
            Arrays.fill(predecessorCount, 0);
            sigma[s] = 1;
            distance[s] = 0;
            int head = 0;
            int tail = 0;
            int top = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                int d = distance[v] + 1;
                for (int w : neighbours[v]) {
                    if (distance[w] < 0) {
                        queue[tail++] = w;
                        distance[w] = d;
                        sigma[w] = sigma[v];
                        addPredecessor(predecessors, predecessorCount, w, v);
                    } else if (distance[w] == d) {
                        sigma[w] = sigma[w] + sigma[v]; // wraps on overflow, as the library's default does
                        addPredecessor(predecessors, predecessorCount, w, v);
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                int[] preds = predecessors[w];
                for (int p = 0; p < predecessorCount[w]; p++) {
                    int v = preds[p];
                    dependency[v] = dependency[v]
                            + (((double) sigma[v]) / ((double) sigma[w])) * (1 + dependency[w]);
                }
                if (w != s) {
                    scores[w] = scores[w] + dependency[w];
                }
            }
        }
        int normalization = (n - 1) * (n - 2); // an int, as the library computes it
        Map<String, Double> out = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            double score = scores[i] / 2;
            out.put(vertices[i], normalization != 0 ? score / normalization : score);
        }
        return out;
    }

    /**
     * Each vertex's neighbours in the order of the graph's edges (how a copy of it adds them), a
     * neighbour reached by two parallel edges once (the simple copy refused the second).
     */
    private static <E> int[][] neighbours(Graph<String, E> graph, Map<String, Integer> index, int n) {
        int[][] adjacent = new int[n][4];
        int[] count = new int[n];
        Set<Long> seen = new HashSet<>();
        for (E e : graph.edgeSet()) {
            int a = index.get(graph.getEdgeSource(e));
            int b = index.get(graph.getEdgeTarget(e));
            if (a == b) {
                throw new IllegalArgumentException("loops not allowed"); // as the simple copy refused it
            }
            if (!seen.add(Math.min(a, b) * (long) n + Math.max(a, b))) {
                continue;
            }
            adjacent[a] = append(adjacent[a], count[a]++, b);
            adjacent[b] = append(adjacent[b], count[b]++, a);
        }
        for (int i = 0; i < n; i++) {
            adjacent[i] = Arrays.copyOf(adjacent[i], count[i]);
        }
        return adjacent;
    }

    private static int[] append(int[] array, int at, int value) {
        int[] out = at < array.length ? array : Arrays.copyOf(array, array.length * 2);
        out[at] = value;
        return out;
    }

    private static void addPredecessor(int[][] predecessors, int[] count, int w, int v) {
        int[] list = predecessors[w];
        if (list == null) {
            list = new int[4];
        } else if (count[w] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        }
        list[count[w]++] = v;
        predecessors[w] = list;
    }
}
