package org.phonetriage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.xref.CommunicationGraph;
import org.phonetriage.xref.CommunicationGraph.DeviceNode;
import org.phonetriage.xref.CommunicationGraph.Edge;
import org.phonetriage.xref.NetworkMetrics;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.KeyPlayer;

/**
 * The part of the communication graph drawn in report.html: one node per seized device, joined by
 * owner links to its own identifiers, and the identifiers that communicate, joined by one link per
 * pair (calls and messages both ways). A browser draws a few hundred nodes fluently, not the tens
 * of thousands of a 40-phone case, so at most {@code maxIdentifiers} identifiers are kept: the
 * devices' own first, then the cross-device core (identifiers on two or more devices) and key
 * players, then the rest; within each, the most calls and messages first.
 *
 * @param totalIdentifiers identifiers that communicate or belong to a device, before the limit
 * @param totalLinks       communicating pairs, before the limit
 */
record ReportGraph(List<Node> nodes, List<Link> links, int totalIdentifiers, int totalLinks) {

    /** The default limit: enough for the core of a large case, few enough to stay fluent. */
    static final int MAX_IDENTIFIERS = 250;

    static final ReportGraph NONE = new ReportGraph(List.of(), List.of(), 0, 0);

    static final String DEVICE_PREFIX = "device:";

    /**
     * @param id         the identifier key, or {@code device:LABEL} for a seized device
     * @param ownerOf    the seized devices this identifier belongs to
     * @param devices    the devices it occurs on
     * @param names      the names the phones saved it under (aliases)
     * @param keyPlayer  its rank among the key players, 0 if not listed
     */
    record Node(String id, boolean device, String type, List<String> ownerOf, List<String> devices,
                List<String> names, long degree, long weightedDegree, double pageRank, double betweenness,
                int community, int keyPlayer) {

        boolean seized() {
            return !ownerOf.isEmpty();
        }
    }

    /**
     * A device's ownership of an identifier ({@code owner}), or the calls and messages between two
     * identifiers: {@code calls}/{@code messages} from {@code source} to {@code target},
     * {@code callsBack}/{@code messagesBack} the other way. Times are ISO-8601 UTC.
     */
    record Link(String source, String target, boolean owner, long calls, long messages, long callsBack,
                long messagesBack, long durationSeconds, String firstSeen, String lastSeen, boolean strong,
                List<String> devices) {

        long weight() {
            return calls + messages + callsBack + messagesBack;
        }
    }

    /** True when identifiers or links were left out to respect the limit. */
    boolean limited() {
        return identifierCount() < totalIdentifiers || communicationLinkCount() < totalLinks;
    }

    long identifierCount() {
        return nodes.stream().filter(n -> !n.device()).count();
    }

    long communicationLinkCount() {
        return links.stream().filter(l -> !l.owner()).count();
    }

    boolean hasCommunications() {
        return totalLinks > 0;
    }

    static ReportGraph of(CommunicationGraph graph, NetworkMetrics metrics, XrefReport xref) {
        return of(graph, metrics, xref, MAX_IDENTIFIERS);
    }

    static ReportGraph of(CommunicationGraph graph, NetworkMetrics metrics, XrefReport xref, int maxIdentifiers) {
        Map<String, Integer> keyPlayers = new HashMap<>();
        for (KeyPlayer p : xref.keyPlayers()) {
            keyPlayers.put(p.key(), p.rank());
        }
        Map<String, PairLink> pairs = pairs(graph);
        Set<String> owned = new TreeSet<>();
        for (DeviceNode d : graph.devices()) {
            owned.addAll(d.ownerKeys());
        }
        Set<String> candidates = new TreeSet<>(owned);
        pairs.values().forEach(p -> {
            candidates.add(p.a);
            candidates.add(p.b);
        });
        candidates.removeIf(ReportGraph::isDeviceNode);
        List<String> kept = candidates.stream()
                .sorted(Comparator.<String>comparingInt(k -> tier(k, owned, metrics, keyPlayers))
                        .thenComparing(k -> -metrics.weightedDegree(k))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(Math.max(maxIdentifiers, owned.size()))
                .toList();
        Set<String> keep = new TreeSet<>(kept);
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (DeviceNode d : graph.devices()) {
            String id = DEVICE_PREFIX + d.label();
            keep.add(id); // a device without an own number communicates as device:LABEL itself
            nodes.add(node(graph, metrics, keyPlayers, id, true));
            for (String key : new TreeSet<>(d.ownerKeys())) {
                links.add(new Link(id, key, true, 0, 0, 0, 0, 0, null, null, true, List.of(d.label())));
            }
        }
        for (String key : kept) {
            nodes.add(node(graph, metrics, keyPlayers, key, false));
        }
        for (PairLink p : pairs.values()) {
            if (keep.contains(p.a) && keep.contains(p.b)) {
                links.add(p.toLink());
            }
        }
        return new ReportGraph(nodes, links, candidates.size(), pairs.size());
    }

    private static boolean isDeviceNode(String key) {
        return key.startsWith(DEVICE_PREFIX);
    }

    /** 0 the devices' own, 1 the cross-device core and key players, 2 everything else. */
    private static int tier(String key, Set<String> owned, NetworkMetrics metrics, Map<String, Integer> keyPlayers) {
        if (owned.contains(key)) {
            return 0;
        }
        return metrics.core().contains(key) || keyPlayers.containsKey(key) ? 1 : 2;
    }

    private static Node node(CommunicationGraph graph, NetworkMetrics metrics, Map<String, Integer> keyPlayers,
                             String id, boolean device) {
        CommunicationGraph.Node n = graph.node(id);
        String label = device ? id.substring(DEVICE_PREFIX.length()) : null;
        List<String> ownerOf = device ? List.of(label) : n == null ? List.of() : List.copyOf(n.ownedBy);
        List<String> devices = device ? List.of(label) : n == null ? List.of() : List.copyOf(n.devices);
        List<String> names = n == null ? List.of() : List.copyOf(n.names);
        String type = device ? "device" : n == null ? "other" : n.type;
        // a device's node carries metrics only when it communicates as itself (no own number)
        return new Node(id, device, type, ownerOf, devices, names, metrics.degree(id), metrics.weightedDegree(id),
                metrics.score("pagerank", id), metrics.score("betweenness", id), metrics.community(id),
                keyPlayers.getOrDefault(id, 0));
    }

    /** The directed edges merged per unordered pair, in key order. */
    private static Map<String, PairLink> pairs(CommunicationGraph graph) {
        Map<String, PairLink> pairs = new TreeMap<>();
        for (Edge e : graph.edges()) {
            boolean forward = e.source.compareTo(e.target) < 0;
            String a = forward ? e.source : e.target;
            String b = forward ? e.target : e.source;
            pairs.computeIfAbsent(a + "\u0000" + b, k -> new PairLink(a, b)).add(e, forward);
        }
        return pairs;
    }

    /** Both directions of one pair while they are merged. */
    private static final class PairLink {
        final String a;
        final String b;
        long calls;
        long messages;
        long callsBack;
        long messagesBack;
        long duration;
        String first;
        String last;
        boolean strong;
        final Set<String> devices = new TreeSet<>();

        PairLink(String a, String b) {
            this.a = a;
            this.b = b;
        }

        void add(Edge e, boolean forward) {
            if (forward) {
                calls += e.calls;
                messages += e.messages;
            } else {
                callsBack += e.calls;
                messagesBack += e.messages;
            }
            duration += e.durationSeconds;
            first = first == null || (e.firstSeen != null && e.firstSeen.compareTo(first) < 0) ? e.firstSeen : first;
            last = last == null || (e.lastSeen != null && e.lastSeen.compareTo(last) > 0) ? e.lastSeen : last;
            strong |= e.strong;
            devices.addAll(e.devices);
        }

        Link toLink() {
            return new Link(a, b, false, calls, messages, callsBack, messagesBack, duration, first, last, strong,
                    List.copyOf(devices));
        }
    }
}
