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
 * Writes {@code graph.gexf}: the nodes and edges of graph.graphml (same ids, same kinds, see
 * {@link GraphMlExport}) in GEXF 1.3 dynamic mode for Gephi's timeline, read by NetworkX's
 * {@code read_gexf} as it is. A communication edge exists from its first to its last call or
 * message ({@code start}/{@code end}, UTC date-times, see {@link #TIME_FORMAT});
 * contact and owner edges, and all nodes, have no interval and so exist throughout. The edge kind
 * is written both as GEXF's own {@code kind} (so Gephi keeps a contact entry and a communication
 * between the same two identifiers apart instead of merging them) and as a typed attribute (so it
 * shows as a column and reaches readers that ignore {@code kind}). Aliases and an edge's devices
 * are {@code liststring}s written as JSON arrays ({@link ListText#json}). No modification date in
 * {@code <meta>}: two runs over one case give identical files.
 */
public final class GexfExport {

    public static final String FILE_NAME = "graph.gexf";
    static final String NAMESPACE = "http://gexf.net/1.3";
    /**
     * GEXF 1.3 allows integer, double, date and dateTime; NetworkX's reader knows only integer,
     * double and date (as text: {@code datetime} and {@code dateTime} are a KeyError), Gephi all of
     * them. The values stay full UTC date-times, which the schema's time type (a union with
     * xs:dateTime) allows under any format and Gephi parses to the millisecond whatever it says.
     */
    static final String TIME_FORMAT = "date";

    private record Attribute(String id, String type) {
    }

    private static final List<Attribute> NODE_ATTRIBUTES = List.of(
            new Attribute("key", "string"), new Attribute("type", "string"),
            new Attribute("seized", "boolean"), new Attribute("devices", "integer"),
            new Attribute("degree", "long"), new Attribute("betweenness", "double"),
            new Attribute("pagerank", "double"), new Attribute("community", "integer"),
            new Attribute("names", "liststring"), new Attribute("device", "string"),
            new Attribute("platform", "string"), new Attribute("person", "string"));
    private static final List<Attribute> EDGE_ATTRIBUTES = List.of(
            new Attribute("kind", "string"), new Attribute("calls", "long"),
            new Attribute("messages", "long"), new Attribute("duration_s", "long"),
            new Attribute("devices", "liststring"), new Attribute("name", "string"));

    private final ExportGraph graph;

    public GexfExport(CommunicationGraph graph, NetworkMetrics metrics) {
        this(ExportGraph.of(graph, metrics));
    }

    GexfExport(ExportGraph graph) {
        this.graph = graph;
    }

    /** Writes {@code outDir/graph.gexf} and returns its path. */
    public Path write(Path outDir) throws IOException {
        Path file = outDir.resolve(FILE_NAME);
        try (XmlOutput xml = XmlOutput.create(file)) {
            xml.root("gexf", NAMESPACE);
            xml.schemaLocation(NAMESPACE, "http://gexf.net/1.3/gexf.xsd");
            xml.attribute("version", "1.3");
            xml.start("meta");
            xml.element("creator", "phonetriage");
            xml.element("description", "Communication graph of a case: identifiers, seized devices, "
                    + "calls, messages, contact entries and ownership");
            xml.end();
            xml.start("graph");
            xml.attribute("defaultedgetype", "directed");
            xml.attribute("mode", "dynamic");
            xml.attribute("timeformat", TIME_FORMAT);
            xml.attribute("timezone", "UTC");
            declare(xml, "node", NODE_ATTRIBUTES);
            declare(xml, "edge", EDGE_ATTRIBUTES);
            xml.start("nodes");
            for (ExportNode node : graph.nodes()) {
                writeNode(xml, node);
            }
            xml.end();
            xml.start("edges");
            for (Link link : graph.links()) {
                writeEdge(xml, link);
            }
            xml.end();
            xml.commit();
        }
        return file;
    }

    private static void declare(XmlOutput xml, String domain, List<Attribute> attributes) throws IOException {
        xml.start("attributes");
        xml.attribute("class", domain);
        xml.attribute("mode", "static");
        for (Attribute a : attributes) {
            xml.empty("attribute");
            xml.attribute("id", a.id());
            xml.attribute("title", a.id());
            xml.attribute("type", a.type());
        }
        xml.end();
    }

    private void writeNode(XmlOutput xml, ExportNode node) throws IOException {
        xml.start("node");
        xml.attribute("id", node.id());
        xml.attribute("label", node.identity());
        xml.start("attvalues");
        for (Map.Entry<String, Object> a : graph.attributes(node).entrySet()) {
            value(xml, a.getKey(), ListText.jsonIfList(a.getValue()));
        }
        xml.end();
        xml.end();
    }

    private static void writeEdge(XmlOutput xml, Link link) throws IOException {
        xml.start("edge");
        xml.attribute("id", link.id());
        xml.attribute("source", link.source().id());
        xml.attribute("target", link.target().id());
        xml.attribute("kind", link.kind());
        xml.attribute("weight", link.weight());
        xml.attribute("start", link.firstSeen());
        xml.attribute("end", link.lastSeen());
        xml.start("attvalues");
        value(xml, "kind", link.kind());
        value(xml, "calls", link.calls());
        value(xml, "messages", link.messages());
        value(xml, "duration_s", link.durationSeconds());
        value(xml, "devices", ListText.json(link.devices()));
        value(xml, "name", link.name());
        xml.end();
        xml.end();
    }

    private static void value(XmlOutput xml, String attribute, Object value) throws IOException {
        if (value == null) {
            return;
        }
        xml.empty("attvalue");
        xml.attribute("for", attribute);
        xml.attribute("value", value);
    }
}
