package org.phonetriage.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/**
 * Copies evidence entries to the work folder. SQLite must never open the evidence in place (it
 * may write a journal or checkpoint the WAL), so databases and their {@code -wal}/{@code -shm}
 * siblings are copied first; the hash is computed in the same pass so the copy that is parsed is
 * provably the bytes that were in the evidence.
 */
public final class Staging {

    private Staging() {
    }

    /**
     * Copies an entry to {@code dest} (replacing it; parent folders are created) and returns the
     * SHA-256 of the bytes copied, hex lowercase.
     */
    public static String copyWithHash(EvidenceTree tree, EvidenceEntry entry, Path dest)
            throws IOException {
        Path parent = dest.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        MessageDigest digest = TreeHash.newDigest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = tree.open(entry);
             OutputStream out = Files.newOutputStream(dest, StandardOpenOption.CREATE,
                     StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        return TreeHash.hex(digest.digest());
    }
}
