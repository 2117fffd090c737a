package org.phonetriage.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** graph.graphml read back by a real consumer: JGraphT's GraphML importer, schema validation on. */
class GraphMlExportTest {

    @TempDir
    static Path tmp;
    static ExportFixture fixture;
    static Path file;
    static Graph<String, DefaultEdge> graph;
    static final Map<String, Map<String, String>> nodeData = new HashMap<>();
    static final Map<DefaultEdge, Map<String, String>> edgeData = new HashMap<>();
    static final Map<String, AttributeType> types = new HashMap<>();

    @BeforeAll
    static void exportAndImport() throws Exception {
        fixture = ExportFixture.create(tmp);
        file = fixture.export(tmp.resolve("out")).resolve(GraphMlExport.FILE_NAME);
        graph = new DirectedPseudograph<>(null, DefaultEdge::new, false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> {
            nodeData.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue());
            types.put("node." + p.getSecond(), a.getType());
        });
        importer.addEdgeAttributeConsumer((p, a) -> {
            edgeData.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue());
            types.put("edge." + p.getSecond(), a.getType());
        });
        try (Reader in = Files.newBufferedReader(file)) {
            importer.importGraph(graph, in);
        }
    }

    @Test
    void validatesAgainstTheGraphMlSchemaWithKeysBeforeTheGraph() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(GraphMLImporter.class.getClassLoader().getResource("graphml.xsd"));
        schema.newValidator().validate(new StreamSource(file.toFile()));
        String text = Files.readString(file);
        assertTrue(text.lastIndexOf("<key ") < text.indexOf("<graph "), "every <key> precedes <graph>");
        assertTrue(text.contains("edgedefault=\"directed\""));
    }

    @Test
    void holdsEveryIdentifierDeviceAndEdge() {
        assertEquals(fixture.expectedNodes(), graph.vertexSet().size());
        assertEquals(fixture.expectedEdges(), graph.edgeSet().size());
        Set<String> kinds = edgeData.values().stream().map(d -> d.get("kind")).collect(Collectors.toSet());
        assertEquals(Set.of("call", "message", "contact", "owner"), kinds);
    }

    @Test
    void attributesAreTyped() {
        assertEquals(AttributeType.BOOLEAN, types.get("node.seized"));
        assertEquals(AttributeType.INT, types.get("node.devices"));
        assertEquals(AttributeType.DOUBLE, types.get("node.betweenness"));
        assertEquals(AttributeType.LONG, types.get("edge.calls"));
        assertEquals(AttributeType.STRING, types.get("edge.first_seen"));
    }

    @Test
    void theUnseizedHubIsAnIdentifierNodeWithItsMetricsAndAliases() {
        Map<String, String> hub = node(ExportFixture.H);
        assertEquals("false", hub.get("seized"));
        assertEquals("phone", hub.get("type"));
        assertEquals("3", hub.get("devices"));
        assertEquals("[\"Chefe\",\"Tio\"]", hub.get("names"), "a JSON array of the aliases");
        assertTrue(Double.parseDouble(hub.get("pagerank")) > 0);
        assertTrue(Long.parseLong(hub.get("degree")) >= 3, hub.toString());
        assertEquals("true", node(ExportFixture.A1).get("seized"));
    }

    @Test
    void communicationEdgesGoFromInitiatorToRecipientWithWeightAndTimes() {
        String a1 = id(ExportFixture.A1);
        String hub = id(ExportFixture.H);
        DefaultEdge call = edgesOfKind("call").stream()
                .filter(e -> graph.getEdgeSource(e).equals(hub) && graph.getEdgeTarget(e).equals(a1))
                .findFirst().orElseThrow();
        Map<String, String> d = edgeData.get(call);
        assertEquals("1", d.get("calls"));
        assertEquals("1", d.get("weight"));
        assertEquals("120", d.get("duration_s"));
        assertEquals("2024-03-01T11:00:00Z", d.get("first_seen"));
        for (DefaultEdge e : edgesOfKind("call")) {
            Map<String, String> c = edgeData.get(e);
            assertEquals(Long.parseLong(c.get("calls")) + Long.parseLong(c.get("messages")),
                    Long.parseLong(c.get("weight")));
        }
        // the A1 → A2 call was logged on both phones: one edge, counted once
        DefaultEdge twice = edgesOfKind("call").stream()
                .filter(e -> graph.getEdgeSource(e).equals(a1) && graph.getEdgeTarget(e).equals(id("+33610000002")))
                .findFirst().orElseThrow();
        assertEquals("1", edgeData.get(twice).get("calls"));
        assertEquals("[\"A1\",\"A2\"]", edgeData.get(twice).get("devices"));
    }

    @Test
    void aPhoneAndTheSimFoundApartNameOnePersonAsTheirNumberAndCardDo() {
        String person = fixture.xref.persons().stream().filter(p -> p.keys().contains(ExportFixture.ICCID_B2))
                .findFirst().orElseThrow().id();
        for (Map<String, String> node : nodeData.values()) {
            boolean hers = "S-B2".equals(node.get("device")) || ExportFixture.ICCID_B2.equals(node.get("key"))
                    || "+351910000002".equals(node.get("key"));
            if (hers) {
                assertEquals(person, node.get("person"), node.toString());
            }
        }
        assertFalse(nodeData.values().stream().filter(n -> ExportFixture.H.equals(n.get("key")))
                .findFirst().orElseThrow().containsKey("person"), "the unseized boss is a lone number: no person");
    }

    @Test
    void ownerEdgesLeaveDeviceNodes() {
        List<DefaultEdge> owners = edgesOfKind("owner");
        assertFalse(owners.isEmpty());
        for (DefaultEdge e : owners) {
            assertTrue(nodeData.get(graph.getEdgeSource(e)).containsKey("device"), "source is a device node");
            assertTrue(nodeData.get(graph.getEdgeTarget(e)).containsKey("key"), "target is an identifier");
        }
        Set<String> simOwners = owners.stream().filter(e -> "S-B2".equals(nodeData.get(graph.getEdgeSource(e)).get("device")))
                .map(e -> nodeData.get(graph.getEdgeTarget(e)).get("key")).collect(Collectors.toSet());
        assertTrue(simOwners.contains(ExportFixture.ICCID_B2), simOwners.toString());
        // a phone with no known own number still owns its stand-in node
        assertTrue(owners.stream().anyMatch(e -> "device:U1".equals(nodeData.get(graph.getEdgeTarget(e)).get("key"))));
        assertEquals("android", nodeData.values().stream().filter(n -> "U1".equals(n.get("device")))
                .findFirst().orElseThrow().get("platform"));
    }

    @Test
    void markupAndControlCharactersInNamesSurviveAsText() throws Exception {
        Set<String> contactNames = edgesOfKind("contact").stream().map(e -> edgeData.get(e).get("name"))
                .collect(Collectors.toSet());
        assertTrue(contactNames.contains(ExportFixture.MARKUP_NAME), contactNames.toString());
        assertTrue(contactNames.contains("Doe;John\uFFFD"), "a control character XML cannot hold is replaced");
        assertEquals(List.of(ExportFixture.MARKUP_NAME), names(ExportFixture.B1));
    }

    @Test
    void aNameHoldingTheSeparatorReadsBackAsOneName() throws Exception {
        assertEquals(List.of(ExportFixture.PIPE_NAME), names(ExportFixture.PIPE_NUMBER));
        assertEquals(null, node(ExportFixture.PIPE_NUMBER).get("community"), "no community: no value");
    }

    private static List<String> names(String key) throws Exception {
        return new ObjectMapper().readValue(node(key).get("names"), new TypeReference<List<String>>() { });
    }

    private static List<DefaultEdge> edgesOfKind(String kind) {
        return graph.edgeSet().stream().filter(e -> kind.equals(edgeData.get(e).get("kind"))).toList();
    }

    private static String id(String key) {
        return nodeData.entrySet().stream().filter(e -> key.equals(e.getValue().get("key")))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no node " + key));
    }

    private static Map<String, String> node(String key) {
        return nodeData.get(id(key));
    }
}
