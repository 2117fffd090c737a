package org.phonetriage.xref.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cross-device core betweenness (and the communities) are computed on: the seized devices'
 * owners and the identifiers found on two or more devices that take part in a communication, at
 * most {@value #MAX_CORE} nodes (those on the most devices, then with the most communications,
 * then by key). A counterpart known to one phone only cannot bridge anyone, and exact betweenness
 * costs O(nodes × edges): within the core it is exact and takes seconds, over a whole large case
 * it would take hours — the core is the approximation.
 */
public final class BetweennessCore {

    /** The largest core (owners always included). */
    public static final int MAX_CORE = 1_000;

    /**
     * A node that may join the core.
     *
     * @param devices        how many devices hold the identifier (any occurrence)
     * @param weightedDegree its calls and messages
     * @param degree         its counterparts
     */
    public record Candidate(String key, int devices, long weightedDegree, long degree) {
    }

    private BetweennessCore() {
    }

    /** The core's nodes, in key order: every device node, then the candidates that qualify, best first. */
    public static Set<String> select(Set<String> deviceNodes, Collection<Candidate> nodes) {
        Set<String> core = new TreeSet<>(deviceNodes);
        int room = Math.max(0, MAX_CORE - core.size());
        nodes.stream()
                .filter(n -> !deviceNodes.contains(n.key()) && n.devices() >= 2 && n.degree() > 0)
                .sorted(Comparator.<Candidate>comparingInt(n -> -n.devices())
                        .thenComparing(n -> -n.weightedDegree()).thenComparing(Candidate::key))
                .limit(room)
                .forEach(n -> core.add(n.key()));
        return core;
    }
}
