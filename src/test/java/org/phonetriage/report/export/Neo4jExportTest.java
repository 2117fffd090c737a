package org.phonetriage.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.query.CsvRows;
import org.phonetriage.store.CaseDb;

/** neo4j/ CSVs in the neo4j-admin import format, closed under relationship endpoints. */
class Neo4jExportTest {

    static final String DELIMITER = String.valueOf(Neo4jExport.ARRAY_DELIMITER);

    @TempDir
    static Path tmp;
    static ExportFixture fixture;
    static String nodesText;
    static String relationshipsText;
    static Path folder;

    @BeforeAll
    static void export() throws Exception {
        fixture = ExportFixture.create(tmp);
        folder = fixture.export(tmp.resolve("out")).resolve(Neo4jExport.FOLDER);
        nodesText = Files.readString(folder.resolve(Neo4jExport.NODES_FILE));
        relationshipsText = Files.readString(folder.resolve(Neo4jExport.RELATIONSHIPS_FILE));
    }

    @Test
    void headersAreExactlyTheImportHeaders() {
        assertTrue(nodesText.startsWith("id:ID(Identifier),key,type,seized:boolean,devices:int,names:string[],:LABEL,person\n"));
        assertTrue(relationshipsText.startsWith(":START_ID(Identifier),:END_ID(Identifier),:TYPE,calls:int,"
                + "messages:int,duration_s:long,first_seen:datetime,last_seen:datetime\n"));
    }

    @Test
    void everyRelationshipEndpointIsANode() {
        List<Map<String, String>> nodes = CsvRows.parse(nodesText);
        List<Map<String, String>> relationships = CsvRows.parse(relationshipsText);
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> assertTrue(ids.add(n.get("id:ID(Identifier)")), "ids are unique"));
        assertEquals(fixture.expectedNodes(), nodes.size());
        assertEquals(fixture.expectedEdges(), relationships.size());
        for (Map<String, String> r : relationships) {
            assertTrue(ids.contains(r.get(":START_ID(Identifier)")), r.toString());
            assertTrue(ids.contains(r.get(":END_ID(Identifier)")), r.toString());
            assertTrue(Set.of("CALL", "MESSAGE", "CONTACT", "OWNER").contains(r.get(":TYPE")), r.toString());
        }
    }

    @Test
    void namesAndLabelsAreArraysOnTheUnitSeparator() {
        Map<String, String> hub = CsvRows.parse(nodesText).stream()
                .filter(n -> n.get("key").equals(ExportFixture.H)).findFirst().orElseThrow();
        assertEquals(List.of("Chefe", "Tio"), List.of(hub.get("names:string[]").split(DELIMITER)));
        assertEquals(List.of("Identifier", "Phone"), List.of(hub.get(":LABEL").split(DELIMITER)));
        assertEquals("false", hub.get("seized:boolean"));
        Map<String, String> b2 = CsvRows.parse(nodesText).stream()
                .filter(n -> n.get("key").equals("+351910000002")).findFirst().orElseThrow();
        assertEquals(List.of(ExportFixture.CONTROL_NAME), List.of(b2.get("names:string[]").split(DELIMITER)),
                "a ';' in a name does not split it");
        assertTrue(CsvRows.parse(nodesText).stream().anyMatch(n -> n.get(":LABEL").equals("Device")
                && n.get("key").equals("S-B2")));
    }

    @Test
    void oneNodePerDeviceOfTheCaseAndOnePerIdentifier() throws Exception {
        Map<String, Integer> byLabel = new java.util.TreeMap<>();
        Set<String> deviceKeys = new HashSet<>();
        Set<String> identifierKeys = new HashSet<>();
        for (Map<String, String> n : CsvRows.parse(nodesText)) {
            List<String> labels = List.of(n.get(":LABEL").split(DELIMITER));
            labels.forEach(l -> byLabel.merge(l, 1, Integer::sum));
            assertTrue(labels.contains("Device") != labels.contains("Identifier"), "a device or an identifier: " + n);
            assertTrue((labels.contains("Device") ? deviceKeys : identifierKeys).add(n.get("key")), "one node each: " + n);
        }
        List<String> caseDevices = new ArrayList<>();
        int identifiersOfTheCase;
        try (Connection db = CaseDb.open(fixture.caseFile, false); Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT label FROM devices")) {
                while (rs.next()) {
                    caseDevices.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM identifiers WHERE key IN ("
                    + String.join(",", identifierKeys.stream().map(k -> "'" + k.replace("'", "''") + "'").toList())
                    + ")")) {
                identifiersOfTheCase = rs.getInt(1);
            }
        }
        assertEquals(new HashSet<>(caseDevices), deviceKeys);
        assertEquals(caseDevices.size(), byLabel.get("Device"), "MATCH (d:Device) counts the seized devices");
        // every identifier node is an identifier of the case, but for the stand-in of U1, whose number is unknown
        assertEquals(Set.of("device:U1"), identifierKeys.stream().filter(k -> k.startsWith("device:")).collect(
                java.util.stream.Collectors.toSet()));
        assertEquals(identifierKeys.size() - 1, identifiersOfTheCase);
        assertEquals(1, byLabel.get("DeviceOwner"));
        assertEquals(fixture.graph.nodes().size(), byLabel.get("Identifier"));
    }

    @Test
    void theReadmeGivesTheImportCommand() throws Exception {
        String readme = Files.readString(folder.resolve(Neo4jExport.README_FILE));
        assertTrue(readme.contains("neo4j-admin database import full"), readme);
        assertTrue(readme.contains("--array-delimiter=U+001F"), readme);
    }
}
