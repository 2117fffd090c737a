package org.phonetriage.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A zip evidence item, read in place through its central directory (random access, Zip64).
 *
 * <p>At listing time every entry name is cleaned by {@link EntryNames}; duplicates keep the first
 * copy; link entries are skipped (a problem says whether they leave the tree); encrypted entries
 * are skipped; and declared sizes are checked against {@link ExtractionLimits} so obvious bombs are
 * refused before any byte is inflated. Headers can lie, so every stream handed out by
 * {@link #open} is also capped at the entry's declared size, the per-entry limit and the ratio;
 * an entry that breaks a cap while being read fails with {@link LimitExceededException} and is
 * recorded as a problem. Since each entry is capped at its declared size and the declared sizes
 * together are capped at the total limit, the total limit holds without extracting anything.
 */
public final class ZipTree extends AbstractEvidenceTree {

    /** A link entry's content is its target; anything longer is not a plausible path. */
    private static final int MAX_LINK_TARGET = 4096;

    private final ZipFile zip;
    private final ExtractionLimits limits;
    private final Map<String, ZipArchiveEntry> zipEntries = new HashMap<>();
    private final Map<String, String> cutOff = new ConcurrentHashMap<>();
    private String archiveHash;

    private ZipTree(Path source, String label, ZipFile zip, ExtractionLimits limits) {
        super(label, source, "zip");
        this.zip = zip;
        this.limits = limits;
    }

    /** Reads the central directory; throws only when the archive cannot be listed at all. */
    static ZipTree open(Path archive, String label, ExtractionLimits limits)
            throws EvidenceException {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(archive).get();
        } catch (IOException | RuntimeException e) {
            throw new EvidenceException(archive,
                    "corrupt zip archive, cannot be listed (" + e.getMessage() + ")", e);
        }
        ZipTree tree = new ZipTree(archive, label, zip, limits);
        tree.list();
        return tree;
    }

    private void list() {
        long declaredTotal = 0;
        long seen = 0;
        Enumeration<ZipArchiveEntry> all = zip.getEntries();
        while (all.hasMoreElements()) {
            ZipArchiveEntry entry = all.nextElement();
            String raw = entry.getName();
            if (entry.isDirectory()) {
                continue;
            }
            if (++seen > limits.maxEntries()) {
                problem(null, "more than " + limits.maxEntries()
                        + " entries; the rest were not listed");
                break;
            }
            EntryNames.Cleaned name = EntryNames.clean(raw);
            if (!name.accepted()) {
                problem(raw, name.refusal());
                continue;
            }
            if (entry.isUnixSymlink()) {
                problem(raw, linkReason(entry, name.path()));
                continue;
            }
            if (isListed(name.path()) || zipEntries.containsKey(name.path())) {
                problem(raw, "duplicate name, only the first copy is used");
                continue;
            }
            if (!zip.canReadEntryData(entry)) {
                problem(raw, "encrypted or unsupported compression method ("
                        + entry.getMethod() + "), skipped");
                continue;
            }
            String refusal = declaredSizeRefusal(entry, declaredTotal);
            if (refusal != null) {
                problem(raw, refusal);
                continue;
            }
            declaredTotal += Math.max(entry.getSize(), 0);
            zipEntries.put(name.path(), entry);
            accept(new EvidenceEntry(name.path(), entry.getSize()));
        }
        finishListing();
    }

    /** Refuses entries whose own header already admits to breaking a limit. */
    private String declaredSizeRefusal(ZipArchiveEntry entry, long declaredTotal) {
        long size = entry.getSize();
        if (size < 0) {
            return null; // unknown: the stream cap still applies
        }
        if (size > limits.maxEntryBytes()) {
            return "expands beyond the limit of " + ExtractionLimits.human(limits.maxEntryBytes())
                    + " per entry (declares " + ExtractionLimits.human(size) + "; zip bomb?)";
        }
        if (entry.getMethod() != ZipArchiveEntry.STORED
                && limits.ratioExceeded(size, entry.getCompressedSize())) {
            return "expands beyond the limit ratio of " + limits.maxRatio() + ":1 (declares "
                    + ExtractionLimits.human(size) + " from "
                    + ExtractionLimits.human(entry.getCompressedSize()) + "; zip bomb?)";
        }
        if (declaredTotal + size > limits.maxTotalBytes()) {
            return "expands beyond the limit of " + ExtractionLimits.human(limits.maxTotalBytes())
                    + " for the whole item (zip bomb?)";
        }
        return null;
    }

    private String linkReason(ZipArchiveEntry entry, String linkPath) {
        String target;
        try {
            target = readLinkTarget(entry);
        } catch (IOException e) {
            return "link entry cannot be read (" + e.getMessage() + "), skipped";
        }
        if (target == null) {
            return "link entry too long to be a link target, skipped";
        }
        String resolved = EntryNames.resolveLink(linkPath, target);
        return resolved == null
                ? "link leaves the evidence tree (points to " + target + "), refused"
                : "link not followed: it points to " + target + " inside the evidence tree";
    }

    /** Reads at most {@link #MAX_LINK_TARGET} bytes, so a "link" cannot be a bomb either. */
    private String readLinkTarget(ZipArchiveEntry entry) throws IOException {
        if (entry.getSize() > MAX_LINK_TARGET) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_LINK_TARGET + 1);
            return bytes.length > MAX_LINK_TARGET ? null
                    : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @Override
    public InputStream open(EvidenceEntry entry) throws IOException {
        EvidenceEntry listed = requireListed(entry);
        String earlier = cutOff.get(listed.path());
        if (earlier != null) {
            throw new LimitExceededException(earlier);
        }
        ZipArchiveEntry ze = zipEntries.get(listed.path());
        long declared = ze.getSize();
        long cap = limits.maxEntryBytes();
        String overCap = "expands beyond the limit of " + ExtractionLimits.human(cap)
                + " per entry (zip bomb?)";
        if (declared >= 0 && declared <= cap) {
            cap = declared;
            overCap = "expands beyond its declared size of " + ExtractionLimits.human(declared)
                    + " (header lies; zip bomb?)";
        }
        long compressed = ze.getMethod() == ZipArchiveEntry.STORED ? 0 : ze.getCompressedSize();
        InputStream limited = new ExpansionLimitedInputStream(zip.getInputStream(ze), cap, overCap,
                compressed, limits);
        return new ProblemRecordingInputStream(limited, ze.getName(), listed.path());
    }

    /** SHA-256 of the archive file itself, computed on first use and then cached. */
    @Override
    public synchronized String sha256() throws IOException {
        if (archiveHash == null) {
            archiveHash = TreeHash.sha256(source());
        }
        return archiveHash;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Turns the first limit failure of an entry into a problem and remembers it. */
    private final class ProblemRecordingInputStream extends java.io.FilterInputStream {

        private final String rawName;
        private final String path;

        ProblemRecordingInputStream(InputStream in, String rawName, String path) {
            super(in);
            this.rawName = rawName;
            this.path = path;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (LimitExceededException e) {
                throw record(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (LimitExceededException e) {
                throw record(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (LimitExceededException e) {
                throw record(e);
            }
        }

        private LimitExceededException record(LimitExceededException e) {
            if (cutOff.putIfAbsent(path, e.getMessage()) == null) {
                problem(rawName, e.getMessage());
            }
            return e;
        }
    }
}
