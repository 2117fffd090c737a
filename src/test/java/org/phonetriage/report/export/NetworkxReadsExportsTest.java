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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.xref.CommunicationGraph;

/**
 * NetworkX, the analysts' Python library, reads graph.graphml and graph.gexf with its plain
 * {@code read_graphml} and {@code read_gexf} (no reader tweaks) to the same graph: the same nodes,
 * edges and kinds, the aliases as a JSON list in both, and every communication edge's interval.
 * Runs {@code $PHONETRIAGE_PYTHON} (default {@code python3}); skipped where it lacks networkx
 * ({@code .ci/run} installs Debian's python3-networkx).
 */
class NetworkxReadsExportsTest {

    private static final String SCRIPT = String.join("\n",
            "import sys, json, networkx as nx",
            "g = nx.read_graphml(sys.argv[1])",
            "x = nx.read_gexf(sys.argv[2])",
            "def names(graph, key):",
            "    node = next(d for _, d in graph.nodes(data=True) if d.get('key') == key)",
            "    return json.loads(node['names'])",
            "def intervals(graph, start, end):",
            "    out = []",
            "    for s, t, d in graph.edges(data=True):",
            "        if d['kind'] in ('call', 'message'):",
            "            out.append([graph.nodes[s]['key'], graph.nodes[t]['key'], d[start], d[end],",
            "                        json.loads(d['devices'])])",
            "    return sorted(out)",
            "print(json.dumps({",
            "    'graphml': [g.number_of_nodes(), g.number_of_edges()],",
            "    'gexf': [x.number_of_nodes(), x.number_of_edges()],",
            "    'mode': x.graph['mode'],",
            "    'kinds': sorted({d['kind'] for _, _, d in g.edges(data=True)}),",
            "    'gexf_kinds': sorted({d['kind'] for _, _, d in x.edges(data=True)}),",
            "    'hub': [names(g, sys.argv[3]), names(x, sys.argv[3])],",
            "    'intervals': [intervals(g, 'first_seen', 'last_seen'), intervals(x, 'start', 'end')],",
            "}))");

    @TempDir
    Path tmp;

    @Test
    void readsBothFilesToTheSameGraph() throws Exception {
        String python = System.getenv().getOrDefault("PHONETRIAGE_PYTHON", "python3");
        assumeTrue(run(List.of(python, "-c", "import networkx")).exitCode == 0, python + " with networkx");
        ExportFixture fixture = ExportFixture.create(tmp);
        Path out = fixture.export(tmp.resolve("out"));
        Result r = run(List.of(python, "-c", SCRIPT, out.resolve(GraphMlExport.FILE_NAME).toString(),
                out.resolve(GexfExport.FILE_NAME).toString(), ExportFixture.H));
        assertEquals(0, r.exitCode, r.output);
        JsonNode read = new ObjectMapper().readTree(r.output);

        List<Integer> size = List.of(fixture.expectedNodes(), fixture.expectedEdges());
        assertEquals(size, ints(read.get("graphml")));
        assertEquals(size, ints(read.get("gexf")));
        assertEquals("dynamic", read.get("mode").asText());
        assertEquals("[\"call\",\"contact\",\"message\",\"owner\"]", read.get("kinds").toString());
        assertEquals(read.get("kinds"), read.get("gexf_kinds"));
        assertEquals("[[\"Chefe\",\"Tio\"],[\"Chefe\",\"Tio\"]]", read.get("hub").toString());

        JsonNode fromGraphml = read.get("intervals").get(0);
        assertEquals(fixture.graph.edges().size(), fromGraphml.size());
        assertEquals(fromGraphml, read.get("intervals").get(1), "GEXF start/end are GraphML's first/last seen");
        CommunicationGraph.Edge first = fixture.graph.edges().iterator().next();
        assertTrue(fromGraphml.toString().contains("\"" + first.firstSeen + "\""), "times kept as written");
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
