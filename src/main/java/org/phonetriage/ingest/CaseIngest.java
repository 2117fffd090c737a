package org.phonetriage.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.phonetriage.detect.SqliteMatcher;
import org.phonetriage.evidence.ExtractionLimits;
import org.phonetriage.model.Problem;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.parser.sqlite.SqliteDefinitions;
import org.phonetriage.parsers.csv.CsvMap;
import org.phonetriage.progress.Progress;
import org.phonetriage.store.CaseDb;
import org.phonetriage.store.CaseWriter;
import org.phonetriage.store.DuplicateDeviceException;

/** Adds evidence items to a case, one device each, showing progress as it goes. */
public final class CaseIngest {

    /** An evidence item named on the command line, with the examiner's label if any. */
    public record Item(Path path, String label) {
    }

    private final Progress progress;
    private final String examinerRegion;
    private final List<String> caseRegions;
    private final ExtractionLimits limits;
    private List<String> passwords = List.of();

    private byte[] whatsAppKey;
    private CsvMap csvMap;

    /** The examiner's column mapping of CSV exports in this ingest (--map). */
    public CaseIngest withCsvMap(CsvMap map) {
        this.csvMap = map;
        return this;
    }

    /** The key file of WhatsApp's encrypted backups in this ingest. */
    public CaseIngest withWhatsAppKey(byte[] keyFile) {
        this.whatsAppKey = keyFile;
        return this;
    }

    /** The passwords to try on encrypted evidence (Android and iTunes backups) in this ingest. */
    public CaseIngest withPasswords(List<String> passwords) {
        this.passwords = List.copyOf(passwords);
        return this;
    }

    /**
     * @param examinerRegion the examiner's fallback region for devices that show none, or null
     * @param caseRegions    the countries of the case, for the bounded fan-out (may be empty)
     */
    public CaseIngest(Progress progress, String examinerRegion, List<String> caseRegions,
                      ExtractionLimits limits) {
        this.progress = progress;
        this.examinerRegion = examinerRegion;
        this.caseRegions = List.copyOf(caseRegions);
        this.limits = limits;
    }

    public List<EvidenceIngest.Result> ingest(Path caseFile, List<Item> items) throws SQLException, IOException {
        Path workDir = caseFile.toAbsolutePath().getParent().resolve(".phonetriage-work");
        List<EvidenceIngest.Result> results = new ArrayList<>();
        try (Connection db = CaseDb.open(caseFile, true); CaseWriter writer = new CaseWriter(db)) {
            EvidenceIngest ingest = new EvidenceIngest(writer, new SqliteMatcher(SqliteDefinitions.builtIn()),
                    new IdentifierNormalizer(), workDir, limits, examinerRegion, caseRegions, progress);
            ingest.setPasswords(passwords);
            ingest.setWhatsAppKey(whatsAppKey);
            ingest.setCsvMap(csvMap);
            int n = 0;
            for (Item item : items) {
                n++;
                long started = System.nanoTime();
                progress.itemStarted(n, items.size(), item.path().toString());
                try {
                    EvidenceIngest.Result r = ingest.ingest(item.path(), item.label());
                    progress.itemFinished(r.label(), r.records(), r.filesParsed(), r.problems(),
                            (System.nanoTime() - started) / 1e9);
                    results.add(r);
                } catch (DuplicateDeviceException e) {
                    // not the evidence's fault, but the examiner must see it was not ingested
                    String label = item.label() != null ? item.label()
                            : org.phonetriage.evidence.EvidenceOpener.labelFor(item.path());
                    Problem p = new Problem(label, null, "not ingested: " + e.getMessage());
                    progress.problem(p);
                    writer.problem(null, p);
                    results.add(new EvidenceIngest.Result(label, "other", 0, 1, 0));
                }
            }
        } finally {
            if (Files.exists(workDir)) {
                PathUtils.deleteDirectory(workDir);
            }
        }
        return results;
    }
}
