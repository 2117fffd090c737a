package org.phonetriage.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.phonetriage.model.Problem;

/**
 * A read-only view of one evidence item (folder, zip, tar, tar.gz) as a tree of regular files.
 * Nothing here ever writes to the evidence.
 */
public interface EvidenceTree extends Closeable {

    /** The item's label: its file name without archive extension, or the examiner's --label. */
    String label();

    /** The item as named on the command line. */
    Path source();

    /** What kind of container it is: "folder", "zip", "tar", "tar.gz". */
    String format();

    /**
     * SHA-256 of the item: of the archive file, or for a folder of its sorted listing of
     * "sha256  path" lines (see {@link TreeHash}).
     */
    String sha256() throws IOException;

    /** Every accepted regular file, sorted by path. */
    List<EvidenceEntry> entries();

    /** The entry at exactly this path, if any. */
    Optional<EvidenceEntry> find(String path);

    /** Opens an entry's bytes for reading. */
    InputStream open(EvidenceEntry entry) throws IOException;

    /** Whether several threads may {@link #open} and read entries at once (each entry a file of its own on disk). */
    default boolean concurrentReads() {
        return false;
    }

    /**
     * True for a file the tree itself read to present the others (an iTunes backup's Manifest.db
     * and Manifest.plist): no parser needs it, and it is not "left unread".
     */
    default boolean readsItself(String path) {
        return false;
    }

    /** Entries refused while opening the item (unsafe names, links leaving the tree, bombs). */
    List<Problem> problems();
}
