package org.phonetriage.xref;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the cross-reference lists.
 *
 * @param all        every identifier, not only those shared or owned
 * @param minDevices how many devices an identifier must be on to be listed as shared
 * @param metric     the key-player measure: seized-share, betweenness, pagerank, degree, weighted-degree
 * @param top        how many key players to list
 */
public record XrefOptions(boolean all, int minDevices, String metric, int top) {

    /** The default key-player measure: the share of the seized persons' calls and messages that goes to each. */
    public static final String SEIZED_SHARE = "seized-share";
    /** The measures key players can be ranked by. */
    public static final List<String> METRICS = Stream.concat(Stream.of(SEIZED_SHARE), NetworkMetrics.METRICS.stream())
            .toList();
    public static final XrefOptions DEFAULT = new XrefOptions(false, 2, SEIZED_SHARE, 25);

    public XrefOptions {
        if (minDevices < 1) {
            throw new IllegalArgumentException("--min-devices must be at least 1");
        }
        if (!METRICS.contains(metric)) {
            throw new IllegalArgumentException("--metric must be one of " + METRICS);
        }
        if (top < 0) {
            throw new IllegalArgumentException("--top must not be negative");
        }
    }
}
