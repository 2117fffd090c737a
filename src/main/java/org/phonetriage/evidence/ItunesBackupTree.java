package org.phonetriage.evidence;

import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
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
import org.phonetriage.model.ProblemCode;

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
    /** For an encrypted backup: each file's key and plaintext size, by its domain path. */
    private final Map<String, BackupDecryption.FileKey> keys = new TreeMap<>();
    private byte[] manifestKey;
    /** Manifest.db and Manifest.plist: read here, to name and decrypt the other files. */
    private final Set<String> ownFiles = new HashSet<>();

    private ItunesBackupTree(EvidenceTree inner) {
        this.inner = inner;
    }

    /**
     * The tree as the phone's files when it is a backup (Manifest.db at its root or one folder down).
     *
     * @param passwords the passwords to try, in order (empty for none)
     * @throws EvidenceException for an encrypted backup without a password or with a wrong one:
     *                           nothing of it is ingested
     */
    static EvidenceTree wrapIfBackup(EvidenceTree tree, Path workDir, List<String> passwords)
            throws IOException, EvidenceException {
        Optional<EvidenceEntry> manifest = tree.entries().stream()
                .filter(e -> e.path().equals("Manifest.db") || e.path().matches("[^/]+/Manifest\\.db"))
                .findFirst();
        if (manifest.isEmpty()) {
            return tree;
        }
        String prefix = manifest.get().path().substring(0, manifest.get().path().length() - "Manifest.db".length());
        ItunesBackupTree backup = new ItunesBackupTree(tree);
        for (String plist : List.of("Info.plist", "Status.plist")) {
            if (tree.find(prefix + plist).isEmpty()) {
                backup.problems.add(new Problem(tree.label(), prefix + plist, "missing from the backup"));
            }
        }
        backup.ownFiles.add(manifest.get().path());
        backup.ownFiles.add(prefix + "Manifest.plist");
        BackupDecryption decryption = backup.unlock(prefix, passwords);
        backup.map(manifest.get(), prefix, workDir, decryption);
        return backup;
    }

    /** The keys of an encrypted backup (Manifest.plist IsEncrypted), or null for a plain one. */
    private BackupDecryption unlock(String prefix, List<String> passwords) throws IOException, EvidenceException {
        Optional<EvidenceEntry> plist = inner.find(prefix + "Manifest.plist");
        if (plist.isEmpty()) {
            problems.add(new Problem(inner.label(), prefix + "Manifest.plist", "missing from the backup: it is read"
                    + " as unencrypted"));
            return null;
        }
        NSDictionary manifest;
        try (InputStream in = inner.open(plist.get())) {
            manifest = (NSDictionary) Plists.parse(in.readAllBytes());
        } catch (Exception e) {
            problems.add(new Problem(inner.label(), plist.get().path(), "not a property list (" + e.getMessage()
                    + "): the backup is read as unencrypted", ProblemCode.FILE_CORRUPT));
            return null;
        }
        if (!(manifest.get("IsEncrypted") instanceof NSNumber encrypted) || !encrypted.boolValue()) {
            return null;
        }
        if (passwords.isEmpty()) {
            throw new EvidenceException(inner.source(), "encrypted backup: give --password (or --password-file)",
                    ProblemCode.PASSWORD_MISSING);
        }
        try {
            BackupKeybag bag = BackupKeybag.parse(((NSData) manifest.get("BackupKeyBag")).bytes());
            for (String password : passwords) {
                try {
                    BackupDecryption decryption = new BackupDecryption(bag.unlock(password));
                    manifestKey = decryption.unwrap(((NSData) manifest.get("ManifestKey")).bytes());
                    return decryption;
                } catch (java.security.InvalidKeyException wrong) {
                    // the next password
                }
            }
            throw new EvidenceException(inner.source(), passwords.size() == 1 ? "wrong backup password"
                    : "wrong backup password (none of the " + passwords.size() + " given fits)",
                    ProblemCode.WRONG_PASSWORD);
        } catch (java.security.GeneralSecurityException | ClassCastException | NullPointerException e) {
            throw new EvidenceException(inner.source(), "an encrypted backup whose keys cannot be read from"
                    + " Manifest.plist (" + e + ")", e);
        }
    }

    private void map(EvidenceEntry manifest, String prefix, Path workDir, BackupDecryption decryption)
            throws IOException {
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
            if (decryption != null) {
                try {
                    Files.write(copy, BackupDecryption.decrypt(Files.readAllBytes(copy), manifestKey));
                } catch (java.security.GeneralSecurityException e) {
                    throw new IOException("Manifest.db cannot be decrypted (" + e.getMessage() + ")", e);
                }
            }
            Set<String> mapped = new HashSet<>();
            int missing = 0;
            int keyless = 0;
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
                 Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT fileID, domain, relativePath"
                         + (decryption == null ? "" : ", file") + " FROM Files WHERE flags = 1"
                         + " ORDER BY domain, relativePath")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    // a damaged manifest may hold a row without its fileID (or a short one): nothing to find
                    Optional<EvidenceEntry> content = id == null || id.isEmpty() ? Optional.empty()
                            : inner.find(prefix + id.substring(0, Math.min(2, id.length())) + "/" + id)
                            .or(() -> inner.find(prefix + id));
                    if (content.isEmpty()) {
                        missing++;
                        continue;
                    }
                    if (rs.getString(2) == null || rs.getString(3) == null) {
                        continue; // a row without its domain or path names nothing: the file keeps its hashed name
                    }
                    String virtual = rs.getString(2) + "/" + rs.getString(3);
                    long size = content.get().size();
                    if (decryption != null) {
                        BackupDecryption.FileKey key = fileKey(decryption, rs.getBytes(4));
                        if (key == null) {
                            keyless++;
                            continue;
                        }
                        keys.put(virtual, key);
                        size = key.size() == Long.MAX_VALUE ? size : key.size();
                    }
                    EvidenceEntry entry = new EvidenceEntry(virtual, size);
                    byVirtual.put(virtual, entry);
                    innerOf.put(virtual, content.get());
                    mapped.add(content.get().path());
                }
            } catch (SQLException e) {
                problems.add(new Problem(inner.label(), manifest.path(), "Manifest.db cannot be read ("
                        + e.getMessage() + "): the files are looked at under their hashed names",
                        ProblemCode.FILE_CORRUPT));
            }
            if (keyless > 0) {
                problems.add(new Problem(inner.label(), manifest.path(), keyless
                        + " files of this encrypted backup have no readable key in Manifest.db and are not read"));
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

    private static BackupDecryption.FileKey fileKey(BackupDecryption decryption, byte[] mbFile) {
        try {
            return mbFile == null ? null : decryption.fileKey(mbFile);
        } catch (Exception e) {
            return null;
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
        BackupDecryption.FileKey key = keys.get(entry.path());
        if (key == null) {
            return inner.open(real);
        }
        try {
            return BackupDecryption.decrypting(inner.open(real), key);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("cannot be decrypted (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public boolean readsItself(String path) {
        return ownFiles.contains(path);
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
