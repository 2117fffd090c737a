package org.phonetriage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.file.PathUtils;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.phonetriage.detect.FileTypeDetector;
import org.phonetriage.detect.SqliteMatcher;
import org.phonetriage.evidence.EvidenceEntry;
import org.phonetriage.evidence.EvidenceException;
import org.phonetriage.evidence.EvidenceOpener;
import org.phonetriage.evidence.EvidenceTree;
import org.phonetriage.evidence.ExtractionLimits;
import org.phonetriage.evidence.Staging;
import org.phonetriage.evidence.TreeHash;
import org.phonetriage.evidence.WhatsAppCrypt;
import org.phonetriage.parser.FileParser;
import org.phonetriage.parser.FileParsers;
import org.phonetriage.parser.ParserDescriptor;
import org.phonetriage.model.Problem;
import org.phonetriage.normalize.DeviceRegion;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.normalize.RegionHint;
import org.phonetriage.parser.sqlite.SqliteDefinition;
import org.phonetriage.parser.sqlite.SqliteDefinitionRunner;
import org.phonetriage.parser.sqlite.SqliteSchema;
import org.phonetriage.progress.Progress;
import org.phonetriage.store.CaseWriter;

/**
 * Ingests one evidence item as one device: open it, find the files parsers understand, stage and
 * parse them, normalise and store. Every problem is recorded and the rest goes on; only a failure
 * to write the case itself stops it.
 */
public final class EvidenceIngest {

    /** SQLite keeps part of a database beside it; these travel with the main file. */
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");
    /**
     * Parsed in this order, so the region clues (the SIM, then the countries of the calls and the
     * SMS centres of the messages) are known before the address book, which has none of its own.
     */
    private static final Map<String, Integer> RECORD_ORDER = Map.of("identity", 0, "sim", 0, "call", 1,
            "message", 2, "contact", 3);

    private final CaseWriter writer;
    private final SqliteMatcher matcher;
    private final IdentifierNormalizer normalizer;
    private final FileTypeDetector detector = new FileTypeDetector();
    private final FileParsers fileParsers = FileParsers.builtIn();
    private final Path workDir;
    private final ExtractionLimits limits;
    private final String examinerRegion;
    private final List<String> examinerCaseRegions;
    private String password;
    private final Progress progress;

    public EvidenceIngest(CaseWriter writer, SqliteMatcher matcher, IdentifierNormalizer normalizer,
                          Path workDir, ExtractionLimits limits, String examinerRegion,
                          List<String> examinerCaseRegions, Progress progress) {
        this.writer = writer;
        this.matcher = matcher;
        this.normalizer = normalizer;
        this.workDir = workDir;
        this.limits = limits;
        this.examinerRegion = examinerRegion;
        this.examinerCaseRegions = List.copyOf(examinerCaseRegions);
        this.progress = progress;
    }

    private byte[] whatsAppKey;

    /** The key file of WhatsApp's encrypted backups (msgstore.db.crypt12/14/15), or null. */
    public void setWhatsAppKey(byte[] keyFile) {
        this.whatsAppKey = keyFile;
    }

    /** The password of encrypted evidence (Android backups), or null. */
    public void setPassword(String password) {
        this.password = password;
    }

    /** What one item gave. */
    public record Result(String label, String platform, long records, int problems, int filesParsed) {
    }

    /** One parser to run on one file. */
    private sealed interface Job permits SqliteJob, FileJob {
        EvidenceEntry entry();

        ParserDescriptor parser();

        String yields();
    }

    /** A database matched to a definition that will read it, staged in the work folder. */
    private record SqliteJob(EvidenceEntry entry, long fileId, Path staged, String sha256, SqliteSchema schema,
                             SqliteDefinition definition) implements Job {
        public ParserDescriptor parser() {
            return definition.descriptor();
        }

        public String yields() {
            return definition.record();
        }
    }

    /** A file a code parser reads straight from the evidence (hashed as it is read). */
    private record FileJob(EvidenceEntry entry, FileParser fileParser, String type) implements Job {
        public ParserDescriptor parser() {
            return fileParser.descriptor();
        }

        public String yields() {
            return fileParser.yields();
        }
    }

    public Result ingest(Path item, String label) throws SQLException, IOException {
        String name = label == null ? EvidenceOpener.labelFor(item) : label;
        ProblemLog problems = new ProblemLog(progress);
        long deviceId = writer.addDevice(name, "other");
        Path deviceWork = workDir.resolve("device-" + deviceId);
        try (EvidenceTree tree = EvidenceOpener.open(item, name, deviceWork, limits, password)) {
            long itemId = writer.addEvidenceItem(deviceId, item, tree.format(), tree.sha256(),
                    Files.isRegularFile(item) ? Files.size(item) : null);
            tree.problems().forEach(problems::add);
            return parse(tree, deviceId, itemId, deviceWork, problems);
        } catch (EvidenceException e) {
            writer.addEvidenceItem(deviceId, item, null, null, null);
            problems.add(new Problem(name, null, e.getMessage()));
            return finish(deviceId, name, "other", problems, 0, 0, null);
        } finally {
            if (Files.exists(deviceWork)) {
                PathUtils.deleteDirectory(deviceWork);
            }
        }
    }

    private Result parse(EvidenceTree tree, long deviceId, long itemId, Path deviceWork,
                         ProblemLog problems) throws SQLException, IOException {
        String label = tree.label();
        List<Job> jobs = findJobs(tree, itemId, deviceWork, problems);
        DeviceRegion region = new DeviceRegion(caseRegions());
        if (examinerRegion != null) {
            region.add("examiner", examinerRegion);
        }
        NormalizingSink sink = new NormalizingSink(writer, normalizer, region, deviceId, label, problems, progress);
        Set<String> platforms = new TreeSet<>();
        Set<String> parsedFiles = new HashSet<>();
        for (Job job : jobs) {
            boolean ok = job instanceof SqliteJob sj ? run(sj, label, deviceId, sink, problems)
                    : run((FileJob) job, tree, itemId, label, deviceId, sink, problems);
            if (ok) {
                platforms.add(job.parser().platform());
                parsedFiles.add(job.entry().path());
            }
        }
        if (jobs.isEmpty()) {
            problems.add(new Problem(label, null, "nothing in this item could be parsed ("
                    + tree.entries().size() + " files looked at)"));
        }
        String platform = platforms.size() == 1 ? platforms.iterator().next() : "other";
        return finish(deviceId, label, platform, problems, sink.records(), parsedFiles.size(),
                regionOf(region));
    }

    /** Every (database, definition) pair to run, in the order they must run. */
    private List<Job> findJobs(EvidenceTree tree, long itemId, Path deviceWork, ProblemLog problems)
            throws SQLException, IOException {
        List<Job> jobs = new ArrayList<>();
        int staged = 0;
        for (EvidenceEntry entry : tree.entries()) {
            if (isCompanion(tree, entry)) {
                continue;
            }
            Matcher crypt = WHATSAPP_CRYPT.matcher(entry.name());
            if (crypt.matches()) {
                jobs.addAll(decryptAndMatch(tree, entry, Integer.parseInt(crypt.group(2)), itemId,
                        deviceWork.resolve("db-" + staged++), problems));
                continue;
            }
            String type = detectType(tree, entry, itemId, problems);
            if (type == null) {
                continue;
            }
            if (FileTypeDetector.SQLITE.equals(type)) {
                try {
                    jobs.addAll(stageAndMatch(tree, entry, itemId, deviceWork.resolve("db-" + staged++), problems));
                } catch (IOException e) {
                    // one unreadable entry (or one over the expansion limits) never stops the item
                    problems.add(new Problem(tree.label(), entry.path(), "cannot be copied for parsing ("
                            + e.getMessage() + ")"));
                    writer.addEvidenceFile(itemId, entry.path(), entry.size(), null, type, "problem");
                }
                continue;
            }
            List<FileParser> readers = fileParsers.matching(entry.path(), type);
            if (!readers.isEmpty()) {
                readers.forEach(p -> jobs.add(new FileJob(entry, p, type)));
                continue;
            }
            String status = "not-parsed";
            if (matcher.isKnownName(entry.path())) {
                problems.add(new Problem(tree.label(), entry.path(),
                        "not a SQLite database (content is " + type + ")"));
                status = "problem";
            }
            writer.addEvidenceFile(itemId, entry.path(), entry.size(), null, type, status);
        }
        jobs.sort(Comparator.comparing((Job j) -> RECORD_ORDER.getOrDefault(j.yields(), 2))
                .thenComparing(j -> j.entry().path()).thenComparing(j -> j.parser().id()));
        return jobs;
    }

    /** WhatsApp's encrypted backups: msgstore.db.crypt15, wa.db.crypt14 ... */
    private static final Pattern WHATSAPP_CRYPT = Pattern.compile("(.+)\\.crypt(12|14|15)");

    /** Decrypts a WhatsApp backup into the work folder and matches the database inside it. */
    private List<Job> decryptAndMatch(EvidenceTree tree, EvidenceEntry entry, int version, long itemId, Path folder,
                                      ProblemLog problems) throws SQLException, IOException {
        String label = tree.label();
        if (whatsAppKey == null) {
            problems.add(new Problem(label, entry.path(), "encrypted WhatsApp backup: give --wa-key"));
            writer.addEvidenceFile(itemId, entry.path(), entry.size(), null, "whatsapp-crypt" + version, "problem");
            return List.of();
        }
        byte[] encrypted;
        try (InputStream in = tree.open(entry)) {
            encrypted = in.readAllBytes();
        }
        String sha256 = TreeHash.hex(TreeHash.newDigest().digest(encrypted));
        byte[] database;
        try {
            database = WhatsAppCrypt.decrypt(encrypted, whatsAppKey, version);
        } catch (IOException e) {
            problems.add(new Problem(label, entry.path(), e.getMessage()));
            writer.addEvidenceFile(itemId, entry.path(), entry.size(), sha256, "whatsapp-crypt" + version, "problem");
            return List.of();
        }
        Path staged = Files.createDirectories(folder).resolve(entry.name().replaceAll("\\.crypt1[245]$", ""));
        Files.write(staged, database);
        return matchStaged(label, entry, staged, sha256, itemId, problems);
    }

    /** Copies a database with its companions, reads its schema and pairs it with definitions. */
    private List<Job> stageAndMatch(EvidenceTree tree, EvidenceEntry entry, long itemId, Path folder,
                                    ProblemLog problems) throws SQLException, IOException {
        String label = tree.label();
        Path staged = folder.resolve(entry.name());
        String sha256 = Staging.copyWithHash(tree, entry, staged);
        for (String suffix : COMPANIONS) {
            var companion = tree.find(entry.path() + suffix);
            if (companion.isPresent()) {
                String hash = Staging.copyWithHash(tree, companion.get(), folder.resolve(entry.name() + suffix));
                writer.addEvidenceFile(itemId, companion.get().path(), companion.get().size(), hash,
                        FileTypeDetector.SQLITE + suffix, "companion");
            }
        }
        return matchStaged(label, entry, staged, sha256, itemId, problems);
    }

    /** Reads a staged database's schema and pairs it with the definitions that read it. */
    private List<Job> matchStaged(String label, EvidenceEntry entry, Path staged, String sha256, long itemId,
                                  ProblemLog problems) throws SQLException {
        SqliteSchema schema;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + staged.toAbsolutePath())) {
            schema = SqliteSchema.read(db);
        } catch (SQLException e) {
            problems.add(new Problem(label, entry.path(), "corrupt or truncated SQLite database ("
                    + sqliteReason(e) + ")"));
            writer.addEvidenceFile(itemId, entry.path(), entry.size(), sha256, FileTypeDetector.SQLITE, "problem");
            return List.of();
        }
        List<SqliteDefinition> matches = matcher.match(schema, entry.path());
        if (matches.isEmpty()) {
            String status = "not-parsed";
            if (matcher.isKnownName(entry.path())) {
                problems.add(new Problem(label, entry.path(), "unknown schema: no parser definition matches"
                        + " its tables " + schema.tables()));
                status = "problem";
            }
            writer.addEvidenceFile(itemId, entry.path(), entry.size(), sha256, FileTypeDetector.SQLITE, status);
            return List.of();
        }
        long fileId = writer.addEvidenceFile(itemId, entry.path(), entry.size(), sha256,
                FileTypeDetector.SQLITE, "parsed");
        return matches.stream().map(d -> (Job) new SqliteJob(entry, fileId, staged, sha256, schema, d)).toList();
    }

    /** Runs one definition on one database; false when it failed (a problem is recorded). */
    /** Runs a code parser on a file read straight from the evidence, hashing it on the way. */
    private boolean run(FileJob job, EvidenceTree tree, long itemId, String label, long deviceId, NormalizingSink sink,
                        ProblemLog problems) throws SQLException {
        ParserDescriptor p = job.parser();
        MessageDigest digest = TreeHash.newDigest();
        long started = System.nanoTime();
        long before = sink.records();
        long fileId = writer.addEvidenceFile(itemId, job.entry().path(), job.entry().size(), null, job.type(), "parsed");
        long runId = writer.startRun(deviceId, fileId, p.id(), p.version());
        sink.startRun(runId, p.id());
        try (InputStream in = new DigestInputStream(tree.open(job.entry()), digest)) {
            // shielded: a parser closing its stream must not cut the hash short
            job.fileParser().parse(CloseShieldInputStream.wrap(in), new FileParser.Source(label, job.entry().path()), sink);
            in.transferTo(OutputStream.nullOutputStream()); // the hash covers the whole file
            writer.setFileHash(fileId, TreeHash.hex(digest.digest()));
            long n = sink.records() - before;
            writer.finishRun(runId, n, "ok", null);
            progress.parserFinished(label, p.id(), job.entry().path(), n, (System.nanoTime() - started) / 1e9);
            return true;
        } catch (IOException | RuntimeException e) {
            if (e instanceof CaseWriteException cwe) {
                throw cwe;
            }
            long n = sink.records() - before;
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            problems.add(new Problem(label, job.entry().path(), "failed while reading with " + p.id() + " ("
                    + reason + ")" + (n > 0 ? "; " + n + " records read before the failure are kept" : "")));
            writer.finishRun(runId, n, "failed", reason);
            return false;
        }
    }

    private boolean run(SqliteJob job, String label, long deviceId, NormalizingSink sink, ProblemLog problems)
            throws SQLException {
        SqliteDefinition def = job.definition();
        long runId = writer.startRun(deviceId, job.fileId(), def.id(), def.version());
        sink.startRun(runId, def.id());
        long before = sink.records();
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + job.staged().toAbsolutePath())) {
            long n = SqliteDefinitionRunner.run(def, db, job.schema(),
                    new SqliteDefinitionRunner.Source(label, job.entry().path(), job.sha256()), sink);
            writer.finishRun(runId, n, "ok", null);
            progress.parserFinished(label, def.id(), job.entry().path(), n, (System.nanoTime() - started) / 1e9);
            return true;
        } catch (SQLException e) {
            long n = sink.records() - before;
            String reason = "failed while reading with " + def.id() + " (" + sqliteReason(e) + ")"
                    + (n > 0 ? "; " + n + " records read before the failure are kept" : "");
            problems.add(new Problem(label, job.entry().path(), reason));
            writer.finishRun(runId, n, "failed", sqliteReason(e));
            return false;
        }
    }

    private String detectType(EvidenceTree tree, EvidenceEntry entry, long itemId, ProblemLog problems)
            throws SQLException {
        try (InputStream in = tree.open(entry)) {
            return detector.detect(in);
        } catch (IOException e) {
            problems.add(new Problem(tree.label(), entry.path(), "cannot be read (" + e.getMessage() + ")"));
            writer.addEvidenceFile(itemId, entry.path(), entry.size(), null, null, "problem");
            return null;
        }
    }

    private Result finish(long deviceId, String label, String platform, ProblemLog problems, long records,
                          int files, RegionHint home) throws SQLException {
        writer.updateDevice(deviceId, platform, home == null ? null : home.region(),
                home == null ? "unknown" : home.basis());
        for (Problem p : problems.all()) {
            writer.problem(deviceId, p);
        }
        writer.flush();
        return new Result(label, platform, records, problems.size(), files);
    }

    /**
     * The countries of the case, for the bounded fan-out of numbers the device's own region cannot
     * hold: the examiner's list, then the home regions of the devices ingested so far (so within
     * one triage the order of the items on the command line matters; give --case-regions to fix it).
     */
    private List<String> caseRegions() throws SQLException {
        Set<String> regions = new java.util.LinkedHashSet<>(examinerCaseRegions);
        regions.addAll(writer.homeRegions());
        return List.copyOf(regions);
    }

    private static RegionHint regionOf(DeviceRegion region) {
        return region.home().orElse(null);
    }

    private boolean isCompanion(EvidenceTree tree, EvidenceEntry entry) {
        for (String suffix : COMPANIONS) {
            if (entry.path().endsWith(suffix)
                    && tree.find(entry.path().substring(0, entry.path().length() - suffix.length())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static String sqliteReason(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "");
    }
}
