package org.phonetriage.report.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.phonetriage.report.export.ExportGraph.ExportNode;
import org.phonetriage.report.export.ExportGraph.Link;
import org.phonetriage.xref.CommunicationGraph;
import org.phonetriage.xref.NetworkMetrics;

/**
 * Writes {@code graph.graphml} (docs/outputs.md): a directed graph for Gephi, yEd, Cytoscape,
 * NetworkX, JGraphT or Neo4j's {@code apoc.import.graphml}.
 *
 * <p>Identifier nodes carry {@code key}, {@code type}, {@code seized}, {@code devices} (how many
 * devices hold it), {@code degree}, {@code betweenness}, {@code pagerank}, {@code community}
 * (absent when in none) and {@code names} (its aliases as a JSON array of strings, see
 * {@link ListText#json}); seized-device nodes carry {@code device} (the label) and
 * {@code platform}; both carry {@code person}, the id of the proven person (xref.json
 * {@code persons[]}) the identifier or the device's owner is, absent when none. Edge {@code kind} is one of:
 * <ul>
 * <li>{@code call} or {@code message}: communication from initiator to recipient, one edge per
 *     ordered pair; {@code call} when the pair has at least one call, else {@code message}. Both
 *     carry {@code weight} (calls + messages), {@code calls}, {@code messages}, {@code duration_s},
 *     {@code first_seen}, {@code last_seen} (UTC), {@code devices} (labels that logged it, a JSON array). So
 *     "kind is call or message" selects all communication; the counts give the split.</li>
 * <li>{@code contact}: a contact-book entry (owner → saved number) with {@code name} and the
 *     {@code devices} holding it; the weaker kind, never counted as communication.</li>
 * <li>{@code owner}: seized device → each of its owner identifiers.</li>
 * </ul>
 * Node ids are {@code n0…} (identifiers, key order) and {@code d0…} (devices, label order): GraphML
 * ids must be XML name tokens, which keys such as {@code +336…} or {@code alpha:My Bank} are not.
 * Values absent for a kind are omitted, not written empty. Key declarations come before the graph,
 * as the GraphML schema requires.
 */
public final class GraphMlExport {

    public static final String FILE_NAME = "graph.graphml";
    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    /** A {@code <key>} declaration; ids are prefixed n_/e_ since node and edge share "devices". */
    private record Key(String id, String domain, String name, String type) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("n_key", "node", "key", "string"),
            new Key("n_type", "node", "type", "string"),
            new Key("n_seized", "node", "seized", "boolean"),
            new Key("n_devices", "node", "devices", "int"),
            new Key("n_degree", "node", "degree", "long"),
            new Key("n_betweenness", "node", "betweenness", "double"),
            new Key("n_pagerank", "node", "pagerank", "double"),
            new Key("n_community", "node", "community", "int"),
            new Key("n_names", "node", "names", "string"),
            new Key("n_device", "node", "device", "string"),
            new Key("n_platform", "node", "platform", "string"),
            new Key("n_person", "node", "person", "string"),
            new Key("e_kind", "edge", "kind", "string"),
            new Key("e_weight", "edge", "weight", "long"),
            new Key("e_calls", "edge", "calls", "long"),
            new Key("e_messages", "edge", "messages", "long"),
            new Key("e_duration_s", "edge", "duration_s", "long"),
            new Key("e_first_seen", "edge", "first_seen", "string"),
            new Key("e_last_seen", "edge", "last_seen", "string"),
            new Key("e_devices", "edge", "devices", "string"),
            new Key("e_name", "edge", "name", "string"));

    private final ExportGraph graph;

    public GraphMlExport(CommunicationGraph graph, NetworkMetrics metrics) {
        this(ExportGraph.of(graph, metrics));
    }

    GraphMlExport(ExportGraph graph) {
        this.graph = graph;
    }

    /** Writes {@code outDir/graph.graphml} and returns its path. */
    public Path write(Path outDir) throws IOException {
        Path file = outDir.resolve(FILE_NAME);
        try (XmlOutput xml = XmlOutput.create(file)) {
            xml.root("graphml", NAMESPACE);
            xml.schemaLocation(NAMESPACE, "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            for (Key key : KEYS) {
                xml.empty("key");
                xml.attribute("id", key.id());
                xml.attribute("for", key.domain());
                xml.attribute("attr.name", key.name());
                xml.attribute("attr.type", key.type());
            }
            xml.start("graph");
            xml.attribute("id", "communication");
            xml.attribute("edgedefault", "directed");
            for (ExportNode node : graph.nodes()) {
                writeNode(xml, node);
            }
            for (Link link : graph.links()) {
                writeEdge(xml, link);
            }
            xml.commit();
        }
        return file;
    }

    private void writeNode(XmlOutput xml, ExportNode node) throws IOException {
        xml.start("node");
        xml.attribute("id", node.id());
        for (Map.Entry<String, Object> a : graph.attributes(node).entrySet()) {
            data(xml, "n_" + a.getKey(), ListText.jsonIfList(a.getValue()));
        }
        xml.end();
    }

    private static void writeEdge(XmlOutput xml, Link link) throws IOException {
        xml.start("edge");
        xml.attribute("id", link.id());
        xml.attribute("source", link.source().id());
        xml.attribute("target", link.target().id());
        data(xml, "e_kind", link.kind());
        data(xml, "e_weight", link.weight());
        data(xml, "e_calls", link.calls());
        data(xml, "e_messages", link.messages());
        data(xml, "e_duration_s", link.durationSeconds());
        data(xml, "e_first_seen", link.firstSeen());
        data(xml, "e_last_seen", link.lastSeen());
        data(xml, "e_devices", ListText.json(link.devices()));
        data(xml, "e_name", link.name());
        xml.end();
    }

    /** {@code <data key="…">value</data>}, nothing for a null value. */
    private static void data(XmlOutput xml, String key, Object value) throws IOException {
        if (value == null) {
            return;
        }
        xml.start("data");
        xml.attribute("key", key);
        xml.text(value.toString());
        xml.end();
    }
}
