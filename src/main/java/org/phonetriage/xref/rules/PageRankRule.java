package org.phonetriage.xref.rules;

/**
 * PageRank as the cross-reference computes it, over the directed communication graph weighted
 * by calls + messages: JGraphT's power iteration with its defaults, which the Spark job repeats
 * step for step so the two agree to the last digits. Each step: a node's new score is the
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

    /** A key player's score as xref.json lists it: rounded to six decimals. */
    public static double listed(double score) {
        return Math.round(score * 1e6) / 1e6;
    }
}
