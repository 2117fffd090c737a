package org.phonetriage.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** graph.gexf parsed with the JDK's XML parser: GEXF 1.3 dynamic, the graph of graph.graphml. */
class GexfExportTest {

    static final String NS = "http://gexf.net/1.3";

    @TempDir
    static Path tmp;
    static ExportFixture fixture;
    static Document gexf;
    static Document graphml;

    @BeforeAll
    static void export() throws Exception {
        fixture = ExportFixture.create(tmp);
        Path out = fixture.export(tmp.resolve("out"));
        gexf = ExportFixture.parse(out.resolve(GexfExport.FILE_NAME));
        graphml = ExportFixture.parse(out.resolve(GraphMlExport.FILE_NAME));
    }

    @Test
    void isGexf13InDynamicModeWithATimeFormatOfTheSchemaThatNetworkxReads() {
        Element root = gexf.getDocumentElement();
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("gexf", root.getLocalName());
        assertEquals("1.3", root.getAttribute("version"));
        Element graph = (Element) root.getElementsByTagNameNS(NS, "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        // GEXF 1.3's timeformat-type is integer | double | date | dateTime; NetworkX reads the first three
        assertEquals("date", graph.getAttribute("timeformat"));
        assertEquals("directed", graph.getAttribute("defaultedgetype"));
    }

    @Test
    void holdsTheNodesAndEdgesOfTheGraphMl() {
        assertEquals(fixture.expectedNodes(), elements(gexf, NS, "node").size());
        assertEquals(elements(graphml, GraphMlExport.NAMESPACE, "node").size(), elements(gexf, NS, "node").size());
        assertEquals(elements(graphml, GraphMlExport.NAMESPACE, "edge").size(), elements(gexf, NS, "edge").size());
        // same ids, same endpoints, same order
        List<Element> mine = elements(gexf, NS, "edge");
        List<Element> theirs = elements(graphml, GraphMlExport.NAMESPACE, "edge");
        for (int i = 0; i < mine.size(); i++) {
            assertEquals(theirs.get(i).getAttribute("source"), mine.get(i).getAttribute("source"));
            assertEquals(theirs.get(i).getAttribute("target"), mine.get(i).getAttribute("target"));
        }
    }

    @Test
    void communicationEdgesHaveAnIntervalTheOthersExistThroughout() {
        int communication = 0;
        for (Element edge : elements(gexf, NS, "edge")) {
            String kind = edge.getAttribute("kind");
            assertEquals(kind, values(edge).get("kind"), "native kind and attribute agree");
            if (kind.equals("call") || kind.equals("message")) {
                communication++;
                Instant start = Instant.parse(edge.getAttribute("start"));
                Instant end = Instant.parse(edge.getAttribute("end"));
                assertFalse(end.isBefore(start), edge.getAttribute("id"));
                assertNotNull(values(edge).get("calls"));
                assertTrue(Double.parseDouble(edge.getAttribute("weight")) >= 1);
            } else {
                assertFalse(edge.hasAttribute("start") || edge.hasAttribute("end"), kind + " has no interval");
            }
        }
        assertEquals(fixture.graph.edges().size(), communication);
    }

    @Test
    void aliasesAndDevicesAreListsInJsonForm() throws Exception {
        Map<String, String> declared = new HashMap<>();
        for (Element a : elements(gexf, NS, "attribute")) {
            declared.put(((Element) a.getParentNode()).getAttribute("class") + "." + a.getAttribute("id"),
                    a.getAttribute("type"));
        }
        assertEquals("liststring", declared.get("node.names"));
        assertEquals("liststring", declared.get("edge.devices"));
        ObjectMapper json = new ObjectMapper();
        Element pipe = elements(gexf, NS, "node").stream()
                .filter(n -> n.getAttribute("label").equals(ExportFixture.PIPE_NUMBER)).findFirst().orElseThrow();
        assertEquals(List.of(ExportFixture.PIPE_NAME),
                json.readValue(values(pipe).get("names"), new TypeReference<List<String>>() { }));
        for (Element edge : elements(gexf, NS, "edge")) {
            assertFalse(json.readValue(values(edge).get("devices"), new TypeReference<List<String>>() { }).isEmpty());
        }
    }

    @Test
    void everyValueRefersToADeclaredAttribute() {
        Map<String, List<String>> declared = new HashMap<>();
        for (Element attributes : elements(gexf, NS, "attributes")) {
            List<String> ids = new ArrayList<>();
            NodeList list = attributes.getElementsByTagNameNS(NS, "attribute");
            for (int i = 0; i < list.getLength(); i++) {
                ids.add(((Element) list.item(i)).getAttribute("id"));
            }
            declared.put(attributes.getAttribute("class"), ids);
        }
        for (String domain : List.of("node", "edge")) {
            for (Element owner : elements(gexf, NS, domain)) {
                for (String attribute : values(owner).keySet()) {
                    assertTrue(declared.get(domain).contains(attribute), domain + " attribute " + attribute);
                }
            }
        }
    }

    static List<Element> elements(Document doc, String ns, String name) {
        NodeList list = doc.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static Map<String, String> values(Element owner) {
        Map<String, String> out = new HashMap<>();
        NodeList list = owner.getElementsByTagNameNS(NS, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element v = (Element) list.item(i);
            out.put(v.getAttribute("for"), v.getAttribute("value"));
        }
        return out;
    }
}
