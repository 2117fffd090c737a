package org.phonetriage.ingest;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.apache.commons.io.file.PathUtils;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.phonetriage.detect.FileTypeDetector;
import org.phonetriage.detect.ParsePlan;
import org.phonetriage.detect.ParsePlanner;
import org.phonetriage.detect.SqliteMatcher;
import org.phonetriage.evidence.EvidenceEntry;
import org.phonetriage.evidence.EvidenceException;
import org.phonetriage.evidence.EvidenceOpener;
import org.phonetriage.evidence.EvidenceTree;
import org.phonetriage.evidence.ExtractionLimits;
import org.phonetriage.evidence.TreeHash;
import org.phonetriage.evidence.TwoThreads;
import org.phonetriage.ingest.ParseJobs.FileJob;
import org.phonetriage.ingest.ParseJobs.Job;
import org.phonetriage.ingest.ParseJobs.SqliteJob;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.normalize.DeviceRegion;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.normalize.PartyCache;
import org.phonetriage.normalize.RegionHint;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.FileParsers;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.sqlite.RecoveredRowsRunner;
import org.phonetriage.parsers.sqlite.SqliteDefinition;
import org.phonetriage.parsers.sqlite.SqliteDefinitionRunner;
import org.phonetriage.parsers.ios.IosContainers;
import org.phonetriage.parsers.signal.SignalDatabase;
import org.phonetriage.progress.Progress;
import org.phonetriage.report.NoSpaceLeftException;
import org.phonetriage.store.CaseWriter;

/**
 * Ingests one evidence item as one device: open it, find the files parsers understand, stage and
 * parse them, normalise and store. Every problem is recorded and the rest goes on; only a failure
 * to write the case itself stops it.
 */
public final class EvidenceIngest {

    private final CaseWriter writer;
    private final SqliteMatcher matcher;
    private final IdentifierNormalizer normalizer;
    /** The items' parties read so far: the devices of a case name the same people. */
    private final PartyCache parties;
    private FileParsers fileParsers = FileParsers.builtIn();
    private String telegramPasscode;
    private boolean csvMapGiven;
    private final DatabaseStager stager;
    private final UnreadFileRecorder unread;
    /** The current item's files a folder-reading parser read through its siblings. */
    private final Set<String> readInFolders = new HashSet<>();
    private final Path workDir;
    private final ExtractionLimits limits;
    private final String examinerRegion;
    private List<String> passwords = List.of();
    private boolean sweep = true;
    private boolean concurrentStaging = true;
    private final Progress progress;

    public EvidenceIngest(CaseWriter writer, SqliteMatcher matcher, IdentifierNormalizer normalizer,
                          Path workDir, ExtractionLimits limits, String examinerRegion, Progress progress) {
        this.writer = writer;
        this.matcher = matcher;
        this.normalizer = normalizer;
        this.parties = new PartyCache(normalizer, PartyCache.DEFAULT_CAPACITY);
        this.workDir = workDir;
        this.limits = limits;
        this.examinerRegion = examinerRegion;
        this.progress = progress;
        this.unread = new UnreadFileRecorder(writer);
        this.stager = new DatabaseStager(writer, matcher, unread);
    }

    /** The key file of WhatsApp's encrypted backups (msgstore.db.crypt12/14/15), or null. */
    public void setWhatsAppKey(byte[] keyFile) {
        stager.setWhatsAppKey(keyFile);
    }

    /** Signal's database secret (hex) for an encrypted signal.db, or null. */
    public void setSignalKey(String hexKey) {
        stager.setSignalKey(hexKey);
    }

    /** Whether deleted records are recovered from message, call and contact databases (on by default). */
    public void setRecovery(boolean on) {
        stager.setRecovery(on);
    }

    /** The passwords to try on encrypted evidence (Android and iTunes backups), in order. */
    public void setCsvMap(org.phonetriage.parsers.csv.CsvMap map) {
        csvMapGiven = map != null;
        fileParsers = map == null ? FileParsers.builtIn()
                : FileParsers.builtIn().with(new org.phonetriage.parsers.csv.MappedCsvParser(map));
        setTelegramPasscode(telegramPasscode);
    }

    /** Telegram's local passcode on an iPhone, tried on its key file before the default one; or null. */
    public void setTelegramPasscode(String passcode) {
        telegramPasscode = passcode;
        if (passcode != null) {
            fileParsers = fileParsers.replacing(new org.phonetriage.parsers.telegram.ios.IosTelegramPostboxParser(passcode));
        }
    }

    /** Whether the files no parser claims are swept for identifiers (on by default). */
    public void setSweep(boolean on) {
        this.sweep = on;
    }

    /** Whether an item's databases may be staged on two threads (on by default; the case is the same). */
    void setConcurrentStaging(boolean on) {
        this.concurrentStaging = on;
    }

    public void setPasswords(List<String> passwords) {
        this.passwords = List.copyOf(passwords);
    }

    /** What one item gave. */
    public record Result(String label, String platform, long records, int problems, int filesParsed) {
    }

    public Result ingest(Path item, String label) throws SQLException, IOException {
        return ingest(item, label, null);
    }

    /**
     * Ingests an item as a new device.
     *
     * @param knownSha256 the item's hash when the caller took it already ({@code ItemHash}), so it
     *                    is not read twice; null to take it here
     */
    public Result ingest(Path item, String label, String knownSha256) throws SQLException, IOException {
        return ingest(item, label, knownSha256, null);
    }

    /** The same, with what was prepared of the item ahead of its turn ({@link #prepare}), or null. */
    Result ingest(Path item, String label, String knownSha256, PreparedItem prepared) throws SQLException, IOException {
        String name = label == null ? EvidenceOpener.labelFor(item) : label;
        ProblemLog problems = new ProblemLog(progress);
        long deviceId = writer.addDevice(name, "other");
        Path deviceWork = workDir.resolve("device-" + deviceId);
        try (EvidenceTree tree = prepared != null ? prepared.takeTree()
                : EvidenceOpener.open(item, name, deviceWork, limits, passwords)) {
            long itemId = writer.addEvidenceItem(deviceId, item, tree.format(),
                    knownSha256 != null ? knownSha256 : tree.sha256(),
                    Files.isRegularFile(item) ? Files.size(item) : null);
            tree.problems().forEach(problems::add);
            return parse(tree, prepared, deviceId, itemId, deviceWork, problems);
        } catch (EvidenceException e) {
            noSpaceStops(e, deviceWork);
            writer.addEvidenceItem(deviceId, item, null, null, null);
            problems.add(new Problem(name, null, e.getMessage(), e.code()));
            return finish(deviceId, name, "other", problems, 0, 0, null, null);
        } finally {
            if (Files.exists(deviceWork)) {
                PathUtils.deleteDirectory(deviceWork);
            }
        }
    }

    /**
     * Opens an item, plans its parse and stages its plain databases in {@code folder}, writing nothing
     * to the case, so it may run on another thread while an earlier item is read ({@link ItemPrefetch}).
     * A database that cannot be staged here is left to the item's turn, which reports why.
     */
    PreparedItem prepare(Path item, String label, Path folder) throws IOException, EvidenceException {
        EvidenceTree tree = EvidenceOpener.open(item, label, folder, limits, passwords);
        try {
            ParsePlan plan = new ParsePlanner(matcher, fileParsers).plan(tree, StopRequest::check);
            // one database after another: this thread shares the machine with the item being read
            return new PreparedItem(tree, plan, folder, stageDatabases(tree, plan, folder, false));
        } catch (RuntimeException | Error e) {
            tree.close();
            throw e;
        }
    }

    /**
     * Copies, hashes and scans the plan's plain databases into {@code folder}, one after another or on two
     * threads, writing nothing to the case. A database that cannot be staged here is left out: its turn in
     * {@link #findJobs} stages it again and reports why.
     */
    private Map<String, DatabaseStager.Staged> stageDatabases(EvidenceTree tree, ParsePlan plan, Path folder,
                                                              boolean concurrent) {
        List<EvidenceEntry> databases = plan.steps().stream().filter(s -> s instanceof ParsePlan.Database)
                .map(ParsePlan.Step::entry).toList();
        Map<String, DatabaseStager.Staged> staged = new ConcurrentHashMap<>();
        IntConsumer stageOne = i -> {
            StopRequest.check();
            EvidenceEntry entry = databases.get(i);
            try {
                // numbered in the plan's order, whichever thread copies it
                staged.put(entry.path(), stager.stage(tree, entry, folder.resolve("db-" + i)));
            } catch (IOException e) {
                // staged again on the item's turn, where the failure is reported
            }
        };
        if (concurrent && tree.concurrentReads()) {
            TwoThreads.forEachLargestFirst(databases.size(), i -> databases.get(i).size(), stageOne);
        } else {
            IntStream.range(0, databases.size()).forEach(stageOne);
        }
        return staged;
    }

    private Result parse(EvidenceTree tree, PreparedItem prepared, long deviceId, long itemId, Path deviceWork,
                         ProblemLog problems) throws SQLException, IOException {
        String label = tree.label();
        unread.startItem();
        ParsePlan plan = prepared != null ? prepared.plan()
                : new ParsePlanner(matcher, fileParsers).plan(tree, StopRequest::check);
        readInFolders.clear();
        // nothing staged ahead (the run's first item): its databases are copied, hashed and scanned on two
        // threads, the other core being idle until the parsers start
        Map<String, DatabaseStager.Staged> staged = prepared != null ? prepared.databases()
                : stageDatabases(tree, plan, deviceWork.resolve("staged"), concurrentStaging);
        List<Job> jobs = findJobs(tree, plan, staged, itemId, deviceWork, problems);
        List<String> simDumps = jobs.stream().filter(j -> "sim".equals(j.parser().platform()))
                .map(j -> j.entry().path()).toList();
        if (simDumps.size() > 1) {
            // a device is one card: the identities of several cards would be mixed into one
            problems.add(new Problem(label, null, "this item holds " + simDumps.size() + " SIM dumps ("
                    + String.join(", ", simDumps) + "); they are read as one device — name each dump as its own"
                    + " evidence item to keep the cards apart", ProblemCode.SEVERAL_SIM_DUMPS));
        }
        List<String> caseRegions = writer.caseRegions();
        DeviceRegion region = new DeviceRegion(caseRegions);
        if (examinerRegion != null) {
            region.add("examiner", examinerRegion);
        }
        NormalizingSink sink = new NormalizingSink(writer, normalizer, parties, region,
                new DeviceContexts(writer, deviceId, region, caseRegions), deviceId, label, problems, progress);
        Set<String> platforms = new TreeSet<>();
        Set<String> parsedFiles = new HashSet<>();
        IosContainers containers = new IosContainers(tree);
        List<String> itemFiles = tree.entries().stream().map(EvidenceEntry::path).toList();
        for (Job job : jobs) {
            StopRequest.check();
            boolean ok = job instanceof SqliteJob sj ? run(sj, label, containers, itemFiles, deviceId, sink, problems)
                    : run((FileJob) job, tree, itemId, label, deviceId, sink, problems);
            if (ok) {
                platforms.add(job.parser().platform());
                parsedFiles.add(job.entry().path());
            }
        }
        listFolderFilesLeftUnread(tree, plan, itemId, problems);
        // the parsers' records; what the sweep finds is no record, only where an identifier was seen
        long records = sink.records();
        if (sweep) {
            new UnmodelledSweep(writer, unread, progress).run(tree, plan, deviceId, sink, problems);
        }
        if (jobs.isEmpty() && sink.sweptValues() > 0) {
            // the item was read, by the sweep alone: what it found are leads, not records
            problems.add(new Problem(label, null, "no parser reads anything in this item; the sweep found "
                    + sink.sweptValues() + " identifier value(s) in files no parser models (role unmodelled,"
                    + " candidates only: see report.html's Not read section)", ProblemCode.ONLY_UNMODELLED));
        } else if (jobs.isEmpty()) {
            problems.add(NothingParsed.problem(label, tree.entries().stream().map(EvidenceEntry::path).toList(),
                    csvMapGiven));
        }
        String platform = platforms.size() == 1 ? platforms.iterator().next() : "other";
        return finish(deviceId, label, platform, problems, records, parsedFiles.size(),
                regionOf(region), region.homeArea());
    }

    /**
     * Executes the planner's decisions: stages and claims the databases, lists what nobody reads,
     * and returns every (file, parser) pair to run, in the order they must run.
     */
    private List<Job> findJobs(EvidenceTree tree, ParsePlan plan, Map<String, DatabaseStager.Staged> staged,
                               long itemId, Path deviceWork,
                               ProblemLog problems)
            throws SQLException, IOException {
        List<Job> jobs = new ArrayList<>();
        int folders = 0;
        for (ParsePlan.Step step : plan.steps()) {
            StopRequest.check();
            EvidenceEntry entry = step.entry();
            if (step instanceof ParsePlan.ReadByContainer) {
                unread.containerFile(tree, itemId, entry);
            } else if (step instanceof ParsePlan.EncryptedDatabase e) {
                jobs.addAll(stager.decryptAndMatch(tree, plan, entry, e.cryptVersion(), itemId,
                        deviceWork.resolve("db-" + folders++), problems));
            } else if (step instanceof ParsePlan.SignalCipherDatabase) {
                jobs.addAll(stager.decryptSignalAndMatch(tree, plan, entry, itemId, deviceWork.resolve("db-" + folders++),
                        problems));
            } else if (step instanceof ParsePlan.ThreemaCipherDatabase) {
                jobs.addAll(stager.decryptThreemaAndMatch(tree, plan, entry, itemId, deviceWork.resolve("db-" + folders++),
                        problems));
            } else if (step instanceof ParsePlan.Database) {
                try {
                    jobs.addAll(stager.stageAndMatch(tree, plan, entry, itemId, deviceWork.resolve("db-" + folders++),
                            problems, staged.get(entry.path())));
                } catch (IOException e) {
                    noSpaceStops(e, deviceWork);
                    // one unreadable entry (or one over the expansion limits) never stops the item
                    problems.add(new Problem(tree.label(), entry.path(), "cannot be copied for parsing ("
                            + e.getMessage() + ")", ProblemCode.FILE_UNREADABLE));
                    writer.addEvidenceFile(itemId, entry.path(), entry.size(), null, FileTypeDetector.SQLITE,
                            "problem");
                }
            } else if (step instanceof ParsePlan.CodeParsed c) {
                c.parsers().forEach(p -> jobs.add(new FileJob(entry, p, c.type())));
            } else if (step instanceof ParsePlan.Unreadable u) {
                problems.add(new Problem(tree.label(), entry.path(), "cannot be read (" + u.reason() + ")",
                        ProblemCode.FILE_UNREADABLE));
                writer.addEvidenceFile(itemId, entry.path(), entry.size(), null, null, "problem");
            } else if (step instanceof ParsePlan.Unclaimed u) {
                String status = "not-parsed";
                if (u.knownName()) {
                    problems.add(new Problem(tree.label(), entry.path(),
                            "not a SQLite database (content is " + u.type() + ")", ProblemCode.FILE_CORRUPT));
                    status = "problem";
                }
                unread.file(tree, itemId, entry, u.type(), status);
            }
        }
        jobs.sort(ParsePlanner.runOrder(Job::yields, (Job j) -> j.entry().path(), (Job j) -> j.parser().id()));
        return jobs;
    }

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
            job.fileParser().parse(CloseShieldInputStream.wrap(in),
                    new FileParser.Source(label, job.entry().path(), siblings(tree, itemId, job.type())), sink);
            in.transferTo(OutputStream.nullOutputStream()); // the hash covers the whole file
            writer.setFileHash(fileId, TreeHash.hex(digest.digest()));
            long n = sink.records() - before;
            writer.finishRun(runId, n, "ok", null);
            progress.parserFinished(label, p.id(), job.entry().path(), n, (System.nanoTime() - started) / 1e9);
            return true;
        } catch (IOException | RuntimeException e) {
            if (e instanceof CaseWriteException || e instanceof StopRequest.Stopped) {
                throw (RuntimeException) e;
            }
            long n = sink.records() - before;
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            problems.add(new Problem(label, job.entry().path(), "failed while reading with " + p.id() + " ("
                    + reason + ")" + (n > 0 ? "; " + n + " records read before the failure are kept" : ""),
                    ProblemCode.PARSER_FAILED));
            writer.finishRun(runId, n, "failed", reason);
            return false;
        }
    }

    /**
     * The files of folders a parser reads whole that it did not read (an NSURLCache folder's other
     * files): listed as not read and left to the sweep, like any file nobody claims.
     */
    private void listFolderFilesLeftUnread(EvidenceTree tree, ParsePlan plan, long itemId, ProblemLog problems)
            throws SQLException {
        for (ParsePlan.Step step : plan.steps()) {
            if (!(step instanceof ParsePlan.InReadFolder f) || readInFolders.contains(f.entry().path())) {
                continue;
            }
            StopRequest.check();
            try {
                ParsePlan.Unclaimed u = plan.leftInFolder(tree, f);
                unread.file(tree, itemId, f.entry(), u.type(), "not-parsed");
            } catch (IOException e) {
                problems.add(new Problem(tree.label(), f.entry().path(), "cannot be read (" + e.getMessage() + ")",
                        ProblemCode.FILE_UNREADABLE));
                writer.addEvidenceFile(itemId, f.entry().path(), f.entry().size(), null, null, "problem");
            }
        }
    }

    /** Other files of the item for a parser that reads a folder: each is hashed and listed as parsed. */
    private FileParser.Siblings siblings(EvidenceTree tree, long itemId, String type) {
        return new FileParser.Siblings() {
            @Override
            public List<String> under(String folder) {
                String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
                return tree.entries().stream().map(EvidenceEntry::path).filter(p -> p.startsWith(prefix)).toList();
            }

            @Override
            public byte[] read(String path) throws IOException {
                EvidenceEntry entry = tree.find(path).orElseThrow(() -> new IOException(path + " is not in the item"));
                byte[] content;
                try (InputStream in = tree.open(entry)) {
                    content = in.readAllBytes();
                }
                MessageDigest digest = TreeHash.newDigest();
                try {
                    writer.addEvidenceFile(itemId, path, entry.size(), TreeHash.hex(digest.digest(content)), type,
                            "parsed");
                    readInFolders.add(path);
                } catch (SQLException e) {
                    throw new CaseWriteException(e);
                }
                return content;
            }
        };
    }

    /** Runs one definition on one database; false when it failed (a problem is recorded). */
    private boolean run(SqliteJob job, String label, IosContainers containers, List<String> itemFiles, long deviceId,
                        NormalizingSink sink, ProblemLog problems) throws SQLException {
        SqliteDefinition def = job.definition();
        long runId = writer.startRun(deviceId, job.fileId(), def.id(), def.version());
        sink.startRun(runId, def.id());
        long before = sink.records();
        long started = System.nanoTime();
        SqliteDefinitionRunner.Source source = new SqliteDefinitionRunner.Source(label, job.entry().path(),
                job.sha256(), containers.identifierOf(job.entry().path()), itemFiles);
        try {
            // read on a thread of its own, normalised and stored here as the records come
            long n = RecordRelay.run(relayed -> {
                try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + job.staged().toAbsolutePath())) {
                    long read = SqliteDefinitionRunner.run(def, db, job.schema(), source, relayed);
                    if (RecoveredRowsRunner.applies(def, job.recovered())) {
                        // the same definition over the rows recovered from the file's deleted bytes
                        read += RecoveredRowsRunner.run(def, job.staged(), job.schema(), job.recovered(), source,
                                relayed);
                    }
                    return read;
                }
            }, sink);
            writer.finishRun(runId, n, "ok", null);
            progress.parserFinished(label, def.id(), job.entry().path(), n, (System.nanoTime() - started) / 1e9);
            return true;
        } catch (SQLException e) {
            long n = sink.records() - before;
            String reason = "failed while reading with " + def.id() + " (" + DatabaseStager.sqliteReason(e) + ")"
                    + (n > 0 ? "; " + n + " records read before the failure are kept" : "");
            problems.add(new Problem(label, job.entry().path(), reason, ProblemCode.PARSER_FAILED));
            writer.finishRun(runId, n, "failed", DatabaseStager.sqliteReason(e));
            return false;
        }
    }

    /**
     * A full disk under the work folder is not a problem of the evidence: every copy after it would
     * fail too, and the device would be marked complete without them. The ingest stops instead,
     * the device left incomplete.
     */
    static void noSpaceStops(Exception e, Path workFolder) throws NoSpaceLeftException {
        String reason = NoSpaceLeftException.reason(e);
        if (reason != null) {
            throw new NoSpaceLeftException(workFolder, reason, e);
        }
    }

    private Result finish(long deviceId, String label, String platform, ProblemLog problems, long records,
                          int files, RegionHint home, String homeArea) throws SQLException {
        writer.updateDevice(deviceId, platform, home == null ? null : home.region(),
                home == null ? "unknown" : home.basis());
        for (Problem p : problems.all()) {
            writer.problem(deviceId, p);
        }
        writer.completeDevice(deviceId, homeArea);
        return new Result(label, platform, records, problems.size(), files);
    }

    private static RegionHint regionOf(DeviceRegion region) {
        return region.home().orElse(null);
    }
}
