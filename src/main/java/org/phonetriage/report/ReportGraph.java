package org.phonetriage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.phonetriage.xref.CommunicationGraph;
import org.phonetriage.xref.CommunicationGraph.DeviceNode;
import org.phonetriage.xref.CommunicationGraph.Edge;
import org.phonetriage.xref.NetworkMetrics;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.KeyPlayer;
import org.phonetriage.xref.XrefReport.Person;

/**
 * The part of the communication graph drawn in report.html: one node per seized device, joined by
 * owner links to its owner, and the persons and identifiers that communicate, joined by one link
 * per pair (calls and messages both ways). A proven person's identifiers (xref.json's
 * {@code persons}) are merged into one node, named by its primary key, so that one human is drawn
 * once. A browser draws a few hundred nodes fluently, not the tens of thousands of a 40-phone
 * case, so at most {@code maxIdentifiers} nodes are kept: the devices' owners first, then the
 * cross-device core and key players, then the rest; within each, the most calls and messages first.
 *
 * @param totalIdentifiers identifiers that communicate or belong to a device, before the limit
 * @param totalLinks       communicating pairs (of persons and lone identifiers), before the limit
 */
record ReportGraph(List<Node> nodes, List<Link> links, int totalIdentifiers, int totalLinks) {

    /** The default limit: enough for the core of a large case, few enough to stay fluent. */
    static final int MAX_IDENTIFIERS = 250;

    static final ReportGraph NONE = new ReportGraph(List.of(), List.of(), 0, 0);

    static final String DEVICE_PREFIX = "device:";

    /**
     * @param id         the identifier key (a person's primary key), or {@code device:LABEL} for a seized device
     * @param ownerOf    the seized devices this identifier (or person) belongs to
     * @param devices    the devices it occurs on
     * @param names      the names the phones saved it under (aliases)
     * @param keyPlayer  its rank among the key players, 0 if not listed
     * @param person     the id of the proven person it stands for, null for a lone identifier
     * @param keys       the identifiers drawn as this node: the person's, else {@code id} alone
     * @param alias      the name most devices saved it under (ties: the first), null if none
     */
    record Node(String id, boolean device, String type, List<String> ownerOf, List<String> devices,
                List<String> names, long degree, long weightedDegree, double pageRank, double betweenness,
                int community, int keyPlayer, String person, List<String> keys, String alias) {

        Node(String id, boolean device, String type, List<String> ownerOf, List<String> devices,
             List<String> names, long degree, long weightedDegree, double pageRank, double betweenness,
             int community, int keyPlayer) {
            this(id, device, type, ownerOf, devices, names, degree, weightedDegree, pageRank, betweenness, community,
                    keyPlayer, null, List.of(id), names.isEmpty() ? null : names.get(0));
        }

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

    /** The identifiers drawn, a person's counted each. */
    long identifierCount() {
        return nodes.stream().filter(n -> !n.device()).mapToLong(n -> n.keys().size()).sum();
    }

    /** The drawn nodes that stand for a person or an identifier (not a device). */
    long nodeCount() {
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
        Map<String, Person> personOf = new HashMap<>();
        for (Person p : xref.persons()) {
            p.keys().forEach(k -> personOf.put(k, p));
        }
        Function<String, String> drawnAs = k -> personOf.containsKey(k) ? personOf.get(k).key() : k;
        Map<String, PairLink> pairs = pairs(graph, drawnAs);
        Map<String, Long> weighted = new HashMap<>();
        Map<String, Long> degree = new HashMap<>();
        for (PairLink p : pairs.values()) {
            for (String end : List.of(p.a, p.b)) {
                weighted.merge(end, p.weight(), Long::sum);
                degree.merge(end, 1L, Long::sum);
            }
        }
        Set<String> owned = new TreeSet<>();
        for (DeviceNode d : graph.devices()) {
            d.ownerKeys().forEach(k -> owned.add(drawnAs.apply(k)));
        }
        Set<String> candidates = new TreeSet<>(owned);
        pairs.values().forEach(p -> {
            candidates.add(p.a);
            candidates.add(p.b);
        });
        candidates.removeIf(ReportGraph::isDeviceNode);
        int identifiers = candidates.stream()
                .mapToInt(k -> personOf.containsKey(k) ? personOf.get(k).keys().size() : 1).sum();
        List<String> kept = candidates.stream()
                .sorted(Comparator.<String>comparingInt(k -> tier(k, owned, metrics, keyPlayers))
                        .thenComparing(k -> -weighted.getOrDefault(k, 0L))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(Math.max(maxIdentifiers, owned.size()))
                .toList();
        Set<String> keep = new TreeSet<>(kept);
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (DeviceNode d : graph.devices()) {
            String id = DEVICE_PREFIX + d.label();
            keep.add(id); // a device without an own number communicates as device:LABEL itself
            nodes.add(deviceNode(metrics, keyPlayers, id, weighted, degree));
            for (String key : new TreeSet<>(d.ownerKeys().stream().map(drawnAs).toList())) {
                links.add(new Link(id, key, true, 0, 0, 0, 0, 0, null, null, true, List.of(d.label())));
            }
        }
        for (String key : kept) {
            Person person = personOf.get(key);
            List<String> keys = person == null ? List.of(key) : person.keys();
            nodes.add(node(graph, metrics, keyPlayers, key, person, keys, weighted, degree));
        }
        for (PairLink p : pairs.values()) {
            if (keep.contains(p.a) && keep.contains(p.b)) {
                links.add(p.toLink());
            }
        }
        return new ReportGraph(nodes, links, identifiers, pairs.size());
    }
    private static boolean isDeviceNode(String key) {
        return key.startsWith(DEVICE_PREFIX);
    }

    /** 0 the devices' owners, 1 the cross-device core and key players, 2 everything else. */
    private static int tier(String key, Set<String> owned, NetworkMetrics metrics, Map<String, Integer> keyPlayers) {
        if (owned.contains(key)) {
            return 0;
        }
        return metrics.core().contains(key) || keyPlayers.containsKey(key) ? 1 : 2;
    }

    /** A seized device; it carries metrics only when it communicates as itself (no own number). */
    private static Node deviceNode(NetworkMetrics metrics, Map<String, Integer> keyPlayers, String id,
                                   Map<String, Long> weighted, Map<String, Long> degree) {
        String label = id.substring(DEVICE_PREFIX.length());
        return new Node(id, true, "device", List.of(label), List.of(label), List.of(), degree.getOrDefault(id, 0L),
                weighted.getOrDefault(id, 0L), metrics.score("pagerank", id), metrics.score("betweenness", id),
                metrics.community(id), keyPlayers.getOrDefault(id, 0), null, List.of(id), null);
    }

    /** A person (its identifiers' facts together) or a lone identifier, with its drawn links' totals. */
    private static Node node(CommunicationGraph graph, NetworkMetrics metrics, Map<String, Integer> keyPlayers,
                             String id, Person person, List<String> keys, Map<String, Long> weighted,
                             Map<String, Long> degree) {
        Set<String> ownerOf = new TreeSet<>();
        Set<String> devices = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        Map<String, Set<String>> nameDevices = new TreeMap<>();
        for (String key : keys) {
            CommunicationGraph.Node n = graph.node(key);
            if (n != null) {
                ownerOf.addAll(n.ownedBy);
                devices.addAll(n.devices);
                names.addAll(n.names);
                n.nameDevices.forEach((name, on) -> nameDevices.computeIfAbsent(name, k -> new TreeSet<>()).addAll(on));
            }
        }
        if (person != null) {
            ownerOf.addAll(person.devices());
        }
        CommunicationGraph.Node primary = graph.node(id);
        String type = primary == null ? "other" : primary.type;
        // the alias most phones agree on names him best (a name one phone gives several people does not)
        String alias = nameDevices.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(names.isEmpty() ? null : names.iterator().next());
        return new Node(id, false, type, List.copyOf(ownerOf), List.copyOf(devices), List.copyOf(names),
                degree.getOrDefault(id, 0L), weighted.getOrDefault(id, 0L), metrics.score("pagerank", id),
                metrics.score("betweenness", id), metrics.community(id), keyPlayers.getOrDefault(id, 0),
                person == null ? null : person.id(), List.copyOf(keys), alias);
    }

    /**
     * The directed edges merged per unordered pair of drawn nodes (an identifier drawn as its
     * person's primary key), in key order; a person's calls between his own numbers are left out.
     */
    private static Map<String, PairLink> pairs(CommunicationGraph graph, Function<String, String> drawnAs) {
        Map<String, PairLink> pairs = new TreeMap<>();
        for (Edge e : graph.edges()) {
            String source = drawnAs.apply(e.source);
            String target = drawnAs.apply(e.target);
            if (source.equals(target)) {
                continue;
            }
            boolean forward = source.compareTo(target) < 0;
            String a = forward ? source : target;
            String b = forward ? target : source;
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

        long weight() {
            return calls + messages + callsBack + messagesBack;
        }

        Link toLink() {
            return new Link(a, b, false, calls, messages, callsBack, messagesBack, duration, first, last, strong,
                    List.copyOf(devices));
        }
    }
}
