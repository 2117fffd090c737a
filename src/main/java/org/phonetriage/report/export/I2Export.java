package org.phonetriage.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.phonetriage.report.AtomicOutput;
import org.phonetriage.report.CsvBytes;
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

    /**
     * links.csv, the bytes {@link CsvTable} writes, encoded here ({@link CsvBytes}): through
     * CsvTable's Writer every field became a String and went through the char encoder, half the
     * file's cost. A node's three fields (identity, type, label) are encoded once, not per link end,
     * and a list of devices once.
     */
    private void writeLinks(Path file) throws IOException {
        Map<ExportNode, byte[]> ends = new IdentityHashMap<>();
        Map<List<String>, byte[]> deviceLists = new HashMap<>();
        CsvBytes line = new CsvBytes();
        try (AtomicOutput out = AtomicOutput.create(file)) {
            OutputStream stream = out.stream();
            for (int i = 0; i < LINKS_HEADER.size(); i++) {
                if (i > 0) {
                    line.comma();
                }
                line.text(LINKS_HEADER.get(i), false, false); // ours: quoted if needed, never guarded
            }
            line.newLine();
            for (Link link : graph.links()) {
                line.append(ends.computeIfAbsent(link.source(), this::endFields));
                line.comma();
                line.append(ends.computeIfAbsent(link.target(), this::endFields));
                line.comma();
                line.text(link.kind(), false, formulaGuard);
                line.comma();
                line.text(link.firstSeen(), false, formulaGuard);
                line.comma();
                line.text(link.lastSeen(), false, formulaGuard);
                line.comma();
                number(line, link.calls());
                number(line, link.messages());
                number(line, link.durationSeconds());
                line.append(deviceLists.computeIfAbsent(link.devices(),
                        devices -> CsvBytes.field(ListText.joined(devices), false, formulaGuard)));
                line.newLine();
                if (line.size() >= 1 << 15) { // handed over in 32 KB pieces: the stream takes a lock per call
                    stream.write(line.bytes(), 0, line.size());
                    line.clear();
                }
            }
            stream.write(line.bytes(), 0, line.size());
            out.commit();
        }
    }

    /** A count and its comma: its digits, or the empty field for none. */
    private static void number(CsvBytes line, Long value) {
        if (value != null) {
            line.number(value);
        }
        line.comma();
    }

    /** A link end's identity (a column of keys), type and label fields. */
    private byte[] endFields(ExportNode node) {
        CsvBytes b = new CsvBytes();
        b.text(node.identity(), true, formulaGuard);
        b.comma();
        b.text(AnbEntityType.of(node).name(), false, formulaGuard);
        b.comma();
        b.text(label(node), false, formulaGuard);
        return Arrays.copyOf(b.bytes(), b.size());
    }

    /** What the chart shows under an entity: its aliases, else its identity. */
    static String label(ExportNode node) {
        List<String> names = node.names();
        return names.isEmpty() ? node.identity() : ListText.joined(names);
    }
}
