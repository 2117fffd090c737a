package org.phonetriage.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.io.file.PathUtils;
import org.phonetriage.model.Problem;

/**
 * An iTunes/Finder backup seen as the phone's files: Manifest.db's {@code Files} table names each
 * content file ({@code <first two hex>/<fileID>}) by its domain and relative path, so
 * {@code 3d/3d0d7e…} is shown as {@code HomeDomain/Library/SMS/sms.db}. Files the manifest does
 * not name (orphans) and the backup's own plists keep their own paths. Files are addressed
 * through the manifest, never by guessing hashes.
 */
final class ItunesBackupTree implements EvidenceTree {

    private final EvidenceTree inner;
    private final Map<String, EvidenceEntry> byVirtual = new TreeMap<>();
    private final Map<String, EvidenceEntry> innerOf = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private ItunesBackupTree(EvidenceTree inner) {
        this.inner = inner;
    }

    /** The tree as the phone's files when it is a backup (Manifest.db at its root or one folder down). */
    static EvidenceTree wrapIfBackup(EvidenceTree tree, Path workDir) throws IOException {
        Optional<EvidenceEntry> manifest = tree.entries().stream()
                .filter(e -> e.path().equals("Manifest.db") || e.path().matches("[^/]+/Manifest\\.db"))
                .findFirst();
        if (manifest.isEmpty()) {
            return tree;
        }
        String prefix = manifest.get().path().substring(0, manifest.get().path().length() - "Manifest.db".length());
        ItunesBackupTree backup = new ItunesBackupTree(tree);
        backup.map(manifest.get(), prefix, workDir);
        return backup;
    }

    private void map(EvidenceEntry manifest, String prefix, Path workDir) throws IOException {
        Path folder = Files.createTempDirectory(Files.createDirectories(workDir), "manifest");
        try {
            Path copy = folder.resolve("Manifest.db");
            Staging.copyWithHash(inner, manifest, copy);
            for (String suffix : List.of("-wal", "-shm")) {
                Optional<EvidenceEntry> sibling = inner.find(manifest.path() + suffix);
                if (sibling.isPresent()) {
                    Staging.copyWithHash(inner, sibling.get(), folder.resolve("Manifest.db" + suffix));
                }
            }
            Set<String> mapped = new HashSet<>();
            int missing = 0;
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
                 Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT fileID, domain, relativePath FROM Files WHERE flags = 1"
                         + " ORDER BY domain, relativePath")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Optional<EvidenceEntry> content = inner.find(prefix + id.substring(0, 2) + "/" + id)
                            .or(() -> inner.find(prefix + id));
                    if (content.isEmpty()) {
                        missing++;
                        continue;
                    }
                    String virtual = rs.getString(2) + "/" + rs.getString(3);
                    EvidenceEntry entry = new EvidenceEntry(virtual, content.get().size());
                    byVirtual.put(virtual, entry);
                    innerOf.put(virtual, content.get());
                    mapped.add(content.get().path());
                }
            } catch (SQLException e) {
                problems.add(new Problem(inner.label(), manifest.path(), "Manifest.db cannot be read ("
                        + e.getMessage() + "); an encrypted backup's manifest needs its password, which is not"
                        + " supported yet: the files are looked at under their hashed names"));
            }
            if (missing > 0) {
                problems.add(new Problem(inner.label(), manifest.path(), missing
                        + " files listed in Manifest.db are not in the backup"));
            }
            for (EvidenceEntry e : inner.entries()) {
                if (!mapped.contains(e.path())) {
                    byVirtual.putIfAbsent(e.path(), e);
                    innerOf.putIfAbsent(e.path(), e);
                }
            }
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    @Override
    public String label() {
        return inner.label();
    }

    @Override
    public Path source() {
        return inner.source();
    }

    @Override
    public String format() {
        return "itunes-backup";
    }

    @Override
    public String sha256() throws IOException {
        return inner.sha256();
    }

    @Override
    public List<EvidenceEntry> entries() {
        return List.copyOf(byVirtual.values());
    }

    @Override
    public Optional<EvidenceEntry> find(String path) {
        return Optional.ofNullable(byVirtual.get(path));
    }

    @Override
    public InputStream open(EvidenceEntry entry) throws IOException {
        EvidenceEntry real = innerOf.get(entry.path());
        if (real == null) {
            throw new IOException(entry.path() + " is not in this backup");
        }
        return inner.open(real);
    }

    @Override
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(inner.problems());
        all.addAll(problems);
        return all;
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
