package org.phonetriage.xref;

/**
 * What the cross-reference lists.
 *
 * @param all        every identifier, not only those shared or owned
 * @param minDevices how many devices an identifier must be on to be listed as shared
 * @param metric     the key-player measure: betweenness, pagerank, degree, weighted-degree
 * @param top        how many key players to list
 */
public record XrefOptions(boolean all, int minDevices, String metric, int top) {

    public static final XrefOptions DEFAULT = new XrefOptions(false, 2, "betweenness", 25);

    public XrefOptions {
        if (minDevices < 1) {
            throw new IllegalArgumentException("--min-devices must be at least 1");
        }
        if (!NetworkMetrics.METRICS.contains(metric)) {
            throw new IllegalArgumentException("--metric must be one of " + NetworkMetrics.METRICS);
        }
        if (top < 0) {
            throw new IllegalArgumentException("--top must not be negative");
        }
    }
}
