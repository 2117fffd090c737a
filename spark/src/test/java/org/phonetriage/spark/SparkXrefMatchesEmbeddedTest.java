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
import org.phonetriage.xref.rules.PageRankRule;

/**
 * The Spark job against the embedded engine on the committed test images: every image in one
 * case ("demo", triaged by the main jar, whose xref.json is the reference) and D01 + D02 in
 * another ("alpha"), exported to one Parquet folder and cross-referenced on local[2]. For the
 * demo case, the device links, person candidates and shared identifiers must be the same sets
 * with the same fields, degree and communications equal, and PageRank within 1e-9 of xref.json's
 * key players; alpha's hits in demo must be exactly the identifiers both cases hold.
 */
class SparkXrefMatchesEmbeddedTest {

    static final Path ROOT = Path.of(System.getProperty("phonetriage.root", ".."));
    static final Path JAR = Path.of(System.getProperty("phonetriage.jar", "../target/phonetriage.jar"));
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static JsonNode embedded;
    static JsonNode byPageRank;
    static JsonNode spark;
    static Path demo;
    static Path alpha;
    static String jobErr;

    @BeforeAll
    static void runBothEngines() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built first (mvn package in the main project)");
        demo = triage("demo", List.of("test-images/D01-android.tar", "test-images/D02-android.zip",
                "test-images/D03-android", "test-images/D04-android.ab", "test-images/D05-android",
                "test-images/D06-ufdr.ufdr", "test-images/D07-xry", "test-images/D08-axiom.xml", "test-images/D09-csv",
                "test-images/D10-ios-backup", "test-images/S01-sim", "--map", "test-images/D09-csv.map.yaml",
                "--password", "phonetriage-demo"));
        alpha = triage("alpha", List.of("test-images/D01-android.tar", "test-images/D02-android.zip"));
        embedded = JSON.readTree(tmp.resolve("demo/xref.json").toFile());
        Path pr = tmp.resolve("pagerank.json");
        phonetriage(List.of("xref", "--case", demo.toString(), "--metric", "pagerank", "--top", "1000000", "--out",
                pr.toString()));
        byPageRank = JSON.readTree(pr.toFile());

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

    @Test
    void deviceLinksAreTheSame() {
        assertTrue(embedded.get("device_links").size() > 3);
        assertEquals(embedded.get("device_links"), sparkCase("demo").get("device_links"));
    }

    @Test
    void personCandidatesAreTheSame() {
        assertTrue(embedded.get("person_candidates").size() > 0, "the images hold person candidates");
        assertEquals(embedded.get("person_candidates"), sparkCase("demo").get("person_candidates"));
    }

    @Test
    void sharedIdentifiersAreTheSameWithTheirDevicesAndAliases() {
        for (String section : List.of("identifiers", "service_identifiers")) {
            Map<String, JsonNode> mine = byKey(embedded.get(section));
            Map<String, JsonNode> theirs = byKey(sparkCase("demo").get(section));
            assertFalse(theirs.isEmpty() && !mine.isEmpty(), section);
            // xref.json also lists what its key players, communities and common contacts name
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
        embedded.get("communities").forEach(c -> c.get("members").forEach(m -> keys.add(m.asText())));
        embedded.get("common_contacts").forEach(c -> c.get("keys").forEach(m -> keys.add(m.asText())));
        return keys;
    }

    @Test
    void degreeCommunicationsAndPageRankMatchTheKeyPlayers() {
        Map<String, JsonNode> network = byKey(sparkCase("demo").get("network"));
        JsonNode players = byPageRank.get("key_players");
        assertTrue(players.size() > 10, "every ranked identifier of the core");
        for (JsonNode p : players) {
            JsonNode n = network.get(p.get("key").asText());
            assertTrue(n != null, p.get("key").asText());
            assertEquals(p.get("degree").asLong(), n.get("degree").asLong(), p.toString());
            assertEquals(p.get("communications").asLong(), n.get("communications").asLong(), p.toString());
            assertEquals(p.get("score").asDouble(), PageRankRule.listed(n.get("pagerank").asDouble()), 1e-9,
                    p.toString());
        }
        // and the same for the default ranking's degrees
        for (JsonNode p : embedded.get("key_players")) {
            assertEquals(p.get("degree").asLong(), network.get(p.get("key").asText()).get("degree").asLong());
        }
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
