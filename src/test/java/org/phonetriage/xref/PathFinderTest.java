package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.store.CaseDb;

/**
 * The search from both ends gives the chain JGraphT's breadth-first search from FROM gives (what
 * {@code path} answered before it walked the stored graph), on random graphs of many shapes: sparse
 * and dense, with hubs, several components, and contact entries as the fallback.
 */
class PathFinderTest {

    @Test
    void givesTheChainABreadthFirstSearchFromTheStartGives() throws Exception {
        Random random = new Random(15);
        int compared = 0;
        int found = 0;
        for (int round = 0; round < 120; round++) {
            int vertices = 2 + random.nextInt(30);
            int edges = random.nextInt(vertices * (1 + random.nextInt(4)));
            RandomGraph g = new RandomGraph(random, vertices, edges, random.nextInt(vertices + 1));
            PathFinder finder = new PathFinder(g);
            for (int a = 0; a < vertices; a++) {
                for (int b = 0; b < vertices; b++) {
                    String from = RandomGraph.name(a);
                    String to = RandomGraph.name(b);
                    Optional<List<String>> expected = g.jgraphtChain(from, to);
                    Optional<List<PathFinder.Hop>> hops = finder.path(from, to);
                    assertEquals(expected, hops.map(PathFinderTest::chain), from + " -> " + to + " in " + g);
                    compared++;
                    found += expected.isPresent() ? 1 : 0;
                }
            }
        }
        assertTrue(found > compared / 4 && found < compared, found + " of " + compared + " pairs linked");
    }

    @Test
    void theStoredGraphGivesEachVertexsNeighboursInLinkOrder(@TempDir Path tmp) throws Exception {
        Random random = new Random(16);
        for (int round = 0; round < 20; round++) {
            int vertices = 2 + random.nextInt(60);
            RandomGraph g = new RandomGraph(random, vertices, random.nextInt(vertices * 3), random.nextInt(vertices * 2));
            try (Connection db = CaseDb.open(tmp.resolve("case" + round + ".db"), true)) {
                g.store(db);
                PathGraph stored = StoredNetwork.current(db, "test").orElseThrow();
                List<String> all = new ArrayList<>();
                for (int v = 0; v < vertices; v++) {
                    all.add(RandomGraph.name(v));
                }
                for (boolean contacts : new boolean[] {false, true}) {
                    assertEquals(g.neighbours(all, contacts), stored.neighbours(all, contacts), g.toString());
                }
                assertTrue(StoredNetwork.current(db, "another state").isEmpty(), "a graph of another state is not used");
            }
        }
    }

    private static List<String> chain(List<PathFinder.Hop> hops) {
        List<String> out = new ArrayList<>();
        out.add(hops.get(0).from());
        hops.forEach(h -> out.add(h.to()));
        return out;
    }

    /** Random communication edges and contact entries, kept in the maps' key order as the case graph keeps them. */
    private static final class RandomGraph implements PathGraph {
        private final Map<String, String[]> edges = new TreeMap<>();
        private final Map<String, String[]> contacts = new TreeMap<>();
        private final Map<String, Set<String>> communication = new HashMap<>();
        private final Map<String, Set<String>> all = new HashMap<>();

        RandomGraph(Random random, int vertices, int edgeCount, int contactCount) {
            // a few hubs make frontiers of very different sizes
            int hubs = 1 + random.nextInt(3);
            for (int i = 0; i < edgeCount; i++) {
                int a = random.nextInt(4) == 0 ? random.nextInt(hubs) : random.nextInt(vertices);
                int b = random.nextInt(vertices);
                edges.put(PathGraph.edgeKey(name(a), name(b)), new String[] {name(a), name(b)});
            }
            for (int i = 0; i < contactCount; i++) {
                int a = random.nextInt(vertices);
                int b = random.nextInt(vertices);
                String device = "D" + random.nextInt(3);
                contacts.put(PathGraph.contactKey(name(a), name(b), device), new String[] {name(a), name(b)});
            }
            edges.values().forEach(e -> link(communication, e[0], e[1]));
            edges.values().forEach(e -> link(all, e[0], e[1]));
            contacts.values().forEach(c -> link(all, c[0], c[1]));
        }

        /** Names that do not sort as their numbers do, so the order comes from the keys. */
        static String name(int i) {
            return "+" + Integer.toString(i * 7919 % 1000, 7) + i;
        }

        private static void link(Map<String, Set<String>> adjacency, String a, String b) {
            if (!a.equals(b)) {
                adjacency.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
                adjacency.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
            }
        }

        @Override
        public Map<String, List<String>> neighbours(Collection<String> vs, boolean withContacts) {
            Map<String, List<String>> out = new HashMap<>();
            vs.forEach(v -> out.put(v, new ArrayList<>((withContacts ? all : communication).getOrDefault(v, Set.of()))));
            return out;
        }

        @Override
        public List<CommunicationGraph.Edge> between(String a, String b) {
            List<CommunicationGraph.Edge> out = new ArrayList<>();
            for (String[] pair : new String[][] {{a, b}, {b, a}}) {
                if (edges.containsKey(PathGraph.edgeKey(pair[0], pair[1]))) {
                    out.add(new CommunicationGraph.Edge(pair[0], pair[1]));
                }
            }
            return out;
        }

        @Override
        public List<String> contactDevices(String a, String b) {
            return List.of();
        }

        /** Into the case's tables, as StoredNetwork.save writes them, for the state "test". */
        void store(Connection db) throws SQLException {
            try (PreparedStatement e = db.prepareStatement("INSERT INTO network_edges VALUES (?, ?, 1, 0, 0, NULL,"
                    + " NULL, 1)");
                 PreparedStatement c = db.prepareStatement("INSERT INTO network_contacts VALUES (?, ?, ?, NULL)");
                 Statement st = db.createStatement()) {
                for (String[] edge : edges.values()) {
                    e.setString(1, edge[0]);
                    e.setString(2, edge[1]);
                    e.executeUpdate();
                }
                for (Map.Entry<String, String[]> entry : contacts.entrySet()) {
                    c.setString(1, entry.getValue()[0]);
                    c.setString(2, entry.getValue()[1]);
                    c.setString(3, entry.getKey().substring(entry.getKey().lastIndexOf('\u0000') + 1));
                    c.executeUpdate();
                }
                st.execute("INSERT INTO meta(key, value) VALUES ('network_state', 'test')");
            }
        }

        /** The earlier PathFinder: JGraphT's BFS over a simple graph linked in key order, contacts second. */
        Optional<List<String>> jgraphtChain(String from, String to) {
            Optional<List<String>> direct = jgraphtChain(from, to, false);
            return direct.isPresent() ? direct : jgraphtChain(from, to, true);
        }

        private final Map<Boolean, Graph<String, DefaultEdge>> jgrapht = new HashMap<>();

        private Optional<List<String>> jgraphtChain(String from, String to, boolean withContacts) {
            Graph<String, DefaultEdge> g = jgrapht.computeIfAbsent(withContacts, contacted -> {
                Graph<String, DefaultEdge> made = new SimpleGraph<>(DefaultEdge.class);
                edges.values().forEach(e -> add(made, e[0], e[1]));
                if (contacted) {
                    contacts.values().forEach(c -> add(made, c[0], c[1]));
                }
                return made;
            });
            if (!g.containsVertex(from) || !g.containsVertex(to) || from.equals(to)) {
                return Optional.empty();
            }
            GraphPath<String, DefaultEdge> p = BFSShortestPath.findPathBetween(g, from, to);
            return p == null ? Optional.empty() : Optional.of(p.getVertexList());
        }

        private static void add(Graph<String, DefaultEdge> g, String a, String b) {
            if (!a.equals(b)) {
                g.addVertex(a);
                g.addVertex(b);
                if (!g.containsEdge(a, b)) {
                    g.addEdge(a, b);
                }
            }
        }

        @Override
        public String toString() {
            return "edges " + edges.values().stream().map(e -> e[0] + ">" + e[1]).toList() + " contacts "
                    + contacts.values().stream().map(c -> c[0] + ">" + c[1]).toList();
        }
    }
}
