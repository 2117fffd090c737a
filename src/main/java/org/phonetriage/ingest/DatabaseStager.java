package org.phonetriage.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phonetriage.detect.FileTypeDetector;
import org.phonetriage.detect.ParsePlan;
import org.phonetriage.detect.ParsePlanner;
import org.phonetriage.detect.SqliteMatcher;
import org.phonetriage.evidence.EvidenceEntry;
import org.phonetriage.evidence.EvidenceTree;
import org.phonetriage.evidence.Staging;
import org.phonetriage.evidence.TreeHash;
import org.phonetriage.evidence.WhatsAppCrypt;
import org.phonetriage.ingest.ParseJobs.Job;
import org.phonetriage.ingest.ParseJobs.SqliteJob;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.parsers.sqlite.SqliteDefinition;
import org.phonetriage.parsers.sqlite.RecoveredRowsRunner;
import org.phonetriage.parsers.sqlite.SqliteSchema;
import org.phonetriage.parsers.signal.SignalDatabase;
import org.phonetriage.parsers.threema.ThreemaDatabase;
import org.phonetriage.parsers.threema.ThreemaKeyFile;
import org.phonetriage.recovery.SqliteRecovery;
import org.phonetriage.store.CaseWriter;

/**
 * Puts databases where SQLite may open them — copies in the work folder, with their
 * {@code -wal}/{@code -shm}, or decrypted from WhatsApp's backups — and pairs each with the
 * definitions whose fingerprint it has. The evidence itself is never opened by SQLite.
 */
final class DatabaseStager {

    private final CaseWriter writer;
    private final SqliteMatcher matcher;
    private final UnreadFileRecorder unread;
    private byte[] whatsAppKey;
    private String signalKey;
    private boolean recovery = true;

    DatabaseStager(CaseWriter writer, SqliteMatcher matcher, UnreadFileRecorder unread) {
        this.writer = writer;
        this.matcher = matcher;
        this.unread = unread;
    }

    void setSignalKey(String hexKey) {
        this.signalKey = hexKey;
    }

    void setWhatsAppKey(byte[] keyFile) {
        this.whatsAppKey = keyFile;
    }

    /** Whether deleted records are recovered from the message, call and contact databases (on by default). */
    void setRecovery(boolean on) {
        this.recovery = on;
    }

    /** The record kinds whose databases deleted records are recovered from. */
    private static final Set<String> RECOVERED_KINDS = Set.of("message", "call", "contact");

    /** What recovery gave for a staged database, or why it could not run. */
    record Recovered(SqliteRecovery.Scan scan, String failure) {
    }

    /**
     * Recovers deleted records from a staged copy's bytes, before any SQLite connection opens it (closing
     * one checkpoints the -wal into the file and deletes it, and with it the superseded frames).
     */
    private Recovered recover(EvidenceEntry entry, Path staged) {
        if (!recovery) {
            return new Recovered(SqliteRecovery.Scan.NONE, null);
        }
        try {
            return new Recovered(SqliteRecovery.scan(staged, shapes -> {
                Map<String, List<String>> columns = new LinkedHashMap<>();
                shapes.forEach((name, shape) -> columns.put(name, shape.columns()));
                Set<String> tables = new HashSet<>();
                for (SqliteDefinition d : matcher.match(SqliteSchema.of(columns), entry.path())) {
                    if (RECOVERED_KINDS.contains(d.record())) {
                        tables.addAll(RecoveredRowsRunner.tablesOf(d));
                    }
                }
                return tables;
            }), null);
        } catch (SqliteRecovery.NotReadable | IOException | RuntimeException e) {
            // the live records are still read through SQLite; only recovery is given up
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Recovered(SqliteRecovery.Scan.NONE, reason);
        }
    }

    /** Decrypts a WhatsApp backup into the work folder and matches the database inside it. */
    List<Job> decryptAndMatch(EvidenceTree tree, ParsePlan plan, EvidenceEntry entry, int version, long itemId, Path folder,
                                      ProblemLog problems) throws SQLException, IOException {
        String label = tree.label();
        if (whatsAppKey == null) {
            problems.add(new Problem(label, entry.path(), "encrypted WhatsApp backup: give --wa-key",
                    ProblemCode.KEY_MISSING));
            writer.addEvidenceFile(itemId, entry.path(), entry.size(), null, "whatsapp-crypt" + version, "problem");
            return List.of();
        }
        Path staged = Files.createDirectories(folder).resolve(entry.name().replaceAll("\\.crypt1[245]$", ""));
        MessageDigest digest = TreeHash.newDigest();
        String sha256 = null;
        String failure = null;
        ProblemCode code = ProblemCode.DECRYPTION_FAILED;
        try (InputStream in = new DigestInputStream(tree.open(entry), digest)) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(staged), 1 << 16)) {
                WhatsAppCrypt.decrypt(in, whatsAppKey, version, out);
            } catch (WhatsAppCrypt.Undecryptable e) {
                failure = e.getMessage();
            }
            in.transferTo(OutputStream.nullOutputStream()); // the hash covers the whole file
            sha256 = TreeHash.hex(digest.digest());
        } catch (IOException e) {
            EvidenceIngest.noSpaceStops(e, folder);
            // the evidence could not be read, or the work folder not written
            failure = "cannot be decrypted for parsing (" + e.getMessage() + ")";
            code = ProblemCode.FILE_UNREADABLE;
        }
        if (failure != null) {
            // what was written is not the database (or not all of it): nothing unauthenticated is parsed
            Files.deleteIfExists(staged);
            problems.add(new Problem(label, entry.path(), failure, code));
            writer.addEvidenceFile(itemId, entry.path(), entry.size(), sha256, "whatsapp-crypt" + version, "problem");
            return List.of();
        }
        return matchStaged(label, plan, entry, staged, sha256, itemId, problems, recover(entry, staged));
    }

    /** Decrypts Signal's SQLCipher signal.db (with its -wal) into the work folder and matches the plain copy. */
    List<Job> decryptSignalAndMatch(EvidenceTree tree, ParsePlan plan, EvidenceEntry entry, long itemId, Path folder,
                                    ProblemLog problems) throws SQLException, IOException {
        String label = tree.label();
        if (signalKey == null) {
            problems.add(new Problem(label, entry.path(), "Signal's database is encrypted (SQLCipher): give --signal-key",
                    ProblemCode.KEY_MISSING));
            writer.addEvidenceFile(itemId, entry.path(), entry.size(), null, SignalDatabase.TYPE, "problem");
            return List.of();
        }
        return decryptAndMatch(tree, plan, entry, itemId, folder, problems, SignalDatabase.TYPE,
                (encrypted, plain) -> SignalDatabase.decrypt(encrypted, plain, signalKey));
    }

    /**
     * Decrypts Threema's SQLCipher threema4.db (with its -wal) into the work folder with the master key
     * of the app's files/key.dat, and matches the plain copy. A key file missing, protected by a
     * passphrase, damaged or not opening the database is a problem naming the file; the item goes on.
     */
    List<Job> decryptThreemaAndMatch(EvidenceTree tree, ParsePlan plan, EvidenceEntry entry, long itemId, Path folder,
                                     ProblemLog problems) throws SQLException, IOException {
        String label = tree.label();
        String keyPath = ThreemaDatabase.keyFilePath(entry.path());
        var keyEntry = tree.find(keyPath);
        ThreemaKeyFile.Unwrapped key = null;
        if (keyEntry.isPresent()) {
            byte[] bytes;
            try (InputStream in = tree.open(keyEntry.get())) {
                bytes = in.readNBytes(ThreemaKeyFile.SIZE + 1); // more than a key file holds is no key file
            }
            key = ThreemaKeyFile.unwrap(bytes);
            writer.addEvidenceFile(itemId, keyEntry.get().path(), keyEntry.get().size(),
                    TreeHash.hex(TreeHash.newDigest().digest(bytes)), "threema-key",
                    key.failure() == null ? "companion" : "problem");
        }
        if (key == null || key.failure() != null) {
            String why = key == null ? "Threema's database is encrypted (SQLCipher) and its key file " + keyPath
                    + " is not in the extraction" : "Threema's database is encrypted (SQLCipher) and its key file "
                    + keyPath + " " + key.failure();
            problems.add(new Problem(label, entry.path(), why, key == null || key.failure().contains("passphrase")
                    ? ProblemCode.KEY_MISSING : ProblemCode.DECRYPTION_FAILED));
            writer.addEvidenceFile(itemId, entry.path(), entry.size(), null, ThreemaDatabase.TYPE, "problem");
            return List.of();
        }
        byte[] master = key.key();
        return decryptAndMatch(tree, plan, entry, itemId, folder, problems, ThreemaDatabase.TYPE,
                (encrypted, plain) -> ThreemaDatabase.decrypt(encrypted, plain, master));
    }

    /** Decrypts a staged database to a plain copy: null, or why it failed. */
    private interface Decryption {
        String decrypt(Path encrypted, Path plain) throws IOException;
    }

    /**
     * Copies an encrypted database and its companions (hashed, recorded as {@code type}) into the
     * work folder, decrypts it to a plain copy and matches that; a failure is a problem naming it.
     */
    private List<Job> decryptAndMatch(EvidenceTree tree, ParsePlan plan, EvidenceEntry entry, long itemId, Path folder,
                                      ProblemLog problems, String type, Decryption decryption)
            throws SQLException, IOException {
        String label = tree.label();
        Path encrypted = Files.createDirectories(folder.resolve("encrypted")).resolve(entry.name());
        String sha256 = Staging.copyWithHash(tree, entry, encrypted);
        for (String suffix : ParsePlanner.COMPANIONS) {
            var companion = tree.find(entry.path() + suffix);
            if (companion.isPresent()) {
                String hash = Staging.copyWithHash(tree, companion.get(), folder.resolve("encrypted/" + entry.name() + suffix));
                writer.addEvidenceFile(itemId, companion.get().path(), companion.get().size(), hash, type + suffix,
                        "companion");
            }
        }
        Path plain = folder.resolve(entry.name());
        String failure = decryption.decrypt(encrypted, plain);
        if (failure != null) {
            Files.deleteIfExists(plain);
            problems.add(new Problem(label, entry.path(), failure, ProblemCode.DECRYPTION_FAILED));
            writer.addEvidenceFile(itemId, entry.path(), entry.size(), sha256, type, "problem");
            return List.of();
        }
        return matchStaged(label, plan, entry, plain, sha256, itemId, problems, recover(entry, plain));
    }

    /** A companion file ({@code -wal}, {@code -shm}, {@code -journal}) copied beside a staged database. */
    record Companion(EvidenceEntry entry, String suffix, String sha256) {
    }

    /**
     * A database copied into the work folder with its companions, hashed and scanned for deleted
     * records: the part of staging that writes nothing to the case, so it may be done ahead of the
     * item's turn on another thread ({@link ItemPrefetch}).
     */
    record Staged(Path copy, String sha256, List<Companion> companions, Recovered recovered) {
    }

    /** Copies a database and its companions into {@code folder} and scans the copy for deleted records. */
    Staged stage(EvidenceTree tree, EvidenceEntry entry, Path folder) throws IOException {
        Path staged = folder.resolve(entry.name());
        String sha256 = Staging.copyWithHash(tree, entry, staged);
        List<Companion> companions = new ArrayList<>();
        for (String suffix : ParsePlanner.COMPANIONS) {
            var companion = tree.find(entry.path() + suffix);
            if (companion.isPresent()) {
                companions.add(new Companion(companion.get(), suffix,
                        Staging.copyWithHash(tree, companion.get(), folder.resolve(entry.name() + suffix))));
            }
        }
        return new Staged(staged, sha256, companions, recover(entry, staged));
    }

    /**
     * Copies a database with its companions (unless {@code ready} holds them, staged ahead), reads its
     * schema and pairs it with definitions.
     */
    List<Job> stageAndMatch(EvidenceTree tree, ParsePlan plan, EvidenceEntry entry, long itemId, Path folder,
                            ProblemLog problems, Staged ready) throws SQLException, IOException {
        Staged staged = ready != null ? ready : stage(tree, entry, folder);
        for (Companion c : staged.companions()) {
            writer.addEvidenceFile(itemId, c.entry().path(), c.entry().size(), c.sha256(),
                    FileTypeDetector.SQLITE + c.suffix(), "companion");
        }
        return matchStaged(tree.label(), plan, entry, staged.copy(), staged.sha256(), itemId, problems,
                staged.recovered());
    }

    /** Reads a staged database's schema and pairs it with the definitions that read it. */
    private List<Job> matchStaged(String label, ParsePlan plan, EvidenceEntry entry, Path staged, String sha256, long itemId,
                                  ProblemLog problems, Recovered recovered) throws SQLException {
        SqliteSchema schema;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + staged.toAbsolutePath())) {
            schema = SqliteSchema.read(db);
        } catch (SQLException e) {
            problems.add(new Problem(label, entry.path(), "corrupt or truncated SQLite database ("
                    + sqliteReason(e) + ")", ProblemCode.FILE_CORRUPT));
            writer.addEvidenceFile(itemId, entry.path(), entry.size(), sha256, FileTypeDetector.SQLITE, "problem");
            return List.of();
        }
        ParsePlanner.DatabaseClaim claim = plan.claim(entry, schema);
        List<SqliteDefinition> matches = claim.definitions();
        if (claim.unclaimed()) {
            String status = "not-parsed";
            if (claim.knownName()) {
                problems.add(new Problem(label, entry.path(), "unknown schema: no parser definition matches"
                        + " its tables " + schema.tables(), ProblemCode.UNKNOWN_SCHEMA));
                status = "problem";
            }
            long fileId = writer.addEvidenceFile(itemId, entry.path(), entry.size(), sha256, FileTypeDetector.SQLITE,
                    status);
            unread.database(entry.path(), fileId, staged); // the staged copy is gone once the item is done
            return List.of();
        }
        long fileId = writer.addEvidenceFile(itemId, entry.path(), entry.size(), sha256,
                FileTypeDetector.SQLITE, "parsed");
        if (recovered.failure() != null && matches.stream().anyMatch(d -> RECOVERED_KINDS.contains(d.record()))) {
            problems.add(new Problem(label, entry.path(), "deleted records not recovered: " + recovered.failure()
                    + " (the live records are read)", ProblemCode.RECOVERY_INCOMPLETE));
        }
        return matches.stream().map(d -> (Job) new SqliteJob(entry, fileId, staged, sha256, schema, d,
                recovered.scan())).toList();
    }

    static String sqliteReason(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "");
    }
}
