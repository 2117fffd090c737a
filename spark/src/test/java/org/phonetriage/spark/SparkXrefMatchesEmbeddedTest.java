package org.phonetriage.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against the embedded engine on the committed test images: every image in one
 * case ("demo", triaged by the main jar, whose xref.json is the reference) and D01 + D02 in
 * another ("alpha"), exported to one Parquet folder and cross-referenced on local[2]. For the
 * demo case (with an examiner's decisions), the device links, person candidates, persons,
 * communities and shared identifiers must be the same sets
 * with the same fields, and each identifier's degree, communications, PageRank and betweenness
 * those of the embedded graph export (PageRank and betweenness within 1e-9); alpha's hits in demo must be exactly the
 * identifiers both cases hold.
 */
class SparkXrefMatchesEmbeddedTest {

    static final Path ROOT = Path.of(System.getProperty("phonetriage.root", ".."));
    static final Path JAR = Path.of(System.getProperty("phonetriage.jar", "../target/phonetriage.jar"));
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static JsonNode embedded;
    static JsonNode spark;
    static Path demo;
    static Path alpha;
    static String jobErr;

    @BeforeAll
    static void runBothEngines() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built first (mvn package in the main project)");
        // Maria's two numbers on one card in two phone books: a person candidate (the images hold none)
        String maria = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maria\r\nTEL;TYPE=CELL:+33 6 30 00 00 01\r\n"
                + "TEL;TYPE=CELL:+55 21 99300 0001\r\nEND:VCARD\r\n";
        Path vcardA = Files.writeString(tmp.resolve("maria-a.vcf"), maria);
        Path vcardB = Files.writeString(tmp.resolve("maria-b.vcf"), maria.replace("FN:Maria", "FN:Mari"));
        demo = triage("demo", List.of(vcardA.toString(), vcardB.toString(), "test-images/D01-android.tar", "test-images/D02-android.zip",
                "test-images/D03-android", "test-images/D04-android.ab", "test-images/D05-android",
                "test-images/D06-ufdr.ufdr", "test-images/D07-xry", "test-images/D08-axiom.xml", "test-images/D09-csv",
                "test-images/D10-ios-backup", "test-images/D13-android-messengers", "test-images/D14-android-apps.tar",
                "test-images/D15-ios-apps.tar", "test-images/S01-sim", "--map", "test-images/D09-csv.map.yaml",
                "--password", "phonetriage-demo"));
        alpha = triage("alpha", List.of("test-images/D01-android.tar", "test-images/D02-android.zip"));
        sendTwoMessagesToAGroup(demo);
        decideOnePersonLinkEachWay();
        embedded = JSON.readTree(tmp.resolve("demo/xref.json").toFile());

        Path parquet = tmp.resolve("parquet");
        assertEquals(0, spark("export", "--master", "local[2]", "--case", demo.toString(), "--case", alpha.toString(),
                "--parquet", parquet.toString()));
        Path out = tmp.resolve("spark-xref.json");
        Path stats = tmp.resolve("stats.json");
        assertEquals(0, spark("xref", "--master", "local[2]", "--input", parquet.toString(), "--out", out.toString(),
                "--stats", stats.toString()), jobErr);
        spark = JSON.readTree(out.toFile());
        System.out.println("spark xref stages: " + Files.readString(stats));
    }

    /**
     * The images hold no message sent to a group: the phone that keeps a WhatsApp group's member
     * list gets two, as its parser would store them (an outgoing message whose party is the
     * group's reading), so that both engines count them to each member.
     */
    private static void sendTwoMessagesToAGroup(Path caseDb) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + caseDb); Statement st = db.createStatement()) {
            long device;
            long run;
            String group;
            try (ResultSet rs = st.executeQuery("SELECT device_id, run_id, substr(account, 16) FROM contacts"
                    + " WHERE account LIKE 'whatsapp-group:%' ORDER BY id LIMIT 1")) {
                assertTrue(rs.next(), "a WhatsApp group's member list");
                device = rs.getLong(1);
                run = rs.getLong(2);
                group = rs.getString(3);
            }
            long reading;
            long identifier;
            try (ResultSet rs = st.executeQuery("SELECT id, identifier_id FROM readings WHERE raw = '" + group + "'")) {
                assertTrue(rs.next(), "the group " + group + " as a message's party");
                reading = rs.getLong(1);
                identifier = rs.getLong(2);
            }
            for (String time : List.of("2024-03-09T20:00:00Z", "2024-03-10T08:30:00Z")) {
                st.execute("INSERT INTO messages (device_id, run_id, kind, direction, time_utc, body) VALUES ("
                        + device + ", " + run + ", 'whatsapp', 'outgoing', '" + time + "', 'Reunião amanhã')");
                st.execute("INSERT INTO occurrences (identifier_id, reading_id, device_id, role, record_table,"
                        + " record_id, party_role) VALUES (" + identifier + ", " + reading + ", " + device
                        + ", 'whatsapp-message', 'messages', last_insert_rowid(), 'group')");
            }
        }
    }

    /**
     * The examiner rejects the first link that is no proof and accepts Maria's candidate, and the
     * demo's xref.json is written again: both engines must honour the decisions.
     */
    private static void decideOnePersonLinkEachWay() throws Exception {
        JsonNode first = JSON.readTree(tmp.resolve("demo/xref.json").toFile());
        String link = null;
        for (JsonNode p : first.get("persons")) {
            for (JsonNode proof : p.get("proofs")) {
                if (link == null && proof.hasNonNull("id")) {
                    link = proof.get("id").asText();
                }
            }
        }
        assertTrue(link != null, "the demo has a link that is no proof (an app's account and number)");
        String candidate = first.at("/person_candidates/0/id").asText();
        String caseDb = demo.toString();
        phonetriage(List.of("persons", "--case", caseDb, "--examiner", "test", "reject", link));
        phonetriage(List.of("persons", "--case", caseDb, "--examiner", "test", "accept", candidate));
        phonetriage(List.of("report", "--quiet", "--case", caseDb, "--out", tmp.resolve("demo").toString(),
                "--format", "json,graphml"));
    }

    private static int spark(String... args) {
        StringWriter err = new StringWriter();
        int code = SparkMain.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        jobErr = err.toString();
        return code;
    }

    private static Path triage(String name, List<String> evidence) throws Exception {
        List<String> args = new ArrayList<>(List.of("triage", "--quiet", "--out", tmp.resolve(name).toString()));
        args.addAll(evidence);
        phonetriage(args);
        return tmp.resolve(name).resolve("case.db");
    }

    /** The main jar in its own JVM (its libraries are not Spark's), from the project's root. */
    private static void phonetriage(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        int code = p.waitFor();
        assertTrue(code == 0 || code == 3, "phonetriage " + args + " exited " + code + ": " + output);
    }

    private static JsonNode sparkCase(String name) {
        for (JsonNode c : spark.get("cases")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no case " + name + " in the Spark output");
    }

    /** A folder where no case has a row of a table (no examiner's decision anywhere) is still read. */
    @Test
    void aTableNoCaseHasRowsOfIsReadEmpty() throws Exception {
        Path parquet = tmp.resolve("parquet-alpha");
        assertEquals(0, spark("export", "--master", "local[2]", "--case", alpha.toString(), "--parquet",
                parquet.toString()), jobErr);
        Path out = tmp.resolve("spark-alpha.json");
        assertEquals(0, spark("xref", "--master", "local[2]", "--input", parquet.toString(), "--out", out.toString()),
                jobErr);
        JsonNode c = JSON.readTree(out.toFile()).at("/cases/0");
        assertEquals("alpha", c.get("name").asText());
        assertTrue(c.get("persons").size() >= 2, c.toString());
    }

    @Test
    void deviceLinksAreTheSame() {
        assertTrue(embedded.get("device_links").size() > 3);
        assertEquals(embedded.get("device_links"), sparkCase("demo").get("device_links"));
    }

    @Test
    void personCandidatesAreTheSame() {
        assertTrue(embedded.get("person_candidates").size() > 0, "Maria's cards");
        assertEquals(embedded.get("person_candidates"), sparkCase("demo").get("person_candidates"));
    }

    @Test
    void personsAreTheSameWithTheirProofsNamesAndDecisions() {
        // key players are the embedded engine's alone
        JsonNode mine = embedded.get("persons").deepCopy();
        JsonNode theirs = sparkCase("demo").get("persons").deepCopy();
        for (JsonNode persons : List.of(mine, theirs)) {
            persons.forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove("key_player_rank"));
        }
        assertTrue(mine.toString().contains("\"decision\":\"rejected\""), "a rejected link");
        assertTrue(mine.toString().contains("examiner-accepted"), "an accepted pair");
        assertTrue(mine.toString().contains("telegram-phone") && mine.toString().contains("same-owner"), "proofs");
        assertEquals(mine, theirs);
    }

    @Test
    void communitiesAreTheSame() {
        assertTrue(embedded.get("communities").size() >= 2, embedded.get("communities").toString());
        assertEquals(embedded.get("communities"), sparkCase("demo").get("communities"));
    }

    @Test
    void sharedIdentifiersAreTheSameWithTheirDevicesAndAliases() {
        for (String section : List.of("identifiers", "service_identifiers")) {
            Map<String, JsonNode> mine = byKey(embedded.get(section));
            Map<String, JsonNode> theirs = byKey(sparkCase("demo").get(section));
            assertFalse(theirs.isEmpty() && !mine.isEmpty(), section);
            // xref.json also lists what its key players and common contacts name
            Set<String> onlyNamedThere = new TreeSet<>(mine.keySet());
            onlyNamedThere.removeAll(theirs.keySet());
            onlyNamedThere.removeAll(namedByTheSectionsSparkDoesNotCompute());
            assertEquals(Set.of(), onlyNamedThere, section + " listed by the embedded engine only");
            for (Map.Entry<String, JsonNode> e : theirs.entrySet()) {
                assertEquals(mine.get(e.getKey()), e.getValue(), section + " " + e.getKey());
            }
        }
    }

    private static Set<String> namedByTheSectionsSparkDoesNotCompute() {
        Set<String> keys = new TreeSet<>();
        embedded.get("key_players").forEach(k -> keys.add(k.get("key").asText()));
        embedded.get("common_contacts").forEach(c -> c.get("keys").forEach(m -> keys.add(m.asText())));
        return keys;
    }

    /**
     * The identifier network's measures, as the embedded engine writes them in graph.graphml (the
     * key players of xref.json rank persons, which Spark does not compute): degree and PageRank
     * per identifier node, communications as the weights of its call and message edges.
     */
    @Test
    void degreeCommunicationsPageRankAndBetweennessMatchTheEmbeddedGraph() throws Exception {
        Map<String, JsonNode> network = byKey(sparkCase("demo").get("network"));
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(tmp.resolve("demo/graph.graphml").toFile());
        Map<String, Map<String, String>> nodes = new HashMap<>();
        var nodeList = doc.getElementsByTagName("node");
        for (int i = 0; i < nodeList.getLength(); i++) {
            var node = (org.w3c.dom.Element) nodeList.item(i);
            nodes.put(node.getAttribute("id"), data(node));
        }
        Map<String, Long> communications = new HashMap<>();
        var edgeList = doc.getElementsByTagName("edge");
        for (int i = 0; i < edgeList.getLength(); i++) {
            var edge = (org.w3c.dom.Element) edgeList.item(i);
            Map<String, String> d = data(edge);
            if (Set.of("call", "message").contains(d.get("e_kind"))) {
                long weight = Long.parseLong(d.get("e_weight"));
                for (String end : List.of(edge.getAttribute("source"), edge.getAttribute("target"))) {
                    String key = nodes.get(end).get("n_key");
                    if (key != null) {
                        communications.merge(key, weight, Long::sum);
                    }
                }
            }
        }
        int compared = 0;
        int betweenness = 0;
        for (Map<String, String> d : nodes.values()) {
            String key = d.get("n_key");
            if (key == null || !network.containsKey(key) || Long.parseLong(d.get("n_degree")) == 0) {
                continue;
            }
            JsonNode n = network.get(key);
            assertEquals(Long.parseLong(d.get("n_degree")), n.get("degree").asLong(), key);
            assertEquals(communications.getOrDefault(key, 0L), n.get("communications").asLong(), key);
            assertEquals(Double.parseDouble(d.get("n_pagerank")), n.get("pagerank").asDouble(), 1e-9, key);
            assertEquals(Double.parseDouble(d.get("n_betweenness")), n.get("betweenness").asDouble(), 1e-9, key);
            betweenness += n.get("betweenness").asDouble() > 0 ? 1 : 0;
            compared++;
        }
        assertTrue(compared > 10, "every identifier of the network: " + compared);
        assertTrue(betweenness > 3, "nodes that bridge others: " + betweenness);
    }

    private static Map<String, String> data(org.w3c.dom.Element e) {
        Map<String, String> out = new HashMap<>();
        var list = e.getElementsByTagName("data");
        for (int i = 0; i < list.getLength(); i++) {
            var d = (org.w3c.dom.Element) list.item(i);
            out.put(d.getAttribute("key"), d.getTextContent());
        }
        return out;
    }

    @Test
    void eachCaseHitsExactlyWhatTheOtherHolds() throws Exception {
        Map<String, Set<String>> demoDevices = countedDevices(demo);
        Map<String, Set<String>> alphaDevices = countedDevices(alpha);
        Set<String> shared = new TreeSet<>(alphaDevices.keySet());
        shared.retainAll(demoDevices.keySet());
        assertTrue(shared.size() > 10);
        JsonNode hits = sparkCase("alpha").get("other_cases");
        assertEquals(shared, byKey(hits).keySet());
        for (JsonNode h : hits) {
            assertEquals(1, h.get("cases").size());
            assertEquals("demo", h.at("/cases/0/name").asText());
            Set<String> labels = new TreeSet<>();
            h.at("/cases/0/devices").forEach(d -> labels.add(d.get("label").asText()));
            assertEquals(demoDevices.get(h.get("key").asText()), labels, h.get("key").asText());
        }
        assertEquals(shared, byKey(sparkCase("demo").get("other_cases")).keySet());
    }

    /** The devices holding each key at a counted level, read from the case database itself. */
    private static Map<String, Set<String>> countedDevices(Path caseDb) throws Exception {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + caseDb); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT o.key, d.label FROM occurrence_details o"
                     + " JOIN devices d ON d.id = o.device_id WHERE o.level IN ('strong','candidate','service')")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    private static Map<String, JsonNode> byKey(JsonNode list) {
        Map<String, JsonNode> out = new HashMap<>();
        list.forEach(n -> out.put(n.get("key").asText(), n));
        return out;
    }
}
