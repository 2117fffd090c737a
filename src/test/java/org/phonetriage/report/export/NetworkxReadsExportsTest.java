package org.phonetriage.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.xref.CommunicationGraph;

/**
 * NetworkX, the analysts' Python library, reads graph.graphml and graph.gexf with its plain
 * {@code read_graphml} and {@code read_gexf} (no reader tweaks): every node and edge, the kinds,
 * the aliases as a JSON list, and from the GEXF the same graph with each communication edge's
 * interval. Runs {@code $PHONETRIAGE_PYTHON} (default {@code python3}); skipped where it lacks
 * networkx ({@code .ci/run} installs Debian's python3-networkx then). NetworkX reads GEXF 1.3 from
 * version 3.6 on (earlier ones know GEXF up to 1.2draft and find "no graph element"), so the GEXF
 * half needs 3.6.
 */
class NetworkxReadsExportsTest {

    /** Prints what NetworkX read from the file given, as JSON; argv: format, file, the hub's key. */
    private static final String SCRIPT = String.join("\n",
            "import sys, json, networkx as nx",
            "kind, path, hub = sys.argv[1:4]",
            "g = nx.read_graphml(path) if kind == 'graphml' else nx.read_gexf(path)",
            "start, end = ('first_seen', 'last_seen') if kind == 'graphml' else ('start', 'end')",
            "node = next(d for _, d in g.nodes(data=True) if d.get('key') == hub)",
            "intervals = sorted([g.nodes[s]['key'], g.nodes[t]['key'], d[start], d[end], json.loads(d['devices'])]",
            "                   for s, t, d in g.edges(data=True) if d['kind'] in ('call', 'message'))",
            "print(json.dumps({'size': [g.number_of_nodes(), g.number_of_edges()], 'mode': g.graph.get('mode'),",
            "    'kinds': sorted({d['kind'] for _, _, d in g.edges(data=True)}), 'hub': json.loads(node['names']),",
            "    'intervals': intervals}))");

    @TempDir
    static Path tmp;
    static String python;
    static ExportFixture fixture;
    static Path out;

    @BeforeAll
    static void export() throws Exception {
        python = System.getenv().getOrDefault("PHONETRIAGE_PYTHON", "python3");
        fixture = ExportFixture.create(tmp);
        out = fixture.export(tmp.resolve("out"));
    }

    @Test
    void readsTheGraphml() throws Exception {
        JsonNode read = read("graphml", GraphMlExport.FILE_NAME);
        assertEquals(List.of(fixture.expectedNodes(), fixture.expectedEdges()), ints(read.get("size")));
        assertEquals("[\"call\",\"contact\",\"message\",\"owner\"]", read.get("kinds").toString());
        assertEquals("[\"Chefe\",\"Tio\"]", read.get("hub").toString());
        assertEquals(fixture.graph.edges().size(), read.get("intervals").size());
        CommunicationGraph.Edge first = fixture.graph.edges().iterator().next();
        assertTrue(read.get("intervals").toString().contains("\"" + first.firstSeen + "\""), "times kept as written");
    }

    @Test
    void readsTheGexfToTheSameGraphWithEachEdgesInterval() throws Exception {
        String version = run(List.of(python, "-c", "import networkx; print(networkx.__version__)")).output.strip();
        assumeTrue(atLeast(version, 3, 6), "NetworkX " + version + " reads no GEXF 1.3 (3.6 does)");
        JsonNode gexf = read("gexf", GexfExport.FILE_NAME);
        JsonNode graphml = read("graphml", GraphMlExport.FILE_NAME);
        assertEquals("dynamic", gexf.get("mode").asText());
        assertEquals(graphml.get("size"), gexf.get("size"));
        assertEquals(graphml.get("kinds"), gexf.get("kinds"));
        assertEquals(graphml.get("hub"), gexf.get("hub"));
        assertEquals(graphml.get("intervals"), gexf.get("intervals"), "GEXF start/end are GraphML's first/last seen");
    }

    private JsonNode read(String format, String file) throws Exception {
        assumeTrue(run(List.of(python, "-c", "import networkx")).exitCode == 0, python + " with networkx");
        Result r = run(List.of(python, "-c", SCRIPT, format, out.resolve(file).toString(), ExportFixture.H));
        assertEquals(0, r.exitCode, r.output);
        return new ObjectMapper().readTree(r.output);
    }

    /** Whether a version such as "3.6.1" or "2.8.8" is at least major.minor. */
    private static boolean atLeast(String version, int major, int minor) {
        String[] parts = version.split("\\.");
        try {
            int ma = Integer.parseInt(parts[0]);
            int mi = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
            return ma > major || ma == major && mi >= minor;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out");
            }
            return new Result(p.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.toString()); // no such interpreter
        }
    }
}
