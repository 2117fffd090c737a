package org.phonetriage.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NetworkX, the analysts' Python library, reads graph.graphml and graph.gexf to the same graph.
 * Skipped on a machine without python3 and networkx. NetworkX's GEXF reader knows no
 * {@code timeformat="datetime"} (a GEXF 1.3 value), so the script maps it to text first.
 */
class NetworkxReadsExportsTest {

    private static final String SCRIPT = String.join("\n",
            "import sys, networkx as nx",
            "from networkx.readwrite.gexf import GEXFReader",
            "g = nx.read_graphml(sys.argv[1])",
            "r = GEXFReader(version='1.3')",
            "r.python_type['datetime'] = str",
            "with open(sys.argv[2], 'rb') as f:",
            "    x = r(f)",
            "kinds = sorted({d['kind'] for _, _, d in g.edges(data=True)})",
            "print(g.number_of_nodes(), g.number_of_edges(), x.number_of_nodes(), x.number_of_edges(), ','.join(kinds))");

    @TempDir
    Path tmp;

    @Test
    void readsBothFilesToTheSameGraph() throws Exception {
        assumeTrue(run(List.of("python3", "-c", "import networkx")).exitCode == 0, "python3 with networkx");
        ExportFixture fixture = ExportFixture.create(tmp);
        Path out = fixture.export(tmp.resolve("out"));
        Result r = run(List.of("python3", "-c", SCRIPT, out.resolve(GraphMlExport.FILE_NAME).toString(),
                out.resolve(GexfExport.FILE_NAME).toString()));
        assertEquals(0, r.exitCode, r.output);
        int nodes = fixture.expectedNodes();
        int edges = fixture.expectedEdges();
        assertEquals(nodes + " " + edges + " " + nodes + " " + edges + " call,contact,message,owner", r.output.strip());
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
            return new Result(-1, e.toString()); // no python3 at all
        }
    }
}
