package org.phonetriage.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.phonetriage.detect.SqliteMatcher;
import org.phonetriage.evidence.EvidenceOpener;
import org.phonetriage.evidence.ExtractionLimits;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.parsers.sqlite.SqliteDefinitions;
import org.phonetriage.parsers.csv.CsvMap;
import org.phonetriage.progress.Progress;
import org.phonetriage.report.NoSpaceLeftException;
import org.phonetriage.store.CaseDb;
import org.phonetriage.store.CaseDevices;
import org.phonetriage.store.CaseRegions;
import org.phonetriage.store.CaseWriter;

/**
 * Adds evidence items to a case, one device each, showing progress as it goes; then reads the
 * case's numbers again where the whole case changed their region context ({@link CaseRenormalizer}),
 * so the result does not depend on the order of the items or on how many runs brought them in.
 * A device already in the case is refused, unless it was left incomplete by an interrupted run
 * (it is removed and read again), it is named to be replaced, or the run resumes a triage and
 * the device holds the same item, complete (it is kept).
 */
public final class CaseIngest {

    /** An evidence item named on the command line, with the examiner's label if any. */
    public record Item(Path path, String label) {

        /** The device label: the examiner's, else the one the item's name gives. */
        public String deviceLabel() {
            return label != null ? label : EvidenceOpener.labelFor(path);
        }
    }

    private final Progress progress;
    private final String examinerRegion;
    private final List<String> caseRegions;
    private final ExtractionLimits limits;
    private List<String> passwords = List.of();
    private byte[] whatsAppKey;
    private String signalKey;
    private String telegramPasscode;
    private boolean recovery = true;
    private boolean sweep = true;
    private CsvMap csvMap;
    private Set<String> replacing = Set.of();
    private boolean resuming;
    private boolean prefetching = true;

    /**
     * @param examinerRegion the examiner's fallback region for devices that show none, or null
     * @param caseRegions    the countries of the case, for the bounded fan-out (may be empty); kept
     *                       in the case for later ingests
     */
    public CaseIngest(Progress progress, String examinerRegion, List<String> caseRegions,
                      ExtractionLimits limits) {
        this.progress = progress;
        this.examinerRegion = examinerRegion;
        this.caseRegions = List.copyOf(caseRegions);
        this.limits = limits;
    }

    /** The examiner's column mapping of CSV exports in this ingest (--map). */
    public CaseIngest withCsvMap(CsvMap map) {
        this.csvMap = map;
        return this;
    }

    /** The key file of WhatsApp's encrypted backups in this ingest. */
    /** Signal's database secret (hex) for an encrypted signal.db, or null. */
    public CaseIngest withSignalKey(String hexKey) {
        this.signalKey = hexKey;
        return this;
    }

    /** Telegram's local passcode (iOS) for its key file, or null. */
    public CaseIngest withTelegramPasscode(String passcode) {
        this.telegramPasscode = passcode;
        return this;
    }

    public CaseIngest withWhatsAppKey(byte[] keyFile) {
        this.whatsAppKey = keyFile;
        return this;
    }

    /** Whether deleted records are recovered from message, call and contact databases (on by default). */
    public CaseIngest withRecovery(boolean on) {
        this.recovery = on;
        return this;
    }

    /** Whether the files no parser claims are swept for identifiers (on by default). */
    public CaseIngest withSweep(boolean on) {
        this.sweep = on;
        return this;
    }

    /** The passwords to try on encrypted evidence (Android and iTunes backups) in this ingest. */
    public CaseIngest withPasswords(List<String> passwords) {
        this.passwords = List.copyOf(passwords);
        return this;
    }

    /** Devices of the case to remove and read again from the items given (ingest --replace). */
    public CaseIngest replacing(Set<String> labels) {
        this.replacing = Set.copyOf(labels);
        return this;
    }

    /** A run of the same triage again: complete devices holding the same item are kept as they are. */
    public CaseIngest resuming(boolean resume) {
        this.resuming = resume;
        return this;
    }

    /**
     * Whether the next item is prepared on another thread while one is read, and an item's databases
     * staged on two when nothing prepared them (on by default); the case is the same either way
     * (ItemPrefetchTest).
     */
    CaseIngest prefetching(boolean on) {
        this.prefetching = on;
        return this;
    }

    /** Ingests items whose hashes are not known beforehand. */
    public List<EvidenceIngest.Result> ingest(Path caseFile, List<Item> items) throws SQLException, IOException {
        return ingest(caseFile, items, java.util.Collections.nCopies(items.size(), null));
    }

    /**
     * @param sha256 the items' hashes if the caller took them already (a triage plan), else nulls
     * @throws StopRequest.Stopped when a stop was requested; the message says what was left
     */
    public List<EvidenceIngest.Result> ingest(Path caseFile, List<Item> items, List<String> sha256)
            throws SQLException, IOException {
        Path workDir = caseFile.toAbsolutePath().getParent().resolve(".phonetriage-work");
        if (Files.exists(workDir)) {
            PathUtils.deleteDirectory(workDir); // left by a run that was killed
        }
        StopRequest.workFolder(workDir, true);
        List<EvidenceIngest.Result> results = new ArrayList<>();
        String current = null;
        try (Connection db = CaseDb.open(caseFile, true)) {
            CaseRegions.addExaminers(db, caseRegions);
            try (CaseWriter writer = new CaseWriter(db)) {
                EvidenceIngest ingest = new EvidenceIngest(writer, new SqliteMatcher(SqliteDefinitions.builtIn()),
                        new IdentifierNormalizer(), workDir, limits, examinerRegion, progress);
                ingest.setPasswords(passwords);
                ingest.setWhatsAppKey(whatsAppKey);
                ingest.setSignalKey(signalKey);
                ingest.setRecovery(recovery);
                ingest.setSweep(sweep);
                ingest.setCsvMap(csvMap);
                ingest.setTelegramPasscode(telegramPasscode);
                ingest.setConcurrentStaging(prefetching);
                try (ItemPrefetch prefetch = new ItemPrefetch(ingest, workDir)) {
                    for (int i = 0; i < items.size(); i++) {
                        StopRequest.check();
                        Item item = items.get(i);
                        current = item.deviceLabel();
                        PreparedItem prepared = prefetch.take(i);
                        if (prefetching && i + 1 < items.size() && willRead(writer, items.get(i + 1))) {
                            prefetch.start(i + 1, items.get(i + 1));
                        }
                        results.add(ingestOne(writer, ingest, item, prepared, sha256.get(i), i + 1, items.size()));
                    }
                    current = null;
                } catch (StopRequest.Stopped e) {
                    writer.abandon();
                    throw e;
                } catch (NoSpaceLeftException e) {
                    writer.abandon(); // what is not committed would not fit either
                    throw e.withAdvice((current == null ? "" : current + " is marked incomplete in " + caseFile + "; ")
                            + "free space, then run the same command again");
                }
            }
            renormalize(db);
        } catch (StopRequest.Stopped e) {
            throw new StopRequest.Stopped(e.signal(), stoppedMessage(e, caseFile, current));
        } finally {
            if (Files.exists(workDir)) {
                PathUtils.deleteDirectory(workDir);
            }
            StopRequest.workFolder(workDir, false);
        }
        return results;
    }

    /** False for an item whose device the case holds complete, and is not to be replaced: it is not read. */
    private boolean willRead(CaseWriter writer, Item item) throws SQLException {
        Optional<CaseDevices.Device> existing = writer.device(item.deviceLabel());
        return existing.isEmpty() || !existing.get().complete() || replacing.contains(item.deviceLabel());
    }

    /** Reads one item (with what was prepared of it, or null), or says why it is not read; closes what was prepared. */
    private EvidenceIngest.Result ingestOne(CaseWriter writer, EvidenceIngest ingest, Item item, PreparedItem prepared,
                                            String sha256, int n, int total) throws SQLException, IOException {
        try (prepared) {
            return readOne(writer, ingest, item, prepared, sha256, n, total);
        }
    }

    private EvidenceIngest.Result readOne(CaseWriter writer, EvidenceIngest ingest, Item item, PreparedItem prepared,
                                          String sha256, int n, int total) throws SQLException, IOException {
        String label = item.deviceLabel();
        Optional<CaseDevices.Device> existing = writer.device(label);
        if (existing.isPresent()) {
            CaseDevices.Device device = existing.get();
            if (device.complete() && !replacing.contains(label)) {
                if (resuming && sha256 != null && sha256.equals(device.sha256())) {
                    CaseDevices.Totals t = writer.deviceTotals(device.id());
                    progress.itemStarted(n, total, item.path().toString(), label, true);
                    progress.itemFinished(label, t.records(), t.filesParsed(), t.problems(), 0);
                    return new EvidenceIngest.Result(label, t.platform(), t.records(), t.problems(), t.filesParsed());
                }
                // not the evidence's fault, but the examiner must see it was not ingested
                Problem p = new Problem(label, null, "not ingested: the case already holds a device labelled "
                        + label + (Objects.equals(sha256, device.sha256()) ? " read from the same item" : "")
                        + " (give --label for another name, or ingest --replace " + label + " to read it again)",
                        ProblemCode.DEVICE_NOT_INGESTED);
                progress.problem(p);
                writer.problem(null, p);
                return new EvidenceIngest.Result(label, "other", 0, 1, 0);
            }
            writer.removeDevice(device.id()); // interrupted before it was complete, or to be read again
        }
        long started = System.nanoTime();
        progress.itemStarted(n, total, item.path().toString(), label, false);
        EvidenceIngest.Result r = ingest.ingest(item.path(), label, sha256, prepared);
        progress.itemFinished(r.label(), r.records(), r.filesParsed(), r.problems(),
                (System.nanoTime() - started) / 1e9);
        return r;
    }

    /** Reads numbers again where the case's final regions differ from those they were read with. */
    private void renormalize(Connection db) throws SQLException {
        long started = System.nanoTime();
        progress.stage("region contexts", -1);
        new CaseRenormalizer(db, new IdentifierNormalizer()).run();
        SweptConstants.mark(db);
        CaseDevices.purgeUnused(db);
        progress.stage("region contexts", (System.nanoTime() - started) / 1e9);
    }

    private static String stoppedMessage(StopRequest.Stopped e, Path caseFile, String device) {
        String left = device == null ? "the case's numbers were not all read again"
                : device + " is marked incomplete in " + caseFile;
        return "interrupted (" + e.signal() + "): " + left + "; run the same command again to go on"
                + " (complete devices are kept)";
    }
}
