package org.phonetriage.xref;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.phonetriage.xref.CommunicationGraph.Edge;
import org.phonetriage.xref.XrefReport.Person;

/**
 * The communication network of people: every identifier of a proven person is merged into one
 * node (named by the person's key), every other identifier stays its own node, and a seized device
 * that communicates as {@code device:LABEL} is its owner. All communication edges count — not a
 * capped core — because a boss who talks only to lieutenants is central through the people they
 * reach. Only the measure asked for is computed. Betweenness counts hops; it is exact while
 * nodes × edges stays under {@value #EXACT_WORK}, and above that estimated from a deterministic
 * sample of source nodes (Brandes–Pich pivot sampling, scaled up: as many sources as the same
 * budget allows, at least {@value #MIN_PIVOTS}), which {@link #estimate()} says.
 */
final class PersonNetwork {

    /** Nodes × edges of an exact betweenness: about two seconds on one core. */
    static final long EXACT_WORK = 200_000_000L;
    /** The fewest sources an estimate is made from. */
    static final int MIN_PIVOTS = 100;

    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Set<String>> members = new TreeMap<>();
    private final Map<String, String> personOf = new HashMap<>();
    private final List<Map<Integer, Long>> weights = new ArrayList<>();
    private final Map<String, Double> pageRank = new HashMap<>();
    private final Set<String> seized = new HashSet<>();
    private double[] betweenness;
    private long[] weightedDegrees;
    private double[] seizedShares;
    private String estimate;

    private PersonNetwork() {
    }

    static PersonNetwork of(CommunicationGraph graph, List<Person> persons, String metric) {
        PersonNetwork p = new PersonNetwork();
        Map<String, String> nodeOfKey = new HashMap<>();
        for (Person person : persons) {
            person.keys().forEach(k -> nodeOfKey.putIfAbsent(k, person.key()));
            person.devices().forEach(d -> nodeOfKey.putIfAbsent("device:" + d, person.key()));
            p.personOf.putIfAbsent(person.key(), person.id());
            if (person.seized()) {
                p.seized.add(person.key());
            }
        }
        // PageRank needs the directed graph; the other measures need only the undirected weights
        Graph<String, DefaultWeightedEdge> directed = "pagerank".equals(metric)
                ? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class) : null;
        for (Edge e : graph.edges()) {
            String a = nodeOfKey.getOrDefault(e.source, e.source);
            String b = nodeOfKey.getOrDefault(e.target, e.target);
            p.members.computeIfAbsent(a, k -> new TreeSet<>()).add(e.source);
            p.members.computeIfAbsent(b, k -> new TreeSet<>()).add(e.target);
            if (a.equals(b)) {
                continue; // one person's two numbers calling each other
            }
            int ia = p.node(a);
            int ib = p.node(b);
            p.weights.get(ia).merge(ib, e.weight(), Long::sum);
            p.weights.get(ib).merge(ia, e.weight(), Long::sum);
            if (directed == null) {
                continue;
            }
            directed.addVertex(a);
            directed.addVertex(b);
            DefaultWeightedEdge edge = directed.getEdge(a, b);
            if (edge == null) {
                directed.setEdgeWeight(directed.addEdge(a, b), e.weight());
            } else {
                directed.setEdgeWeight(edge, directed.getEdgeWeight(edge) + e.weight());
            }
        }
        if (directed != null && !directed.vertexSet().isEmpty()) {
            p.pageRank.putAll(new PageRank<>(directed).getScores());
        }
        if ("betweenness".equals(metric)) {
            p.betweenness();
        }
        return p;
    }

    private int node(String id) {
        return index.computeIfAbsent(id, k -> {
            ids.add(k);
            weights.add(new HashMap<>());
            return ids.size() - 1;
        });
    }

    /** The nodes that communicate, sorted. */
    List<String> nodes() {
        List<String> out = new ArrayList<>(ids);
        Collections.sort(out);
        return out;
    }

    /** The person a node is, or null for a lone identifier. */
    String person(String node) {
        return personOf.get(node);
    }

    /** The identifiers of the graph a node stands for. */
    Set<String> members(String node) {
        return members.getOrDefault(node, Set.of());
    }

    /** Null when betweenness is exact; else how it was estimated. */
    String estimate() {
        return estimate;
    }

    /** The nodes it communicates with. */
    List<String> neighbours(String node) {
        Integer i = index.get(node);
        List<String> out = new ArrayList<>();
        if (i != null) {
            weights.get(i).keySet().forEach(j -> out.add(ids.get(j)));
        }
        return out;
    }

    long degree(String node) {
        Integer i = index.get(node);
        return i == null ? 0 : weights.get(i).size();
    }

    long weightedDegree(String node) {
        Integer i = index.get(node);
        return i == null ? 0 : weightedDegrees()[i];
    }

    /** Each node's calls and messages, summed once: rankings ask for them many times. */
    private long[] weightedDegrees() {
        if (weightedDegrees == null) {
            weightedDegrees = new long[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                weightedDegrees[i] = weights.get(i).values().stream().mapToLong(Long::longValue).sum();
            }
        }
        return weightedDegrees;
    }

    double score(String metric, String node) {
        Integer i = index.get(node);
        return switch (metric) {
            case "betweenness" -> i == null || betweenness == null ? 0 : betweenness[i];
            case KeyPlayers.SEIZED_SHARE -> seizedShare(node);
            case "pagerank" -> pageRank.getOrDefault(node, 0.0);
            case "degree" -> degree(node);
            case "weighted-degree" -> weightedDegree(node);
            default -> throw new IllegalArgumentException("unknown metric " + metric);
        };
    }

    /** How many persons a seized device or SIM belongs to. */
    int seizedCount() {
        return seized.size();
    }

    /** Whether the node is a person a seized device or SIM belongs to. */
    boolean seized(String node) {
        return seized.contains(node);
    }

    /**
     * The share of each seized person's calls and messages that went to this node, summed over
     * the seized persons other than itself: every seized person's whole traffic is on his phone,
     * so it weighs the seized and the unseized alike.
     */
    double seizedShare(String node) {
        Integer i = index.get(node);
        if (i == null) {
            return 0;
        }
        if (seizedShares == null) {
            // one pass over the seized persons' edges: each gives its neighbours their share of it
            long[] traffic = weightedDegrees();
            seizedShares = new double[ids.size()];
            for (int s = 0; s < ids.size(); s++) {
                if (seized.contains(ids.get(s)) && traffic[s] > 0) {
                    for (Map.Entry<Integer, Long> e : weights.get(s).entrySet()) {
                        seizedShares[e.getKey()] += (double) e.getValue() / traffic[s];
                    }
                }
            }
        }
        return seizedShares[i];
    }

    /** Brandes' algorithm in hops, from every node or from a sample of them; normalised as JGraphT does. */
    private void betweenness() {
        int n = ids.size();
        int[][] adj = new int[n][];
        long edges = 0;
        for (int i = 0; i < n; i++) {
            adj[i] = weights.get(i).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            edges += adj[i].length;
        }
        edges /= 2;
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sources.add(i);
        }
        double scale = 1;
        if ((long) n * Math.max(edges, 1) > EXACT_WORK) {
            // each source costs a pass over nodes and edges: as many as the same budget allows
            int pivots = (int) Math.max(MIN_PIVOTS, EXACT_WORK / (n + edges));
            if (pivots < n) {
                // sorted by id first, so the sample does not depend on the order nodes were met
                sources.sort((a, b) -> ids.get(a).compareTo(ids.get(b)));
                Collections.shuffle(sources, new Random(20261207L));
                sources = sources.subList(0, pivots);
                scale = (double) n / pivots;
                estimate = "estimated from " + pivots + " of " + n + " nodes (pivot sampling)";
            }
        }
        double[] cb = new double[n];
        int[] dist = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        int[] order = new int[n];
        for (int s : sources) {
            Arrays.fill(dist, -1);
            Arrays.fill(sigma, 0);
            Arrays.fill(delta, 0);
            dist[s] = 0;
            sigma[s] = 1;
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            while (head < tail) {
                int v = order[head++];
                for (int w : adj[v]) {
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        order[tail++] = w;
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            for (int i = tail - 1; i > 0; i--) {
                int w = order[i];
                for (int v : adj[w]) {
                    if (dist[v] == dist[w] - 1) {
                        delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }
                cb[w] += delta[w];
            }
        }
        // each unordered pair was counted from both ends; normalised by the pairs that exclude a node
        double norm = n > 2 ? (n - 1.0) * (n - 2.0) : 1;
        for (int i = 0; i < n; i++) {
            cb[i] = cb[i] * scale / norm;
        }
        betweenness = cb;
    }
}
