package org.phonetriage.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SHA-256 an evidence item is known by, computed without opening it as evidence: a file's
 * own hash, a folder's tree hash ({@link TreeHash}). The same value ingest records and verify
 * checks.
 */
public final class ItemHash {

    private ItemHash() {
    }

    /** The item's hash, or null when it is missing or cannot be read (ingest then says why). */
    public static String of(Path item) {
        try {
            if (Files.isDirectory(item)) {
                try (EvidenceTree tree = EvidenceOpener.open(item, null, null, null)) {
                    return tree.sha256();
                }
            }
            return Files.isRegularFile(item) ? TreeHash.sha256(item) : null;
        } catch (IOException | EvidenceException e) {
            return null;
        }
    }
}
