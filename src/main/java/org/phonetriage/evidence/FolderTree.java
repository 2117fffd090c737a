package org.phonetriage.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;

/**
 * An evidence folder (e.g. an unpacked extraction), read in place and read-only.
 *
 * <p>Symbolic links are never followed. A link whose target lies outside the folder is refused
 * ("link leaves the evidence tree") so the tool cannot be steered into the examiner's own files.
 * A link whose target lies inside is skipped too, with a problem naming the target: its target is
 * listed under its own path already, and not following links rules out cycles and duplicates.
 * Devices, pipes and sockets carry no content and are ignored silently.
 */
public final class FolderTree extends AbstractEvidenceTree {

    private final Path root;
    private String treeHash;

    private FolderTree(Path source, String label, Path root) {
        this(source, label, root, "folder");
    }

    private FolderTree(Path source, String label, Path root, String kind) {
        super(label, source, kind);
        this.root = root;
    }

    /** Lists the folder; unreadable parts become problems. */
    static FolderTree open(Path folder, String label, ExtractionLimits limits)
            throws EvidenceException {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new EvidenceException(folder, "cannot be read (" + e.getMessage() + ")", e);
        }
        FolderTree tree = new FolderTree(folder, label, root);
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                    tree.new Lister(limits));
        } catch (IOException e) {
            throw new EvidenceException(folder, "cannot be listed (" + e.getMessage() + ")", e);
        }
        tree.finishListing();
        return tree;
    }

    /**
     * A single evidence file named on the command line (a SIM dump): a tree of that one file,
     * read in place like a folder's files.
     */
    static FolderTree single(Path file, String label) throws EvidenceException {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new EvidenceException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        FolderTree tree = new FolderTree(file, label, real.getParent(), "file");
        try {
            tree.accept(new EvidenceEntry(real.getFileName().toString(), Files.size(real)));
        } catch (IOException e) {
            throw new EvidenceException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        tree.finishListing();
        return tree;
    }

    @Override
    public boolean concurrentReads() {
        return true;
    }

    @Override
    public InputStream open(EvidenceEntry entry) throws IOException {
        EvidenceEntry listed = requireListed(entry);
        // NOFOLLOW_LINKS: a file swapped for a link after listing is not followed either
        return Files.newInputStream(root.resolve(listed.path()), StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS);
    }

    /** The tree hash of {@link TreeHash#ofTree} (a single file's own hash), computed on first use and cached. */
    @Override
    public synchronized String sha256() throws IOException {
        if (treeHash == null) {
            // a single file is hashed as itself, like an archive, so `verify` compares the same bytes
            treeHash = format().equals("file") ? TreeHash.sha256(source().toRealPath()) : TreeHash.ofTree(this);
        }
        return treeHash;
    }

    @Override
    public void close() {
        // nothing held open between reads
    }

    private String relative(Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private final class Lister extends SimpleFileVisitor<Path> {

        private final ExtractionLimits limits;

        Lister(ExtractionLimits limits) {
            this.limits = limits;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String rel = relative(file);
            if (attrs.isSymbolicLink()) {
                refuseLink(file, rel);
            } else if (attrs.isRegularFile()) {
                if (listedCount() >= limits.maxEntries()) {
                    problem(null, "more than " + limits.maxEntries()
                            + " files; the rest were not listed");
                    return FileVisitResult.TERMINATE;
                }
                if (Files.isReadable(file)) {
                    accept(new EvidenceEntry(rel, attrs.size()));
                } else {
                    problem(rel, "cannot be read (permission denied)");
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            problem(relative(file), "cannot be read (" + reason(e) + ")");
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                problem(relative(dir), "folder could not be fully listed (" + reason(e) + ")");
            }
            return FileVisitResult.CONTINUE;
        }

        private void refuseLink(Path link, String rel) {
            String target;
            try {
                target = Files.readSymbolicLink(link).toString();
            } catch (IOException e) {
                problem(rel, "link cannot be read (" + reason(e) + ")");
                return;
            }
            Path resolved;
            try {
                resolved = link.toRealPath(); // follows the whole chain of links
            } catch (IOException e) {
                resolved = link.getParent().resolve(target).normalize();
                if (resolved.startsWith(root)) {
                    problem(rel, "link not followed: its target " + target + " does not exist");
                    return;
                }
            }
            if (resolved.startsWith(root)) {
                problem(rel, "link not followed: it points to " + target
                        + " inside the evidence tree, listed there");
            } else {
                problem(rel, "link leaves the evidence tree (points to " + target + "), refused");
            }
        }

        private String reason(IOException e) {
            String name = e.getClass().getSimpleName();
            return name.equals("AccessDeniedException") ? "permission denied"
                    : e.getMessage() == null ? name : e.getMessage();
        }
    }
}
