package org.phonetriage.report.export;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.phonetriage.xref.CommunicationGraph;
import org.phonetriage.xref.CommunicationGraph.ContactEdge;
import org.phonetriage.xref.CommunicationGraph.DeviceNode;
import org.phonetriage.xref.CommunicationGraph.Edge;
import org.phonetriage.xref.CommunicationGraph.Node;
import org.phonetriage.xref.Network;
import org.phonetriage.xref.NetworkMetrics;
import org.phonetriage.xref.XrefReport.Person;

/**
 * The communication graph as every export writes it, so graph.graphml, graph.gexf, i2/ and
 * neo4j/ hold the same nodes and edges under the same ids.
 *
 * <p>Nodes: one per identifier ({@code n0, n1, …} in key order), then one per seized device
 * ({@code d0, d1, …} in label order). Ids are short tokens rather than keys because GraphML
 * requires XML name tokens and a key may hold {@code +}, {@code @} or spaces; each file carries
 * the key beside the id. Ids depend only on the case, so two runs give the same ids. Each node
 * names the proven person (xref.json {@code persons[]}) its identifier, or its device's owner,
 * belongs to.
 *
 * <p>Edges, in this order:
 * <ul>
 * <li>{@code call} / {@code message}: one edge per initiator → recipient pair (an edge logged on
 *     both phones is one edge with merged counts). Its kind is {@code call} when the pair has at
 *     least one call, else {@code message}; both carry calls, messages, duration, first/last seen,
 *     so {@code kind ∈ {call, message}} selects all communication and the counts give the split.
 *     One edge per pair rather than one per kind because first/last seen are kept per pair.</li>
 * <li>{@code contact}: a number saved in a device's contacts (owner → contact, one per device),
 *     with the name it is saved under; never communication.</li>
 * <li>{@code owner}: seized device → each of its owner identifiers, and → its stand-in
 *     {@code device:LABEL} node when no owner number is known (so no device is left isolated).</li>
 * </ul>
 */
final class ExportGraph {

    static final String CALL = "call";
    static final String MESSAGE = "message";
    static final String CONTACT = "contact";
    static final String OWNER = "owner";
    /** The type given to seized-device nodes, beside the identifier types. */
    static final String SEIZED_DEVICE = "seized-device";

    /** A node: an identifier, or a seized device (exactly one of the two is set). */
    record ExportNode(String id, Node identifier, DeviceNode device) {
        boolean isDevice() {
            return device != null;
        }

        /** The canonical key of an identifier, the label of a device. */
        String identity() {
            return isDevice() ? device.label() : identifier.key;
        }

        String type() {
            return isDevice() ? SEIZED_DEVICE : identifier.type;
        }

        List<String> names() {
            return isDevice() ? List.of() : List.copyOf(identifier.names);
        }
    }

    /** An edge of any kind; counts and times are null where the kind has none. */
    record Link(String id, String kind, ExportNode source, ExportNode target, Long calls, Long messages,
                Long durationSeconds, String firstSeen, String lastSeen, List<String> devices, String name) {
        boolean isCommunication() {
            return calls != null;
        }

        /** Calls + messages for communication, null otherwise. */
        Long weight() {
            return isCommunication() ? calls + messages : null;
        }
    }

    private final NetworkMetrics metrics;
    /** The id of the proven person (xref.json persons[]) each identifier belongs to. */
    private final Map<String, String> personOf = new HashMap<>();
    private final List<ExportNode> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, ExportNode> byKey = new HashMap<>();

    private ExportGraph(NetworkMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * A node's data, by attribute name, in the order GraphML and GEXF declare them: a device's
     * label and platform, or an identifier's key, type, seized, devices, metrics and aliases. The
     * aliases are a list (each format writes it in its list form, see {@link ListText}); a value
     * that does not apply (no aliases, no community) is null and left out.
     */
    Map<String, Object> attributes(ExportNode node) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        if (node.isDevice()) {
            values.put("device", node.device().label());
            values.put("platform", node.device().platform());
            values.put("person", personOf.get(node.device().node()));
            return values;
        }
        String key = node.identifier().key;
        values.put("key", key);
        values.put("type", node.type());
        values.put("seized", node.identifier().seized());
        values.put("devices", node.identifier().devices.size());
        values.put("degree", metrics.degree(key));
        values.put("betweenness", metrics.score("betweenness", key));
        values.put("pagerank", metrics.score("pagerank", key));
        int community = metrics.community(key);
        values.put("community", community == 0 ? null : community);
        values.put("names", node.names().isEmpty() ? null : node.names());
        values.put("person", personOf.get(key));
        return values;
    }

    /** Loads the graph of a case and computes its metrics; its nodes name these persons. */
    static ExportGraph load(Connection db, List<Person> persons) throws SQLException {
        Network network = Network.load(db);
        return of(network.graph(), network.metrics(), persons);
    }

    static ExportGraph of(CommunicationGraph graph, NetworkMetrics metrics) {
        return of(graph, metrics, List.of());
    }

    /**
     * The graph, each identifier (and each seized device, by its owner's node) naming the person
     * of {@code persons} it belongs to, so a graph tool can group a person's numbers and accounts.
     */
    static ExportGraph of(CommunicationGraph graph, NetworkMetrics metrics, List<Person> persons) {
        ExportGraph g = new ExportGraph(metrics);
        for (Person p : persons) {
            p.keys().forEach(k -> g.personOf.putIfAbsent(k, p.id()));
            g.personOf.putIfAbsent(p.key(), p.id());
        }
        for (Node n : graph.nodes()) {
            ExportNode node = new ExportNode("n" + g.nodes.size(), n, null);
            g.nodes.add(node);
            g.byKey.put(n.key, node);
        }
        List<ExportNode> devices = new ArrayList<>();
        for (DeviceNode d : graph.devices()) {
            devices.add(new ExportNode("d" + devices.size(), null, d));
        }
        g.nodes.addAll(devices);
        for (Edge e : graph.edges()) {
            g.link(e.calls > 0 ? CALL : MESSAGE, g.byKey.get(e.source), g.byKey.get(e.target), e.calls,
                    e.messages, e.durationSeconds, e.firstSeen, e.lastSeen, List.copyOf(e.devices), null);
        }
        for (ContactEdge c : graph.contactEdges()) {
            g.link(CONTACT, g.byKey.get(c.owner()), g.byKey.get(c.contact()), null, null, null, null, null,
                    List.of(c.device()), c.name());
        }
        for (ExportNode device : devices) {
            TreeSet<String> owners = new TreeSet<>(device.device().ownerKeys());
            owners.add(device.device().node());
            for (String key : owners) {
                g.link(OWNER, device, g.byKey.get(key), null, null, null, null, null,
                        List.of(device.device().label()), null);
            }
        }
        return g;
    }

    private void link(String kind, ExportNode source, ExportNode target, Long calls, Long messages, Long duration,
                      String first, String last, List<String> devices, String name) {
        links.add(new Link("e" + links.size(), kind, source, target, calls, messages, duration, first, last,
                devices, name));
    }

    /** Identifiers in key order, then seized devices in label order. */
    List<ExportNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** Communication edges, then contact edges, then owner edges. */
    List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    NetworkMetrics metrics() {
        return metrics;
    }
}
