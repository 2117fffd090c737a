package org.phonetriage.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.io.file.PathUtils;

/**
 * A tar or tar.gz evidence item. Tar has no index, so opening makes one streaming pass that
 * extracts every accepted regular file into a private staging folder
 * ({@code <workDir>/stage/<label>}) and entries are then served from there. The staging folder is
 * deleted by {@link #close()}.
 *
 * <p>Safety: names are cleaned by {@link EntryNames} ('..' refused, leading '/' stripped);
 * symbolic links are never created — links are skipped with a problem saying whether they leave
 * the tree — so a later entry can never be written through a link; hard links are copied from the
 * already staged target only when that target is an accepted entry; devices and pipes are
 * ignored; and every destination is checked to stay inside the staging folder. Limits: each
 * entry's size (exact in tar) against the per-entry limit, the sum of staged bytes against the
 * total limit, and the whole decompressed stream against the ratio to the archive's file size.
 */
public final class TarTree extends AbstractEvidenceTree {

    private final Path stageRoot;
    private final ExtractionLimits limits;
    private long stagedTotal;
    private String archiveHash;

    private TarTree(Path source, String label, String format, Path stageRoot,
                    ExtractionLimits limits) {
        super(label, source, format);
        this.stageRoot = stageRoot;
        this.limits = limits;
    }

    /** What turns the archive file's bytes into a tar stream (nothing, gunzip, an Android backup's). */
    interface TarDecoder {
        InputStream decode(InputStream file) throws IOException, EvidenceException;
    }

    /** Extracts the archive into a fresh staging folder under {@code workDir}. */
    static TarTree open(Path archive, String label, boolean gzipped, Path workDir,
                        ExtractionLimits limits) throws EvidenceException {
        return open(archive, label, gzipped ? "tar.gz" : "tar", gzipped
                ? file -> GzipCompressorInputStream.builder().setInputStream(file).setDecompressConcatenated(true).get()
                : file -> file, workDir, limits);
    }

    /** The same for any container that decodes to a tar stream. */
    static TarTree open(Path archive, String label, String format, TarDecoder decoder, Path workDir,
                        ExtractionLimits limits) throws EvidenceException {
        Path stage = createStageRoot(archive, workDir, label);
        TarTree tree = new TarTree(archive, label, format, stage, limits);
        try {
            tree.extract(archive, decoder);
        } catch (EvidenceException | RuntimeException e) {
            tree.close();
            throw e;
        }
        tree.finishListing();
        return tree;
    }

    private static Path createStageRoot(Path archive, Path workDir, String label)
            throws EvidenceException {
        try {
            Path parent = Files.createDirectories(workDir.resolve("stage")).toRealPath();
            String base = label.replaceAll("[^A-Za-z0-9._-]", "_");
            if (base.isEmpty() || base.startsWith(".")) {
                base = "item" + base;
            }
            for (int n = 1; ; n++) {
                Path candidate = parent.resolve(n == 1 ? base : base + "-" + n);
                try {
                    return Files.createDirectory(candidate); // atomic: never shares a folder
                } catch (FileAlreadyExistsException taken) {
                    // try the next suffix
                }
            }
        } catch (IOException e) {
            throw new EvidenceException(archive, "cannot create a staging folder under " + workDir
                    + " (" + e.getMessage() + ")", e);
        }
    }

    private void extract(Path archive, TarDecoder decoder) throws EvidenceException {
        long archiveSize;
        int seen = 0;
        try (InputStream file = new BufferedInputStream(
                Files.newInputStream(archive, StandardOpenOption.READ), 1 << 16)) {
            archiveSize = Files.size(archive);
            InputStream data = decoder.decode(file);
            // counts every decompressed byte, skipped entries included: the whole-stream ratio
            InputStream guarded = new ExpansionLimitedInputStream(data, Long.MAX_VALUE, "",
                    archiveSize, limits);
            TarArchiveInputStream tar = new TarArchiveInputStream(guarded);
            while (true) {
                TarArchiveEntry entry;
                try {
                    entry = tar.getNextEntry();
                } catch (LimitExceededException e) {
                    problem(null, "archive " + e.getMessage() + "; extraction stopped after "
                            + seen + " entries");
                    return;
                } catch (IOException | RuntimeException e) { // the library may throw either
                    if (seen == 0) {
                        throw new EvidenceException(archive, "corrupt " + format()
                                + " archive, cannot be listed (" + e.getMessage() + ")", e);
                    }
                    problem(null, "archive truncated or corrupt after " + seen + " entries ("
                            + e.getMessage() + "); the rest was not read");
                    return;
                }
                if (entry == null) {
                    return;
                }
                if (++seen > limits.maxEntries()) {
                    problem(null, "more than " + limits.maxEntries()
                            + " entries; the rest were not read");
                    return;
                }
                try {
                    stageEntry(tar, entry);
                } catch (LimitExceededException e) {
                    problem(entry.getName(), "archive " + e.getMessage()
                            + "; extraction stopped here");
                    return;
                } catch (StagingWriteException e) {
                    throw new EvidenceException(archive, "cannot write to the staging folder "
                            + stageRoot + " (" + e.getMessage() + ")", e);
                } catch (IOException | RuntimeException e) {
                    problem(entry.getName(), "archive truncated or corrupt in this entry ("
                            + e.getMessage() + "); the rest was not read");
                    return;
                }
            }
        } catch (IOException e) {
            // opening the file or the gzip header failed before any entry
            throw new EvidenceException(archive, "corrupt " + format()
                    + " archive, cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    /** Stages one entry, or records why not. Throws only for archive read or disk write errors. */
    private void stageEntry(TarArchiveInputStream tar, TarArchiveEntry entry) throws IOException {
        String raw = entry.getName();
        if (entry.isDirectory() || entry.isCharacterDevice() || entry.isBlockDevice()
                || entry.isFIFO()) {
            return; // folders are made as needed; devices and pipes carry no content
        }
        EntryNames.Cleaned name = EntryNames.clean(raw);
        if (!name.accepted()) {
            problem(raw, name.refusal());
            return;
        }
        if (entry.isSymbolicLink()) {
            String target = entry.getLinkName();
            problem(raw, EntryNames.resolveLink(name.path(), target) == null
                    ? "link leaves the evidence tree (points to " + target + "), refused"
                    : "link not followed: it points to " + target + " inside the evidence tree");
            return;
        }
        if (!entry.isLink() && !entry.isFile()) {
            return; // other special types (e.g. vendor extensions) have no file content
        }
        if (isListed(name.path())) {
            problem(raw, "duplicate name, only the first copy is used");
            return;
        }
        if (entry.isLink()) {
            stageHardLink(raw, name.path(), entry.getLinkName());
            return;
        }
        long size = entry.isSparse() ? entry.getRealSize() : entry.getSize();
        String refusal = sizeRefusal(size);
        if (refusal != null) {
            problem(raw, refusal);
            return;
        }
        Path dest = prepareDestination(raw, name.path());
        if (dest == null) {
            return;
        }
        long written = copyOut(tar, dest);
        stagedTotal += written;
        accept(new EvidenceEntry(name.path(), written));
    }

    /** A hard link names an earlier entry; its content is copied from that entry's staged file. */
    private void stageHardLink(String raw, String path, String linkName) throws IOException {
        EntryNames.Cleaned target = EntryNames.clean(linkName);
        if (!target.accepted()) {
            problem(raw, "link leaves the evidence tree (points to " + linkName + "), refused");
            return;
        }
        if (!isListed(target.path())) {
            problem(raw, "hard link to " + linkName + ", which is not a staged file, skipped");
            return;
        }
        Path source = stageRoot.resolve(target.path());
        long size = Files.size(source);
        String refusal = sizeRefusal(size);
        if (refusal != null) {
            problem(raw, refusal);
            return;
        }
        Path dest = prepareDestination(raw, path);
        if (dest == null) {
            return;
        }
        try {
            Files.copy(source, dest, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new StagingWriteException(e);
        }
        stagedTotal += size;
        accept(new EvidenceEntry(path, size));
    }

    private String sizeRefusal(long size) {
        if (size > limits.maxEntryBytes()) {
            return "expands beyond the limit of " + ExtractionLimits.human(limits.maxEntryBytes())
                    + " per entry (declares " + ExtractionLimits.human(size) + "; zip bomb?)";
        }
        if (stagedTotal + size > limits.maxTotalBytes()) {
            return "expands beyond the limit of " + ExtractionLimits.human(limits.maxTotalBytes())
                    + " for the whole item (zip bomb?)";
        }
        return null;
    }

    /**
     * Resolves and creates the destination's folder, proving it stays inside the staging folder.
     *
     * @return the destination, or null (with a problem recorded) when it cannot be used
     */
    private Path prepareDestination(String raw, String path) {
        try {
            Path dest = stageRoot.resolve(path).normalize();
            if (!dest.startsWith(stageRoot) || dest.equals(stageRoot)) {
                problem(raw, "would be written outside the staging folder, refused");
                return null;
            }
            Path parent = Files.createDirectories(dest.getParent());
            if (!parent.toRealPath().startsWith(stageRoot)) {
                problem(raw, "would be written outside the staging folder, refused");
                return null;
            }
            if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
                problem(raw, "cannot be staged: a folder of the same name is in the way");
                return null;
            }
            return dest;
        } catch (FileAlreadyExistsException e) {
            problem(raw, "cannot be staged: a file of the same name is in the way of its folder");
        } catch (IOException | InvalidPathException e) {
            problem(raw, "cannot be staged (" + e.getMessage() + ")");
        }
        return null;
    }

    /** Copies the current entry; read errors propagate as is, write errors as staging errors. */
    private static long copyOut(InputStream in, Path dest) throws IOException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        OutputStream out;
        try {
            out = Files.newOutputStream(dest, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StagingWriteException(e);
        }
        try (out) {
            int n;
            while ((n = in.read(buf)) > 0) {
                try {
                    out.write(buf, 0, n);
                } catch (IOException e) {
                    throw new StagingWriteException(e);
                }
                total += n;
            }
        } catch (IOException e) {
            Files.deleteIfExists(dest); // no half-staged files
            throw e;
        }
        return total;
    }

    @Override
    public boolean concurrentReads() {
        return true;
    }

    @Override
    public InputStream open(EvidenceEntry entry) throws IOException {
        EvidenceEntry listed = requireListed(entry);
        return Files.newInputStream(stageRoot.resolve(listed.path()), StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS);
    }

    /** SHA-256 of the archive file itself, computed on first use and then cached. */
    @Override
    public synchronized String sha256() throws IOException {
        if (archiveHash == null) {
            archiveHash = TreeHash.sha256(source());
        }
        return archiveHash;
    }

    /** The private folder the entries were extracted to (deleted on close). */
    public Path stagingFolder() {
        return stageRoot;
    }

    /** Deletes the staging folder. */
    @Override
    public void close() {
        try {
            if (Files.exists(stageRoot)) {
                PathUtils.deleteDirectory(stageRoot);
            }
        } catch (IOException e) {
            problem(null, "staging folder " + stageRoot + " could not be deleted ("
                    + e.getMessage() + ")");
        }
    }

    /** A failure writing to the work disk: the environment's fault, not the evidence's. */
    private static final class StagingWriteException extends IOException {
        private static final long serialVersionUID = 1L;

        StagingWriteException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
