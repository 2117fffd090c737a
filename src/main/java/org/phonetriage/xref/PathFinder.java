package org.phonetriage.xref;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The shortest chain between two identifiers, with the evidence for each hop. Communication
 * edges are tried first; only when they give no chain are contact-book entries used too, and
 * such hops say so (a saved number is not a conversation).
 *
 * <p>The search runs from both ends at once, a layer at a time, always widening the smaller
 * frontier, and reads the neighbours of only the vertices it reaches, so a chain through a case of
 * millions of records costs a few index reads. Of several chains of the same length it gives the
 * one a breadth-first search from FROM finds first (neighbours in {@link PathGraph}'s link order):
 * the chain whose hops, compared from FROM on, come earliest in that order.
 */
public final class PathFinder {

    /** One hop: who, how (communication or contact), how much, when, and on which devices. */
    public record Hop(String from, String to, String kind, long calls, long messages, String firstSeen,
                      String lastSeen, List<String> devices) {
    }

    private final PathGraph graph;

    public PathFinder(PathGraph graph) {
        this.graph = graph;
    }

    public PathFinder(CommunicationGraph graph) {
        this(PathGraph.of(graph));
    }

    public Optional<List<Hop>> path(String from, String to) throws SQLException {
        Optional<List<String>> chain = new Search(from, to, false).chain();
        if (chain.isEmpty()) {
            chain = new Search(from, to, true).chain();
        }
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        List<Hop> hops = new ArrayList<>();
        List<String> vertices = chain.get();
        for (int i = 1; i < vertices.size(); i++) {
            hops.add(hop(vertices.get(i - 1), vertices.get(i)));
        }
        return Optional.of(hops);
    }

    /** One search for a chain, over communication edges alone or with contact entries. */
    private final class Search {
        private final String from;
        private final String to;
        private final boolean withContacts;
        private final Map<String, List<String>> neighbours = new HashMap<>();
        private final Map<String, Integer> fromStart = new HashMap<>();
        private final Map<String, Integer> fromEnd = new HashMap<>();
        private final Map<String, Boolean> onChain = new HashMap<>();
        /** Every vertex within this many hops of TO is in {@link #fromEnd}. */
        private int endRadius;
        private int length;

        Search(String from, String to, boolean withContacts) {
            this.from = from;
            this.to = to;
            this.withContacts = withContacts;
        }

        Optional<List<String>> chain() throws SQLException {
            if (from.equals(to) || !meet()) {
                return Optional.empty();
            }
            // from FROM, each hop to the earliest neighbour that is still on a shortest chain
            List<String> chain = new ArrayList<>(List.of(from));
            String at = from;
            for (int i = 0; i < length; i++) {
                for (String next : neighboursOf(at)) {
                    if (onChain(next, i + 1)) {
                        at = next;
                        break;
                    }
                }
                chain.add(at);
            }
            return Optional.of(chain);
        }

        /** Widens both searches until they meet (the length is then known) or one runs out. */
        private boolean meet() throws SQLException {
            fromStart.put(from, 0);
            fromEnd.put(to, 0);
            List<String> startFrontier = List.of(from);
            List<String> endFrontier = List.of(to);
            int startDepth = 0;
            int endDepth = 0;
            while (!startFrontier.isEmpty() && !endFrontier.isEmpty()) {
                int best = Integer.MAX_VALUE;
                if (startFrontier.size() <= endFrontier.size()) {
                    List<String> next = new ArrayList<>();
                    best = widen(startFrontier, ++startDepth, fromStart, fromEnd, next);
                    startFrontier = next;
                } else {
                    List<String> next = new ArrayList<>();
                    best = widen(endFrontier, ++endDepth, fromEnd, fromStart, next);
                    endFrontier = next;
                    endRadius = endDepth;
                }
                if (best != Integer.MAX_VALUE) {
                    length = best;
                    return true;
                }
            }
            return false;
        }

        /** One layer more on one side; returns the shortest length through a vertex both sides reached. */
        private int widen(List<String> frontier, int depth, Map<String, Integer> side, Map<String, Integer> other,
                          List<String> next) throws SQLException {
            fetch(frontier);
            int best = Integer.MAX_VALUE;
            for (String v : frontier) {
                for (String n : neighbours.get(v)) {
                    if (side.putIfAbsent(n, depth) == null) {
                        next.add(n);
                        Integer rest = other.get(n);
                        if (rest != null) {
                            best = Math.min(best, depth + rest);
                        }
                    }
                }
            }
            return best;
        }

        /**
         * Whether {@code v}, one hop on from the chain's vertex at {@code depth - 1}, is on a shortest
         * chain: it is when it lies the remaining length from TO.
         */
        private boolean onChain(String v, int depth) throws SQLException {
            int rest = length - depth;
            Integer known = fromEnd.get(v);
            if (known != null) {
                return known == rest;
            }
            if (rest <= endRadius) {
                return false; // everything that close to TO was reached from there
            }
            Integer d = fromStart.get(v);
            if (d == null || d != depth) {
                return false;
            }
            Boolean memo = onChain.get(v);
            if (memo == null) {
                memo = false;
                for (String n : neighboursOf(v)) {
                    if (onChain(n, depth + 1)) {
                        memo = true;
                        break;
                    }
                }
                onChain.put(v, memo);
            }
            return memo;
        }

        private List<String> neighboursOf(String v) throws SQLException {
            fetch(List.of(v));
            return neighbours.get(v);
        }

        private void fetch(List<String> vertices) throws SQLException {
            List<String> missing = vertices.stream().filter(v -> !neighbours.containsKey(v)).toList();
            if (!missing.isEmpty()) {
                neighbours.putAll(graph.neighbours(missing, withContacts));
            }
        }
    }

    private Hop hop(String a, String b) throws SQLException {
        List<CommunicationGraph.Edge> edges = graph.between(a, b);
        if (edges.isEmpty()) {
            return new Hop(a, b, "contact", 0, 0, null, null, graph.contactDevices(a, b));
        }
        long calls = 0;
        long messages = 0;
        String first = null;
        String last = null;
        TreeSet<String> devices = new TreeSet<>();
        for (CommunicationGraph.Edge e : edges) {
            calls += e.calls;
            messages += e.messages;
            first = first == null || (e.firstSeen != null && e.firstSeen.compareTo(first) < 0) ? e.firstSeen : first;
            last = last == null || (e.lastSeen != null && e.lastSeen.compareTo(last) > 0) ? e.lastSeen : last;
            devices.addAll(e.devices);
        }
        return new Hop(a, b, "communication", calls, messages, first, last, List.copyOf(devices));
    }
}
