package org.phonetriage.cli;

import org.phonetriage.xref.XrefOptions;
import picocli.CommandLine.Option;

/** What the cross-reference lists, shared by triage, xref and report. */
final class XrefCliOptions {

    @Option(names = "--all", description = "List every identifier, not only those shared or owned.")
    boolean all;

    @Option(names = "--min-devices", paramLabel = "N", defaultValue = "2",
            description = "List an identifier as shared when it is on at least N devices (default ${DEFAULT-VALUE}).")
    int minDevices;

    @Option(names = "--metric", paramLabel = "NAME", defaultValue = "seized-share",
            description = "Key-player measure: seized-share (the share of the seized persons' calls and messages that "
                    + "goes to each), betweenness, pagerank, degree, weighted-degree (default ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--top", paramLabel = "N", defaultValue = "25",
            description = "How many key players to list (default ${DEFAULT-VALUE}).")
    int top;

    XrefOptions options() {
        try {
            return new XrefOptions(all, minDevices, metric, top);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
    }
}
