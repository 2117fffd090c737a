package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.store.OccurrenceFacts;
import org.phonetriage.xref.rules.EpochSeconds;
import org.phonetriage.xref.rules.OccurrenceSql;
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
        public final Set<String> devices = new TreeSet<>();

        Edge(String source, String target) {
            this.source = source;
            this.target = target;
        }

        public long weight() {
            return calls + messages;
        }

        void seen(String time) {
            if (time != null) {
                firstSeen = firstSeen == null || time.compareTo(firstSeen) < 0 ? time : firstSeen;
                lastSeen = lastSeen == null || time.compareTo(lastSeen) > 0 ? time : lastSeen;
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

        Node(String key) {
            this.key = key;
        }

        public boolean seized() {
            return !ownedBy.isEmpty();
        }
    }

    private final Map<String, Node> nodes = new TreeMap<>();
    private final Map<String, Edge> edges = new TreeMap<>();
    private final Map<String, ContactEdge> contactEdges = new TreeMap<>();
    private final Map<String, DeviceNode> devices = new TreeMap<>();

    private CommunicationGraph() {
    }

    public Collection<Node> nodes() {
        return nodes.values();
    }

    public Node node(String key) {
        return nodes.get(key);
    }

    public Collection<Edge> edges() {
        return edges.values();
    }

    public Collection<ContactEdge> contactEdges() {
        return contactEdges.values();
    }

    public Collection<DeviceNode> devices() {
        return devices.values();
    }

    /** Reads the graph from a case; deterministic, whatever order the devices were ingested in. */
    public static CommunicationGraph load(Connection db) throws SQLException {
        try (OccurrenceFacts facts = OccurrenceFacts.read(db)) {
            CommunicationGraph g = new CommunicationGraph();
            Map<Long, DeviceNode> byId = g.loadDevices(db);
            g.loadCommunications(db, byId);
            g.loadContacts(db, byId);
            g.loadNodeFacts(db, byId);
            return g;
        }
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
     * Streams every call and message occurrence, one identifier at a time as the shared facts
     * hold them ({@link OccurrenceFacts}: no sort of the whole case), sorts each identifier's by
     * (source, target, kind, time) and merges the logs of one event kept on two phones; memory
     * holds one identifier's communications.
     */
    private void loadCommunications(Connection db, Map<Long, DeviceNode> byId) throws SQLException {
        // incoming records, and the sender of a received message, point at the owner; the rows
        // come per identifier, so its key is read once, and the device's node is known here
        String sql = "SELECT o.identifier_id, i.key, " + OccurrenceSql.inbound("o") + ", o.record_table = 'calls',"
                + " o.time_utc, o.device_id, o.duration_s, " + OccurrenceSql.strong("r") + ", o.id"
                + " FROM " + OccurrenceFacts.TABLE + " o JOIN readings r ON r.id = o.reading_id"
                + " JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE o.record_table IN ('calls','messages') AND " + OccurrenceSql.linking("r")
                + " AND " + OccurrenceSql.chosen("r") + " AND " + OccurrenceSql.ownersParty("o")
                + " AND o.earlier_version = 0"
                + " ORDER BY o.identifier_id, o.device_id, o.id"; // the table's own order
        // A pair of two seized phones' nodes gathers the logs of both owners' identifiers (A's
        // call to B on A's phone, the same call from A on B's): those are merged together, last.
        Set<String> deviceNodes = new HashSet<>();
        byId.values().forEach(d -> deviceNodes.add(d.node()));
        List<Log> logs = new ArrayList<>();
        List<Log> betweenDevices = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            long identifier = -1;
            String key = null;
            List<Log> into = logs;
            while (rs.next()) {
                if (rs.getLong(1) != identifier) {
                    merge(logs, byId);
                    identifier = rs.getLong(1);
                    key = rs.getString(2);
                    into = deviceNodes.contains(key) ? betweenDevices : logs;
                }
                DeviceNode device = byId.get(rs.getLong(6));
                if (device == null) {
                    continue; // an occurrence of no device of the case: no owner to draw it from
                }
                boolean inbound = rs.getBoolean(3);
                String src = inbound ? key : device.node();
                String dst = inbound ? device.node() : key;
                if (!src.equals(dst)) { // else the owner's own number among a message's recipients
                    into.add(new Log(src, dst, rs.getBoolean(4) ? "call" : "message", rs.getString(5),
                            rs.getLong(6), rs.getLong(7), rs.getBoolean(8), rs.getLong(9)));
                }
            }
        }
        merge(logs, byId);
        List<Log> toMembers = new ArrayList<>();
        for (Log log : groupSends(db, byId)) {
            (deviceNodes.contains(log.dst()) ? betweenDevices : toMembers).add(log);
        }
        merge(toMembers, byId);
        merge(betweenDevices, byId);
    }

    /**
     * A message the owner sent to a group reached every member of the group's list that the same
     * phone keeps (a contact record whose account is the app's {@code …-group:} and the group's
     * raw id): one log from the owner to each of them, which is how an announcement group makes
     * its admin central. A received group message needs nothing more: its sender is its party.
     */
    private static List<Log> groupSends(Connection db, Map<Long, DeviceNode> byId) throws SQLException {
        String sql = "SELECT o.device_id, o.record_table, r.raw, " + OccurrenceSql.groupOfList("ct.account")
                + ", i.key, o.time_utc, o.id, " + OccurrenceSql.strong("r")
                + " FROM " + OccurrenceFacts.TABLE + " o JOIN readings r ON r.id = o.reading_id"
                + " JOIN identifiers i ON i.id = o.identifier_id"
                + " LEFT JOIN contacts ct ON o.record_table = 'contacts' AND ct.id = o.record_id"
                + " WHERE o.earlier_version = 0 AND (" + OccurrenceSql.groupSend("o") + " OR (o.record_table = 'contacts'"
                + " AND " + OccurrenceSql.groupMember("o", "r") + "))";
        Map<String, Map<String, Boolean>> members = new HashMap<>(); // device + group → member → strong
        List<Object[]> sends = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long device = rs.getLong(1);
                if ("messages".equals(rs.getString(2))) {
                    sends.add(new Object[] {device, rs.getString(3), rs.getString(6), rs.getLong(7)});
                    continue;
                }
                String group = rs.getString(4);
                if (group != null) {
                    members.computeIfAbsent(device + "\u0000" + group, k -> new TreeMap<>())
                            .merge(rs.getString(5), rs.getBoolean(8), Boolean::logicalOr);
                }
            }
        }
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

    /** One call or message log of a pair, as a device kept it. */
    private record Log(String src, String dst, String kind, String time, long device, long duration, boolean strong,
                       long id) {
    }

    /** Source, target, kind, then time (no time first), then the order the case holds them in. */
    private static final Comparator<Log> LOG_ORDER = Comparator.comparing(Log::src).thenComparing(Log::dst)
            .thenComparing(Log::kind).thenComparing(Log::time, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Log::id);

    /**
     * Counts one identifier's logs into the edges, each event logged on two phones once; empties
     * the list. The logs of one (source, target, kind) are consecutive once sorted: the edge is
     * looked up once for them all.
     */
    private void merge(List<Log> logs, Map<Long, DeviceNode> byId) {
        logs.sort(LOG_ORDER);
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

    private void loadContacts(Connection db, Map<Long, DeviceNode> byId) throws SQLException {
        String sql = "SELECT o.device_id, o.key, o.name FROM occurrence_details o"
                + " WHERE " + OccurrenceSql.contactEntry("o") + " ORDER BY o.key, o.device_id, o.name";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                DeviceNode d = byId.get(rs.getLong(1));
                String owner = d.node();
                String contact = rs.getString(2);
                if (owner.equals(contact)) {
                    continue;
                }
                String device = d.label();
                contactEdges.putIfAbsent(owner + "\u0000" + contact + "\u0000" + device,
                        new ContactEdge(owner, contact, device, rs.getString(3)));
                addNode(owner);
                addNode(contact);
            }
        }
    }

    /** Type, devices and aliases of every node, in one pass over the occurrences of listed keys. */
    private void loadNodeFacts(Connection db, Map<Long, DeviceNode> byId) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("DROP TABLE IF EXISTS temp.graph_keys");
            st.execute("CREATE TEMP TABLE graph_keys(key TEXT PRIMARY KEY)");
        }
        try (var ps = db.prepareStatement("INSERT INTO temp.graph_keys VALUES (?)")) {
            for (String key : nodes.keySet()) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
        }
        // distinct (identifier, device, name) of the shared facts first: grouping every occurrence
        // by key text sorted the whole case
        String sql = "SELECT i.key, i.type, o.device_id, o.name FROM (SELECT DISTINCT identifier_id, device_id, name"
                + " FROM " + OccurrenceFacts.TABLE + ") o JOIN identifiers i ON i.id = o.identifier_id"
                + " JOIN temp.graph_keys g ON g.key = i.key";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                DeviceNode device = byId.get(rs.getLong(3));
                if (device == null) {
                    continue; // an occurrence of no device of the case
                }
                Node n = nodes.get(rs.getString(1));
                n.type = rs.getString(2);
                n.devices.add(device.label());
                String name = rs.getString(4);
                if (name != null && !name.isBlank()) {
                    n.names.add(name);
                    n.nameDevices.computeIfAbsent(name, k -> new TreeSet<>()).add(device.label());
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
        return nodes.computeIfAbsent(key, Node::new);
    }

    private Edge edge(String source, String target) {
        addNode(source);
        addNode(target);
        return edges.computeIfAbsent(source + "\u0000" + target, k -> new Edge(source, target));
    }

    /** All edges between two nodes, either direction. */
    public java.util.List<Edge> between(String a, String b) {
        java.util.List<Edge> out = new ArrayList<>();
        Edge ab = edges.get(a + "\u0000" + b);
        Edge ba = edges.get(b + "\u0000" + a);
        if (ab != null) {
            out.add(ab);
        }
        if (ba != null) {
            out.add(ba);
        }
        return out;
    }
}
