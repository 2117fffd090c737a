package org.phonetriage.report.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.phonetriage.report.AtomicOutput;
import org.phonetriage.report.CsvTable;
import org.phonetriage.report.export.ExportGraph.ExportNode;
import org.phonetriage.report.export.ExportGraph.Link;
import org.phonetriage.xref.CommunicationGraph;
import org.phonetriage.xref.NetworkMetrics;

/**
 * Writes {@code neo4j/}: {@code nodes.csv} and {@code relationships.csv} in the header format of
 * {@code neo4j-admin database import full}, and a {@code README.txt} with the command.
 *
 * <p>Nodes: one per seized device (label {@code Device}, {@code key} = the device label) and one
 * per identifier of the graph (labels {@code Identifier} and one for the type, e.g. {@code Phone}).
 * A device whose owner has no known number is represented in the graph by a stand-in identifier
 * ({@code device:LABEL}, type {@code device}) that carries its calls and messages; it is labelled
 * {@code Identifier:DeviceOwner}, never {@code Device}, so {@code MATCH (d:Device)} counts the
 * seized devices. All share the ID space {@code Identifier} so an {@code OWNER} relationship can
 * start at a device.
 * Ids are those of graph.graphml ({@code n…}, {@code d…}). Relationship types are the edge kinds
 * upper-cased: {@code CALL}, {@code MESSAGE}, {@code CONTACT}, {@code OWNER}; counts and dates
 * are empty (no property) where a kind has none.
 *
 * <p>Values are exact: no spreadsheet formula guard ({@link CsvTable#formulaGuard}), which would put
 * a {@code '} into the names of the database; neo4j-admin evaluates nothing.
 *
 * <p>Arrays ({@code names}, {@code :LABEL}) are joined with U+001F, the ASCII unit separator,
 * not Neo4j's default {@code ;}: names on phones hold {@code ;} and {@code |} (vCard imports), and
 * a split name would be a false alias; the import command passes {@code --array-delimiter=U+001F}.
 */
public final class Neo4jExport {

    public static final String FOLDER = "neo4j";
    public static final String NODES_FILE = "nodes.csv";
    public static final String RELATIONSHIPS_FILE = "relationships.csv";
    public static final String README_FILE = "README.txt";
    public static final List<String> NODES_HEADER = List.of("id:ID(Identifier)", "key", "type", "seized:boolean",
            "devices:int", "names:string[]", ":LABEL", "person");
    public static final List<String> RELATIONSHIPS_HEADER = List.of(":START_ID(Identifier)", ":END_ID(Identifier)",
            ":TYPE", "calls:int", "messages:int", "duration_s:long", "first_seen:datetime", "last_seen:datetime");
    /** The columns holding keys and node ids, written byte-exact (see {@link CsvTable}). */
    public static final List<String> NODES_IDENTIFIERS = List.of("id:ID(Identifier)", "key");
    public static final List<String> RELATIONSHIPS_IDENTIFIERS = List.of(":START_ID(Identifier)",
            ":END_ID(Identifier)");
    /** The label of seized-device nodes, and of them alone. */
    static final String DEVICE = "Device";
    /** The type label of a device's stand-in identifier, which would otherwise read {@value #DEVICE}. */
    static final String DEVICE_OWNER = "DeviceOwner";
    /** The array delimiter of both files. */
    public static final char ARRAY_DELIMITER = '\u001F';

    static final String IMPORT_COMMAND = "neo4j-admin database import full neo4j"
            + " --nodes=nodes.csv --relationships=relationships.csv"
            + " --array-delimiter=U+001F --multiline-fields=true";

    private final ExportGraph graph;

    public Neo4jExport(CommunicationGraph graph, NetworkMetrics metrics) {
        this(ExportGraph.of(graph, metrics));
    }

    Neo4jExport(ExportGraph graph) {
        this.graph = graph;
    }

    /** Writes the three files into {@code outDir/neo4j/}; returns the folder. */
    public Path write(Path outDir) throws IOException {
        Path folder = Files.createDirectories(outDir.resolve(FOLDER));
        writeNodes(folder.resolve(NODES_FILE));
        writeRelationships(folder.resolve(RELATIONSHIPS_FILE));
        AtomicOutput.writeString(folder.resolve(README_FILE), readme());
        return folder;
    }

    private void writeNodes(Path file) throws IOException {
        try (CsvTable csv = CsvTable.create(file, NODES_HEADER, NODES_IDENTIFIERS).formulaGuard(false)) {
            for (ExportNode node : graph.nodes()) {
                if (node.isDevice()) {
                    csv.row(node.id(), node.identity(), node.type(), true, null, null, DEVICE, person(node));
                } else {
                    List<String> names = new ArrayList<>();
                    // a name holding the delimiter would split in two: replace it, keep the rest exact
                    node.names().forEach(n -> names.add(n.replace(ARRAY_DELIMITER, ' ')));
                    csv.row(node.id(), node.identity(), node.type(), node.identifier().seized(),
                            node.identifier().devices.size(), names.isEmpty() ? null : array(names),
                            array(List.of("Identifier", typeLabel(node.type()))), person(node));
                }
            }
            csv.commit();
        }
    }

    /** The id of the proven person the node's identifier or device owner is; null for none. */
    private String person(ExportNode node) {
        return (String) graph.attributes(node).get("person");
    }

    private void writeRelationships(Path file) throws IOException {
        try (CsvTable csv = CsvTable.create(file, RELATIONSHIPS_HEADER, RELATIONSHIPS_IDENTIFIERS)
                .formulaGuard(false)) {
            for (Link link : graph.links()) {
                csv.row(link.source().id(), link.target().id(), link.kind().toUpperCase(Locale.ROOT),
                        link.calls(), link.messages(), link.durationSeconds(), link.firstSeen(), link.lastSeen());
            }
            csv.commit();
        }
    }

    private static String array(List<String> values) {
        return String.join(String.valueOf(ARRAY_DELIMITER), values);
    }

    /**
     * A node label from an identifier type: {@code phone} → {@code Phone}, {@code wa-group} →
     * {@code WaGroup}; the stand-in's {@code device} → {@value #DEVICE_OWNER}.
     */
    static String typeLabel(String type) {
        StringBuilder label = new StringBuilder();
        for (String part : type.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                label.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        if (label.length() == 0) {
            return "Other";
        }
        return label.toString().equals(DEVICE) ? DEVICE_OWNER : label.toString();
    }

    private static String readme() {
        return String.join("\n",
                "Neo4j bulk import of the communication graph (the nodes and edges of graph.graphml).",
                "",
                "Into a new, empty database (stop it first; Neo4j 5 or later), from this folder:",
                "",
                "  " + IMPORT_COMMAND,
                "",
                "Then: CREATE INDEX FOR (n:Identifier) ON (n.key);",
                "",
                "nodes.csv          one node per seized device (label Device, key = device label) and one per",
                "                   identifier (labels Identifier and its type, e.g. Phone; a device whose owner",
                "                   has no known number has the stand-in Identifier:DeviceOwner, key device:LABEL,",
                "                   carrying its calls and messages); ids as in graph.graphml",
                "relationships.csv  CALL / MESSAGE (initiator -> recipient, counts merged per pair; CALL when",
                "                   the pair has at least one call), CONTACT (owner -> saved number), OWNER",
                "                   (device -> its owner identifiers)",
                "",
                "Arrays (names, labels) are separated by U+001F, hence --array-delimiter. Times are UTC.",
                "Every value is written as the evidence has it: these files are for neo4j-admin, not a spreadsheet,",
                "so unlike csv/ they get no leading ' before a name starting with = + - @ (no formula guard).",
                "");
    }
}
