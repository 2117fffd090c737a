package org.phonetriage.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.phonetriage.detect.ParsePlan;
import org.phonetriage.evidence.EvidenceTree;

/**
 * An evidence item made ready before its turn ({@link EvidenceIngest#prepare}): opened, its parse
 * planned, its plain databases copied and scanned for deleted records, all in a folder of its own.
 * Nothing of it is in the case yet: its rows are written on its turn, in the order a one-by-one
 * ingest writes them, so row ids and results do not depend on which thread prepared it.
 */
final class PreparedItem implements AutoCloseable {

    private EvidenceTree tree;
    private final ParsePlan plan;
    private final Path folder;
    private final Map<String, DatabaseStager.Staged> databases;

    PreparedItem(EvidenceTree tree, ParsePlan plan, Path folder, Map<String, DatabaseStager.Staged> databases) {
        this.tree = tree;
        this.plan = plan;
        this.folder = folder;
        this.databases = Map.copyOf(databases);
    }

    /** The opened item; whoever takes it closes it. */
    EvidenceTree takeTree() {
        EvidenceTree taken = tree;
        tree = null;
        return taken;
    }

    ParsePlan plan() {
        return plan;
    }

    /** The item's databases staged, by path; one missing was not (its turn stages it). */
    Map<String, DatabaseStager.Staged> databases() {
        return databases;
    }

    /** Closes the item if it was not taken, and deletes the copies. */
    @Override
    public void close() throws IOException {
        try {
            if (tree != null) {
                tree.close();
            }
        } finally {
            if (Files.exists(folder)) {
                PathUtils.deleteDirectory(folder);
            }
        }
    }
}
