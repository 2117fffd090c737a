package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.xref.rules.EpochSeconds;
import org.phonetriage.xref.rules.SameEvent;

/**
 * Who communicated with whom, built from the case database alone. Nodes are identifiers (the
 * devices' owners and their counterparts); a communication edge goes from the initiator to the
 * recipient of calls and messages (an outgoing record: owner → counterpart; an incoming one:
 * counterpart → owner) with counts, duration and first/last time. The same call or message
 * logged on both phones (same pair, same kind, within {@value #SAME_EVENT_SECONDS} s, from two
 * different devices) is counted once. Contact-book entries are a separate, weaker kind of edge
 * and never count as communication.
 */
public final class CommunicationGraph {

    /** Two logs of one event differ by clock drift and by the time to connect. */
    static final long SAME_EVENT_SECONDS = SameEvent.SECONDS;

    /** A seized device's node: its owner's (first) own number, or a node of its own. */
    public record DeviceNode(String label, String platform, String node, Set<String> ownerKeys) {

        /** Whether its node is a stand-in, {@code device:LABEL}, no owner identifier of the case. */
        public boolean standIn() {
            return !ownerKeys.contains(node);
        }
    }

    /** Calls and messages from one identifier to another. */
    public static final class Edge {
        public final String source;
        public final String target;
        public long calls;
        public long messages;
        public long durationSeconds;
        public String firstSeen;
        public String lastSeen;
        public boolean strong;
        /** Its nodes' numbers in the graph that read it (-1: made elsewhere). */
        private int sourceIndex = -1;
        private int targetIndex = -1;
        /** The {@link TimeKey}s of firstSeen and lastSeen. */
        private long firstKey = TimeKey.NONE;
        private long lastKey = TimeKey.NONE;
        /** In order, as a TreeSet; most edges have one device, held without a tree. */
        public final Set<String> devices = new SortedStrings();

        Edge(String source, String target) {
            this.source = source;
            this.target = target;
        }

        public long weight() {
            return calls + messages;
        }

        void seen(String time) {
            seen(time, TimeKey.of(time));
        }

        /** A time with its {@link TimeKey}: compared as numbers when both have one, else as strings. */
        void seen(String time, long key) {
            if (time == null) {
                return;
            }
            if (firstSeen == null || (key != TimeKey.NONE && firstKey != TimeKey.NONE ? key < firstKey
                    : time.compareTo(firstSeen) < 0)) {
                firstSeen = time;
                firstKey = key;
            }
            if (lastSeen == null || (key != TimeKey.NONE && lastKey != TimeKey.NONE ? key > lastKey
                    : time.compareTo(lastSeen) > 0)) {
                lastSeen = time;
                lastKey = key;
            }
        }
    }

    /** A number saved in a device's contacts: who keeps whom, not who talked to whom. */
    public record ContactEdge(String owner, String contact, String device, String name) {
    }

    /** An identifier in the graph. */
    public static final class Node {
        public final String key;
        public String type;
        public final Set<String> ownedBy = new TreeSet<>();
        public final Set<String> devices = new TreeSet<>();
        public final Set<String> names = new TreeSet<>();
        /** Each saved name with the devices that saved it, to tell a person's usual alias. */
        public final Map<String, Set<String>> nameDevices = new TreeMap<>();
        /** Its number in the graph that read it (an edge's key is its two nodes' numbers). */
        private int index;

        Node(String key) {
            this.key = key;
        }

        public boolean seized() {
            return !ownedBy.isEmpty();
        }
    }

    /** Hashed while the graph is read, then in key order ({@link #inKeyOrder}): a tree cost more. */
    private Map<String, Node> nodes = new HashMap<>();
    /** Each edge by its source's and target's node numbers; {@link #edges} in key order. */
    private final Map<Long, Edge> edgeByNodes = new HashMap<>();
    private List<Edge> edges = List.of();
    private final Map<String, ContactEdge> contactEdges = new TreeMap<>();
    private final Map<String, DeviceNode> devices = new TreeMap<>();
    private OccurrencePass occurrences;

    private CommunicationGraph() {
    }

    public Collection<Node> nodes() {
        return nodes.values();
    }

    public Node node(String key) {
        return nodes.get(key);
    }

    /** In the order of their keys, source then target. */
    public Collection<Edge> edges() {
        return edges;
    }

    public Collection<ContactEdge> contactEdges() {
        return contactEdges.values();
    }

    public Collection<DeviceNode> devices() {
        return devices.values();
    }

    /**
     * Reads the graph from a case; deterministic, whatever order the devices were ingested in.
     * Its one pass over the occurrences ({@link OccurrencePass}) is kept for the cross-reference.
     */
    public static CommunicationGraph load(Connection db) throws SQLException {
        return load(db, null);
    }

    /** The same, with search's summaries aggregated into {@code keySummaries} by the pass (none when null). */
    static CommunicationGraph load(Connection db, KeySummaryAggregates keySummaries) throws SQLException {
        CommunicationGraph g = new CommunicationGraph();
        Map<Long, DeviceNode> byId = g.loadDevices(db);
        OccurrenceRows rows = g.new OccurrenceRows(byId);
        g.occurrences = OccurrencePass.read(db, rows, keySummaries);
        rows.finish();
        g.loadNodeFacts(byId);
        g.nodes = inKeyOrder(g.nodes);
        g.edges = g.edgesInKeyOrder();
        return g;
    }

    /**
     * The edges in the order of their keys, the text {@code source + "\0" + target} (String
     * order), once the nodes are in key order: that is the order of their (source, target) ranks
     * among the nodes, sorted as numbers, unless a key holds a NUL (then compared as the texts).
     */
    private List<Edge> edgesInKeyOrder() {
        Node[] byRank = nodes.values().toArray(new Node[0]);
        int[] rank = new int[byRank.length];
        for (int r = 0; r < byRank.length; r++) {
            rank[byRank[r].index] = r;
            if (byRank[r].key.indexOf('\u0000') >= 0) {
                return inKeyOrder(edgeByNodes.values());
            }
        }
        long[] pairs = new long[edgeByNodes.size()];
        int i = 0;
        for (Edge e : edgeByNodes.values()) {
            pairs[i++] = (long) rank[e.sourceIndex] << 32 | rank[e.targetIndex];
        }
        Arrays.sort(pairs);
        Edge[] sorted = new Edge[pairs.length];
        for (i = 0; i < pairs.length; i++) {
            sorted[i] = edge(byRank[(int) (pairs[i] >>> 32)], byRank[(int) pairs[i]]);
        }
        return Collections.unmodifiableList(Arrays.asList(sorted));
    }

    /**
     * The edges in the order of their keys, the text {@code source + "\0" + target} (String
     * order): a sorted list, no key strings made.
     */
    private static List<Edge> inKeyOrder(Collection<Edge> edges) {
        Edge[] sorted = edges.toArray(new Edge[0]);
        Arrays.sort(sorted, CommunicationGraph::compareKeys);
        return Collections.unmodifiableList(Arrays.asList(sorted));
    }

    /** {@code (a.source + "\0" + a.target).compareTo(b.source + "\0" + b.target)}, without the strings. */
    static int compareKeys(Edge a, Edge b) {
        int bySource = a.source.compareTo(b.source);
        if (bySource == 0) {
            return a.target.compareTo(b.target);
        }
        // compareTo gives the first differing chars' difference, or the lengths' when one is the other's start
        if (bySource != a.source.length() - b.source.length()
                || !a.source.startsWith(b.source) && !b.source.startsWith(a.source)) {
            return bySource; // they differ inside both sources
        }
        // one source is the other's start: the shorter one's separator meets the longer one's next char
        return compareJoined(a, b);
    }

    private static int compareJoined(Edge a, Edge b) {
        int n = Math.min(a.source.length() + 1 + a.target.length(), b.source.length() + 1 + b.target.length());
        for (int i = 0; i < n; i++) {
            char x = joinedChar(a, i);
            char y = joinedChar(b, i);
            if (x != y) {
                return x - y;
            }
        }
        return (a.source.length() + a.target.length()) - (b.source.length() + b.target.length());
    }

    private static char joinedChar(Edge e, int i) {
        int s = e.source.length();
        return i < s ? e.source.charAt(i) : i == s ? '\u0000' : e.target.charAt(i - s - 1);
    }

    /** The same entries, iterated in key order as a TreeMap was, looked up by hash. */
    private static <V> Map<String, V> inKeyOrder(Map<String, V> map) {
        String[] keys = map.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        Map<String, V> sorted = new LinkedHashMap<>(keys.length * 4 / 3 + 1);
        for (String key : keys) {
            sorted.put(key, map.get(key));
        }
        return sorted;
    }

    /** The pass over the occurrences this graph was read from (the listing, links and counts use it). */
    OccurrencePass occurrences() {
        return occurrences;
    }

    private Map<Long, DeviceNode> loadDevices(Connection db) throws SQLException {
        Map<Long, DeviceNode> byId = new HashMap<>();
        Map<Long, String[]> info = new HashMap<>();
        Map<Long, TreeSet<String>> owned = new HashMap<>();
        Map<Long, String> firstPhone = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, label, platform FROM devices")) {
            while (rs.next()) {
                info.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                owned.put(rs.getLong(1), new TreeSet<>());
            }
        }
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT DISTINCT o.device_id, i.key, i.type FROM owner_identifiers o"
                        + " JOIN identifiers i ON i.id = o.identifier_id ORDER BY i.key")) {
            while (rs.next()) {
                owned.get(rs.getLong(1)).add(rs.getString(2));
                if ("phone".equals(rs.getString(3))) {
                    firstPhone.putIfAbsent(rs.getLong(1), rs.getString(2));
                }
            }
        }
        for (Map.Entry<Long, String[]> d : info.entrySet()) {
            String label = d.getValue()[0];
            String node = firstPhone.getOrDefault(d.getKey(), "device:" + label);
            DeviceNode device = new DeviceNode(label, d.getValue()[1], node, owned.get(d.getKey()));
            byId.put(d.getKey(), device);
            devices.put(label, device);
            addNode(node).ownedBy.add(label);
            for (String key : owned.get(d.getKey())) {
                addNode(key).ownedBy.add(label);
            }
        }
        return byId;
    }

    /**
     * The graph's share of the pass over the occurrences, fed in table order: calls and messages
     * become edges, group sends reach the group's members, contact entries become contact edges.
     *
     * <p>The same event logged on two phones is merged only between logs of different devices
     * ({@link SameEvent}), within one (source, target, kind) sorted by time. One end of a log is
     * its device's node, the other the identifier: unless that identifier is another device's
     * node, or two devices share one node (a phone and its SIM card), the logs of a (source,
     * target, kind) all come from one device and are counted as they come. Only those others are
     * kept and merged at the end: memory holds the communications between seized devices, not all.
     */
    private final class OccurrenceRows implements OccurrencePass.Rows {
        private final Map<Long, DeviceNode> byId;
        private final Set<String> deviceNodes = new HashSet<>();
        private final Set<String> sharedNodes = new HashSet<>();
        private final List<Log> kept = new ArrayList<>();
        private final List<Log> betweenDevices = new ArrayList<>();
        private final Map<String, Map<String, Boolean>> members = new HashMap<>(); // device + group → member → strong
        private final List<Object[]> sends = new ArrayList<>();
        private final Map<String, String[]> contacts = new HashMap<>(); // owner, contact, device → {name}

        OccurrenceRows(Map<Long, DeviceNode> byId) {
            this.byId = byId;
            for (DeviceNode d : byId.values()) {
                if (!deviceNodes.add(d.node())) {
                    sharedNodes.add(d.node());
                }
            }
        }

        @Override
        public void row(OccurrencePass.Row row) {
            OccurrencePass.Reading r = row.reading;
            boolean linkingChosen = r.linking() && r.chosen();
            boolean calls = "calls".equals(row.recordTable);
            if (!row.earlierVersion && (calls || "messages".equals(row.recordTable)) && linkingChosen
                    && row.ownersParty) {
                communication(row, calls);
            }
            if (!row.earlierVersion && (row.groupSend
                    || ("contacts".equals(row.recordTable) && row.groupMemberRole && linkingChosen))) {
                groupList(row);
            }
            if (row.contactRole && linkingChosen) {
                contact(row);
            }
        }

        /** Incoming records, and the sender of a received message, point at the owner. */
        private void communication(OccurrencePass.Row row, boolean call) {
            DeviceNode device = byId.get(row.deviceId);
            if (device == null) {
                return; // an occurrence of no device of the case: no owner to draw it from
            }
            String key = row.identifier.key();
            String src = row.inbound ? key : device.node();
            String dst = row.inbound ? device.node() : key;
            if (src.equals(dst)) {
                return; // the owner's own number among a message's recipients
            }
            String kind = call ? "call" : "message";
            if (deviceNodes.contains(key)) {
                // A pair of two seized phones' nodes gathers the logs of both owners' identifiers
                // (A's call to B on A's phone, the same call from A on B's): merged together, last
                betweenDevices.add(new Log(src, dst, kind, row.time, row.deviceId, row.durationSeconds,
                        row.reading.strong(), row.id));
            } else if (sharedNodes.contains(device.node())) {
                kept.add(new Log(src, dst, kind, row.time, row.deviceId, row.durationSeconds, row.reading.strong(),
                        row.id));
            } else {
                // the edge of each (identifier, device, inbound) counted as it comes: looked up once
                OccurrencePass.OnDevice on = row.onDevice;
                Edge e = row.inbound ? on.inboundEdge : on.outboundEdge;
                if (e == null) {
                    e = edge(src, dst);
                    e.devices.add(device.label()); // the only device of its logs
                    if (row.inbound) {
                        on.inboundEdge = e;
                    } else {
                        on.outboundEdge = e;
                    }
                }
                count(e, call, row.time, row.timeKey, row.durationSeconds, row.reading.strong());
            }
        }

        /**
         * A message the owner sent to a group reached every member of the group's list that the
         * same phone keeps (a contact record whose account is the app's {@code …-group:} and the
         * group's raw id): one log from the owner to each of them, which is how an announcement
         * group makes its admin central. A received group message needs nothing more: its sender
         * is its party.
         */
        private void groupList(OccurrencePass.Row row) {
            if ("messages".equals(row.recordTable)) {
                sends.add(new Object[] {row.deviceId, row.reading.raw(), row.time, row.id});
            } else if (row.groupOfList != null) {
                members.computeIfAbsent(row.deviceId + "\u0000" + row.groupOfList, k -> new TreeMap<>())
                        .merge(row.identifier.key(), row.reading.strong(), Boolean::logicalOr);
            }
        }

        /** A contact edge per owner, contact and device, with the first of its names (null first). */
        private void contact(OccurrencePass.Row row) {
            DeviceNode d = byId.get(row.deviceId);
            if (d == null) {
                return; // an occurrence of no device of the case
            }
            String owner = d.node();
            String contact = row.identifier.key();
            if (owner.equals(contact)) {
                return;
            }
            String[] name = contacts.computeIfAbsent(owner + "\u0000" + contact + "\u0000" + d.label(), k -> {
                addNode(owner);
                addNode(contact);
                return new String[] {row.name};
            });
            if (name[0] != null && (row.name == null || BinaryText.compare(row.name, name[0]) < 0)) {
                name[0] = row.name;
            }
        }

        /** Merges what was kept, once every row was read. */
        void finish() {
            merge(kept, byId);
            List<Log> toMembers = new ArrayList<>();
            for (Log log : groupSends()) {
                (deviceNodes.contains(log.dst()) ? betweenDevices : toMembers).add(log);
            }
            merge(toMembers, byId);
            merge(betweenDevices, byId);
            contacts.forEach((k, name) -> {
                String[] parts = k.split("\u0000", -1);
                contactEdges.put(k, new ContactEdge(parts[0], parts[1], parts[2], name[0]));
            });
        }

        private List<Log> groupSends() {
            List<Log> logs = new ArrayList<>();
            for (Object[] send : sends) {
                long device = (Long) send[0];
                DeviceNode owner = byId.get(device);
                Map<String, Boolean> list = members.getOrDefault(device + "\u0000" + send[1], Map.of());
                for (Map.Entry<String, Boolean> member : list.entrySet()) {
                    String key = member.getKey();
                    if (!key.equals(owner.node()) && !owner.ownerKeys().contains(key)) {
                        logs.add(new Log(owner.node(), key, "message", (String) send[2], device, 0, member.getValue(),
                                (Long) send[3]));
                    }
                }
            }
            return logs;
        }
    }

    /** Counts one log into its edge (one that repeats no other device's log of the same event). */
    private static void count(Edge e, boolean call, String time, long timeKey, long duration, boolean strong) {
        if (call) {
            e.calls++;
            e.durationSeconds += duration;
        } else {
            e.messages++;
        }
        e.strong |= strong;
        e.seen(time, timeKey);
    }

    /** One call or message log of a pair, as a device kept it. */
    private record Log(String src, String dst, String kind, String time, long device, long duration, boolean strong,
                       long id) {
    }

    /**
     * Source, target, kind, then time (no time first), then the order the case holds them in;
     * written out rather than chained: the chain's calls through five lambdas were most of the sort.
     */
    private static int compareLogs(Log a, Log b) {
        int c = a.src().compareTo(b.src());
        if (c == 0) {
            c = a.dst().compareTo(b.dst());
        }
        if (c == 0) {
            c = a.kind().compareTo(b.kind());
        }
        if (c == 0 && a.time() != b.time()) {
            c = a.time() == null ? -1 : b.time() == null ? 1 : a.time().compareTo(b.time());
        }
        return c != 0 ? c : Long.compare(a.id(), b.id());
    }

    /**
     * Counts one identifier's logs into the edges, each event logged on two phones once; empties
     * the list. The logs of one (source, target, kind) are consecutive once sorted: the edge is
     * looked up once for them all.
     */
    private void merge(List<Log> logs, Map<Long, DeviceNode> byId) {
        logs.sort(CommunicationGraph::compareLogs);
        int start = 0;
        while (start < logs.size()) {
            Log first = logs.get(start);
            int end = start + 1;
            while (end < logs.size() && samePairAndKind(first, logs.get(end))) {
                end++;
            }
            Edge e = edge(first.src(), first.dst());
            SameEvent recent = new SameEvent();
            for (Log log : logs.subList(start, end)) {
                String label = byId.get(log.device()).label();
                String time = log.time();
                if (time != null && recent.repeat(EpochSeconds.of(time), log.device())) {
                    e.devices.add(label);
                    continue;
                }
                if ("call".equals(log.kind())) {
                    e.calls++;
                    e.durationSeconds += log.duration();
                } else {
                    e.messages++;
                }
                e.strong |= log.strong();
                e.seen(time);
                e.devices.add(label);
            }
            start = end;
        }
        logs.clear();
    }

    private static boolean samePairAndKind(Log a, Log b) {
        return a.src().equals(b.src()) && a.dst().equals(b.dst()) && a.kind().equals(b.kind());
    }

    /** Type, devices and aliases of every node, from the pass's (identifier, device) facts. */
    private void loadNodeFacts(Map<Long, DeviceNode> byId) {
        for (long id : occurrences.identifierIds()) {
            OccurrencePass.Identifier identifier = occurrences.identifier(id);
            Node n = nodes.get(identifier.key());
            if (n == null) {
                continue;
            }
            for (OccurrencePass.OnDevice on : occurrences.onDevices(id)) {
                DeviceNode device = byId.get(on.deviceId);
                if (device == null) {
                    continue; // an occurrence of no device of the case
                }
                n.type = identifier.type();
                n.devices.add(device.label());
                for (String name : on.names.sorted()) {
                    if (!name.isBlank()) {
                        n.names.add(name);
                        n.nameDevices.computeIfAbsent(name, k -> new TreeSet<>()).add(device.label());
                    }
                }
            }
        }
        for (Node n : nodes.values()) {
            if (n.type == null) {
                n.type = n.key.startsWith("device:") ? "device" : "other";
            }
        }
    }

    private Node addNode(String key) {
        return nodes.computeIfAbsent(key, k -> {
            Node n = new Node(k);
            n.index = nodes.size();
            return n;
        });
    }

    private Edge edge(String source, String target) {
        Node from = addNode(source);
        Node to = addNode(target);
        return edgeByNodes.computeIfAbsent(edgeKey(from, to), k -> {
            Edge e = new Edge(source, target);
            e.sourceIndex = from.index;
            e.targetIndex = to.index;
            return e;
        });
    }

    /** The two numbers, multiplied by an odd constant (a bijection) so that Long.hashCode spreads them. */
    private static long edgeKey(Node from, Node to) {
        return ((long) from.index << 32 | to.index) * 0x9E3779B97F4A7C15L;
    }

    /** The edge from one node to another, or null. */
    private Edge edge(Node from, Node to) {
        return from == null || to == null ? null : edgeByNodes.get(edgeKey(from, to));
    }

    /** All edges between two nodes, either direction. */
    public java.util.List<Edge> between(String a, String b) {
        java.util.List<Edge> out = new ArrayList<>();
        Edge ab = edge(nodes.get(a), nodes.get(b));
        Edge ba = edge(nodes.get(b), nodes.get(a));
        if (ab != null) {
            out.add(ab);
        }
        if (ba != null) {
            out.add(ba);
        }
        return out;
    }
}
