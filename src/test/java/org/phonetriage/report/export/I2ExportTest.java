package org.phonetriage.report.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.query.CsvRows;
import org.phonetriage.report.CsvTable;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.CommunicationGraph;
import org.phonetriage.xref.Network;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** i2/links.csv holds one row per edge of the graph; i2/case.anx is a self-consistent chart. */
class I2ExportTest {

    @TempDir
    static Path tmp;
    static ExportFixture fixture;
    static Path folder;

    @BeforeAll
    static void export() throws Exception {
        fixture = ExportFixture.create(tmp);
        folder = fixture.export(tmp.resolve("out")).resolve(I2Export.FOLDER);
    }

    @Test
    void linksCsvRoundTripsToTheEdgesOfTheGraph() throws Exception {
        String text = Files.readString(folder.resolve(I2Export.LINKS_FILE));
        assertEquals(I2Export.LINKS_HEADER, CsvRows.header(text));
        List<Map<String, String>> rows = CsvRows.parse(text);
        List<String> read = new ArrayList<>();
        for (Map<String, String> r : rows) {
            read.add(String.join("|", r.get("from_identity"), r.get("to_identity"), r.get("link_type"),
                    r.get("calls"), r.get("messages"), r.get("duration_s"), r.get("first_seen"), r.get("last_seen"),
                    r.get("devices")));
        }
        assertEquals(fixture.expectedEdges(), read.size());
        assertEquals(expectedRows(fixture.graph), new TreeSet<>(read));
        Map<String, String> hubCall = rows.stream().filter(r -> r.get("from_identity").equals(ExportFixture.H)
                && r.get("to_identity").equals(ExportFixture.A1)).findFirst().orElseThrow();
        assertEquals("Phone", hubCall.get("from_type"));
        assertEquals("Chefe | Tio", hubCall.get("from_label"));
        assertTrue(rows.stream().anyMatch(r -> r.get("from_type").equals("Seized device")
                && r.get("to_identity").equals(ExportFixture.ICCID_B2) && r.get("to_type").equals("ICCID")));
    }

    /**
     * links.csv, encoded by the export itself, is byte for byte what {@link CsvTable} writes of the
     * same values (the writer it had), guard on and off: quoted, guarded and non-ASCII names.
     */
    @Test
    void linksCsvIsWhatCsvTableWritesOfTheLinks() throws Exception {
        ExportGraph graph;
        Path copy = tmp.resolve("formula-names.db");
        Files.copy(fixture.caseFile, copy);
        try (Connection db = CaseDb.open(copy, false); Statement st = db.createStatement()) {
            // names a spreadsheet would evaluate: guarded only with the guard on
            for (String table : List.of("contacts", "occurrences")) {
                st.execute("UPDATE " + table + " SET name = '=HYPERLINK(1)' WHERE name = 'Tio'");
                st.execute("UPDATE " + table + " SET name = '@chefe' WHERE name = 'Chefe'");
            }
            Network network = Network.load(db);
            graph = ExportGraph.of(network.graph(), network.metrics(), fixture.xref.persons());
        }
        for (boolean guard : List.of(true, false)) {
            Path written = new I2Export(graph, fixture.xref, guard).write(tmp.resolve("guard-" + guard))
                    .resolve(I2Export.LINKS_FILE);
            Path reference = tmp.resolve("reference-" + guard + ".csv");
            try (CsvTable csv = CsvTable.create(reference, I2Export.LINKS_HEADER, I2Export.LINKS_IDENTIFIERS)
                    .formulaGuard(guard)) {
                for (ExportGraph.Link link : graph.links()) {
                    ExportGraph.ExportNode from = link.source();
                    ExportGraph.ExportNode to = link.target();
                    csv.row(from.identity(), AnbEntityType.of(from).name(), I2Export.label(from), to.identity(),
                            AnbEntityType.of(to).name(), I2Export.label(to), link.kind(), link.firstSeen(),
                            link.lastSeen(), link.calls(), link.messages(), link.durationSeconds(),
                            ListText.joined(link.devices()));
                }
                csv.commit();
            }
            String text = Files.readString(reference);
            assertTrue(text.contains("\"<b>&\"\"'\"") && text.contains("Doe;John\u0007"), "hostile names in the rows");
            assertEquals(guard, text.contains("'=HYPERLINK(1) | @chefe"), text);
            assertEquals(text, Files.readString(written), "guard " + guard);
            assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(written), "guard " + guard);
        }
    }

    /** The rows as the graph itself gives them, independent of the export code. */
    private static Set<String> expectedRows(CommunicationGraph g) {
        Set<String> rows = new TreeSet<>();
        for (CommunicationGraph.Edge e : g.edges()) {
            rows.add(String.join("|", e.source, e.target, e.calls > 0 ? "call" : "message", "" + e.calls,
                    "" + e.messages, "" + e.durationSeconds, e.firstSeen, e.lastSeen, String.join(" | ", e.devices)));
        }
        for (CommunicationGraph.ContactEdge c : g.contactEdges()) {
            rows.add(String.join("|", c.owner(), c.contact(), "contact", "", "", "", "", "", c.device()));
        }
        for (CommunicationGraph.DeviceNode d : g.devices()) {
            Set<String> owners = new TreeSet<>(d.ownerKeys());
            owners.add(d.node());
            for (String key : owners) {
                rows.add(String.join("|", d.label(), key, "owner", "", "", "", "", "", d.label()));
            }
        }
        return rows;
    }

    @Test
    void everyLinkEndIsAnEntityOfTheChart() throws Exception {
        Document anx = ExportFixture.parse(folder.resolve(I2Export.CHART_FILE));
        Element chart = anx.getDocumentElement();
        assertEquals("Chart", chart.getTagName());
        assertEquals("false", chart.getAttribute("IdReferenceLinking"));
        Set<String> entityIds = new HashSet<>();
        for (Element entity : elements(anx, "Entity")) {
            assertTrue(entityIds.add(entity.getAttribute("EntityId")), "entity ids are unique");
            assertFalse(entity.getAttribute("Identity").isEmpty());
        }
        assertEquals(fixture.expectedNodes(), entityIds.size());
        List<Element> links = elements(anx, "Link");
        assertEquals(fixture.expectedEdges(), links.size());
        for (Element link : links) {
            assertTrue(entityIds.contains(link.getAttribute("End1Id")), link.getAttribute("End1Id"));
            assertTrue(entityIds.contains(link.getAttribute("End2Id")), link.getAttribute("End2Id"));
        }
        Set<String> types = new HashSet<>();
        elements(anx, "EntityType").forEach(t -> types.add(t.getAttribute("Name")));
        for (Element style : elements(anx, "IconStyle")) {
            assertTrue(types.contains(style.getAttribute("Type")), "icon type is a declared entity type");
        }
        Set<String> classes = new HashSet<>();
        elements(anx, "AttributeClass").forEach(c -> classes.add(c.getAttribute("Name")));
        for (Element attribute : elements(anx, "Attribute")) {
            assertTrue(classes.contains(attribute.getAttribute("AttributeClass")));
        }
    }

    @Test
    void numbersHaveThePhoneIconAndDevicesTheirOwn() throws Exception {
        Document anx = ExportFixture.parse(folder.resolve(I2Export.CHART_FILE));
        Element hub = elements(anx, "Entity").stream()
                .filter(e -> e.getAttribute("Identity").equals(ExportFixture.H)).findFirst().orElseThrow();
        assertEquals("Phone", ((Element) hub.getElementsByTagName("IconStyle").item(0)).getAttribute("Type"));
        assertEquals("Chefe | Tio", ((Element) hub.getParentNode().getParentNode()).getAttribute("Label"));
        Element sim = elements(anx, "Entity").stream()
                .filter(e -> e.getAttribute("Identity").equals("S-B2")).findFirst().orElseThrow();
        assertEquals("Seized device", ((Element) sim.getElementsByTagName("IconStyle").item(0)).getAttribute("Type"));
    }

    @Test
    void markupInANameSurvivesAsText() throws Exception {
        Path file = folder.resolve(I2Export.CHART_FILE);
        Document anx = ExportFixture.parse(file);
        assertTrue(elements(anx, "ChartItem").stream()
                .anyMatch(i -> i.getAttribute("Label").equals(ExportFixture.MARKUP_NAME)), "the contact link's label");
        assertTrue(elements(anx, "Attribute").stream().anyMatch(a -> a.getAttribute("AttributeClass").equals("Saved as")
                && a.getAttribute("Value").equals(ExportFixture.MARKUP_NAME)));
        assertFalse(Files.readString(file).contains("<b>"), "never written as markup");
        List<Map<String, String>> rows = CsvRows.parse(Files.readString(folder.resolve(I2Export.LINKS_FILE)));
        assertTrue(rows.stream().anyMatch(r -> r.get("to_label").contains(ExportFixture.MARKUP_NAME)));
    }

    @Test
    void listsAreJoinedWithTheSeparatorEscapedInsideANameAndSplitBack() throws Exception {
        List<Map<String, String>> rows = CsvRows.parse(Files.readString(folder.resolve(I2Export.LINKS_FILE)));
        Map<String, String> saved = rows.stream().filter(r -> r.get("to_identity").equals(ExportFixture.PIPE_NUMBER))
                .findFirst().orElseThrow();
        assertEquals("Doe \\| John \\\\ Jr", saved.get("to_label"));
        assertEquals(List.of(ExportFixture.PIPE_NAME), ListText.split(saved.get("to_label")));
        Map<String, String> hub = rows.stream().filter(r -> r.get("from_identity").equals(ExportFixture.H))
                .findFirst().orElseThrow();
        assertEquals(List.of("Chefe", "Tio"), ListText.split(hub.get("from_label")));
        assertEquals(List.of("a", "", "b | c\\"), ListText.split(ListText.joined(List.of("a", "", "b | c\\"))));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
