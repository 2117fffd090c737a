package org.phonetriage.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * SHA-256 hashing of files, streams and whole evidence trees (hex, lowercase).
 *
 * <p>The tree hash identifies a folder item the way the file hash identifies an archive: the
 * SHA-256 of the UTF-8 text made of one line {@code "<sha256 hex>  <relative path>\n"} per file,
 * sorted by path (the same two-space layout as {@code sha256sum}), so it can be recomputed with
 * standard tools: {@code find . -type f | sort | xargs sha256sum} in the folder, with the "./"
 * prefix removed.
 */
public final class TreeHash {

    private static final int BUFFER = 1 << 16;

    private TreeHash() {
    }

    /** SHA-256 of a file's bytes. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
            return sha256(in);
        }
    }

    /** SHA-256 of everything left in the stream; the stream is read to its end, not closed. */
    public static String sha256(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buf = new byte[BUFFER];
        int n;
        while ((n = in.read(buf)) > 0) {
            digest.update(buf, 0, n);
        }
        return hex(digest.digest());
    }

    /** SHA-256 of a UTF-8 string. */
    public static String sha256(String text) {
        return hex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The tree hash described above, over every entry of the tree. The files are hashed on two threads,
     * the largest first, when the tree allows it: hashing is bound by the CPU wherever the files are
     * cached or fast to read, and the quick compiler a small triage runs on has no SHA-256 instructions
     * (60-100 MB/s a core).
     */
    public static String ofTree(EvidenceTree tree) throws IOException {
        List<EvidenceEntry> entries = new ArrayList<>(tree.entries());
        entries.sort(Comparator.comparing(EvidenceEntry::path));
        String[] hashes = new String[entries.size()];
        IntConsumer hashOne = i -> hashes[i] = hash(tree, entries.get(i));
        try {
            if (tree.concurrentReads()) {
                TwoThreads.forEachLargestFirst(entries.size(), i -> entries.get(i).size(), hashOne);
            } else {
                IntStream.range(0, entries.size()).forEach(hashOne);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        StringBuilder listing = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            listing.append(hashes[i]).append("  ").append(entries.get(i).path()).append('\n');
        }
        return sha256(listing.toString());
    }

    private static String hash(EvidenceTree tree, EvidenceEntry entry) {
        try (InputStream in = tree.open(entry)) {
            return sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
