package org.phonetriage.report.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.phonetriage.xref.Network;
import org.phonetriage.xref.XrefReport;

/**
 * The graph exports of a case (docs/outputs.md): {@code graph.graphml}, {@code graph.gexf},
 * {@code i2/} and {@code neo4j/}. The graph and its metrics are loaded from the case database
 * once and shared by every format, so all files describe one graph under the same node ids.
 */
public final class Exports {

    /** The format names, as {@code report --format} takes them. */
    public static final List<String> FORMATS = List.of("graphml", "gexf", "i2", "neo4j");

    private Exports() {
    }

    /** Writes every format into {@code outDir}. */
    public static void writeAll(Connection db, XrefReport xref, Path outDir) throws SQLException, IOException {
        writeAll(Network.load(db), xref, outDir);
    }

    /** Writes every format into {@code outDir}, from a network already loaded. */
    public static void writeAll(Network network, XrefReport xref, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        ExportGraph graph = ExportGraph.of(network.graph(), network.metrics(), xref.persons());
        for (String format : FORMATS) {
            write(format, graph, xref, outDir);
        }
    }

    /**
     * Writes one format into {@code outDir}.
     *
     * @throws IllegalArgumentException for a format not in {@link #FORMATS}
     */
    public static void write(String format, Connection db, XrefReport xref, Path outDir)
            throws SQLException, IOException {
        checkFormat(format);
        Files.createDirectories(outDir);
        write(format, ExportGraph.load(db, xref.persons()), xref, outDir);
    }

    /**
     * The export graph of a network and its cross-reference, made on first use and shared by the
     * graph formats of one run: made per format it was a tenth to a third of each graph export
     * (a walk over every edge's device set, scattered in memory). Safe to use from several threads.
     */
    public static final class Shared {
        private final Network network;
        private final XrefReport xref;
        private ExportGraph graph;

        private Shared(Network network, XrefReport xref) {
            this.network = network;
            this.xref = xref;
        }

        synchronized ExportGraph graph() {
            if (graph == null) {
                graph = ExportGraph.of(network.graph(), network.metrics(), xref.persons());
            }
            return graph;
        }

        /** Makes the graph now (the first format would): for a benchmark timing it apart. */
        public void make() {
            graph();
        }

        /** Lets the graph go (it holds an object per node and edge); a later write makes it again. */
        public synchronized void release() {
            graph = null;
        }
    }

    /** One graph for the formats written from {@code network} and {@code xref}; made when first written. */
    public static Shared share(Network network, XrefReport xref) {
        return new Shared(network, xref);
    }

    /**
     * Writes one format into {@code outDir} from the shared graph; {@code formulaGuard} as in
     * {@link #write(String, Network, XrefReport, Path, boolean)}.
     */
    public static void write(String format, Shared graph, Path outDir, boolean formulaGuard) throws IOException {
        checkFormat(format);
        Files.createDirectories(outDir);
        write(format, graph.graph(), graph.xref, outDir, formulaGuard);
    }

    /** Writes one format into {@code outDir}, from a network already loaded. */
    public static void write(String format, Network network, XrefReport xref, Path outDir) throws IOException {
        write(format, network, xref, outDir, true);
    }

    /**
     * Writes one format into {@code outDir}, from a network already loaded; {@code formulaGuard}
     * says whether i2/links.csv, the one spreadsheet-like file of the exports, guards its text.
     */
    public static void write(String format, Network network, XrefReport xref, Path outDir, boolean formulaGuard)
            throws IOException {
        checkFormat(format);
        Files.createDirectories(outDir);
        write(format, ExportGraph.of(network.graph(), network.metrics(), xref.persons()), xref, outDir,
                formulaGuard);
    }

    private static void write(String format, ExportGraph graph, XrefReport xref, Path outDir) throws IOException {
        write(format, graph, xref, outDir, true);
    }

    private static void write(String format, ExportGraph graph, XrefReport xref, Path outDir, boolean formulaGuard)
            throws IOException {
        switch (checkFormat(format)) {
            case "graphml" -> new GraphMlExport(graph).write(outDir);
            case "gexf" -> new GexfExport(graph).write(outDir);
            case "i2" -> new I2Export(graph, xref, formulaGuard).write(outDir);
            case "neo4j" -> new Neo4jExport(graph).write(outDir);
            default -> throw new IllegalStateException(format);
        }
    }

    private static String checkFormat(String format) {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("unknown export format " + format + "; one of " + FORMATS);
        }
        return format;
    }
}
