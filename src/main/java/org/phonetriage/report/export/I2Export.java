package org.phonetriage.report.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.phonetriage.report.CsvTable;
import org.phonetriage.report.export.ExportGraph.ExportNode;
import org.phonetriage.report.export.ExportGraph.Link;
import org.phonetriage.xref.CommunicationGraph;
import org.phonetriage.xref.NetworkMetrics;
import org.phonetriage.xref.XrefReport;

/**
 * Writes {@code i2/} for IBM/i2 Analyst's Notebook: {@code links.csv}, one row per edge of the
 * graph (communication, contact, owner; see {@link ExportGraph}) for the import wizard, where the
 * analyst maps from/to identity, type and label to entities, link_type to the link type and the
 * counts and dates to properties; and {@code case.anx}, the same chart as ANX XML that opens
 * without any import specification ({@link AnxChart}).
 *
 * <p>Identity is the canonical key (a device's label for a seized device), so ANB merges an
 * identifier seen in several files into one entity; label is the names it is saved under (joined
 * with " | ", a {@code |} or {@code \} inside a name escaped: see {@link ListText#joined}), or the
 * key when it has none; devices likewise. Dates are UTC ISO-8601. The CSV follows the rules of
 * {@link CsvTable}: identities byte-exact; labels formula-guarded unless the guard is turned off.
 */
public final class I2Export {

    public static final String FOLDER = "i2";
    public static final String LINKS_FILE = "links.csv";
    public static final String CHART_FILE = "case.anx";
    public static final List<String> LINKS_HEADER = List.of("from_identity", "from_type", "from_label",
            "to_identity", "to_type", "to_label", "link_type", "first_seen", "last_seen", "calls", "messages",
            "duration_s", "devices");
    /** Keys, or a seized device's label: written byte-exact (see {@link CsvTable}). */
    public static final List<String> LINKS_IDENTIFIERS = List.of("from_identity", "to_identity");

    private final ExportGraph graph;
    private final XrefReport xref;
    private final boolean formulaGuard;

    public I2Export(CommunicationGraph graph, NetworkMetrics metrics, XrefReport xref) {
        this(ExportGraph.of(graph, metrics), xref, true);
    }

    /** {@code formulaGuard}: whether links.csv guards its text cells (see {@link CsvTable}). */
    I2Export(ExportGraph graph, XrefReport xref, boolean formulaGuard) {
        this.graph = graph;
        this.xref = xref;
        this.formulaGuard = formulaGuard;
    }

    /** Writes {@code outDir/i2/links.csv} and {@code outDir/i2/case.anx}; returns the folder. */
    public Path write(Path outDir) throws IOException {
        Path folder = Files.createDirectories(outDir.resolve(FOLDER));
        writeLinks(folder.resolve(LINKS_FILE));
        new AnxChart(graph, xref).write(folder.resolve(CHART_FILE));
        return folder;
    }

    private void writeLinks(Path file) throws IOException {
        // a node's label made once, not per link end: it walks the node's names (a tree set)
        Map<ExportNode, String> labels = new IdentityHashMap<>();
        try (CsvTable csv = CsvTable.create(file, LINKS_HEADER, LINKS_IDENTIFIERS).formulaGuard(formulaGuard)) {
            for (Link link : graph.links()) {
                ExportNode from = link.source();
                ExportNode to = link.target();
                csv.row(from.identity(), AnbEntityType.of(from).name(), labels.computeIfAbsent(from, I2Export::label),
                        to.identity(), AnbEntityType.of(to).name(), labels.computeIfAbsent(to, I2Export::label),
                        link.kind(), link.firstSeen(), link.lastSeen(), link.calls(), link.messages(),
                        link.durationSeconds(), ListText.joined(link.devices()));
            }
            csv.commit();
        }
    }

    /** What the chart shows under an entity: its aliases, else its identity. */
    static String label(ExportNode node) {
        List<String> names = node.names();
        return names.isEmpty() ? node.identity() : ListText.joined(names);
    }
}
