package org.phonetriage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import org.phonetriage.detect.FileTypeDetector;
import org.phonetriage.detect.ParsePlan;
import org.phonetriage.evidence.EvidenceTree;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.progress.Progress;
import org.phonetriage.store.CaseWriter;
import org.phonetriage.sweep.AppOf;
import org.phonetriage.sweep.DatabaseSweep;
import org.phonetriage.sweep.DocumentSweep;

/**
 * After the parsers, sweeps the files of the plan nobody claimed — SQLite databases (their staged
 * copies), plists, XML and JSON files — for identifiers, each file as one run of {@value #ID}. What
 * it finds is stored with role {@code unmodelled}; the file stays listed as not read.
 */
final class UnmodelledSweep {

    static final String ID = "sweep.unmodelled";
    static final String VERSION = "1";

    private final CaseWriter writer;
    private final UnreadFileRecorder unread;
    private final Progress progress;

    UnmodelledSweep(CaseWriter writer, UnreadFileRecorder unread, Progress progress) {
        this.writer = writer;
        this.unread = unread;
        this.progress = progress;
    }

    /** Sweeps every unclaimed file of the plan this item's ingest listed; returns the identifiers found. */
    long run(EvidenceTree tree, ParsePlan plan, long deviceId, NormalizingSink sink, ProblemLog problems)
            throws SQLException {
        long found = 0;
        for (ParsePlan.Unclaimed file : plan.unclaimed()) {
            StopRequest.check();
            String path = file.entry().path();
            Long fileId = unread.fileId(path);
            Path staged = unread.staged(path);
            boolean database = FileTypeDetector.SQLITE.equals(file.type()) && staged != null;
            String document = database ? null : DocumentSweep.kindOf(file.type(), path);
            if (fileId == null || (!database && document == null)) {
                continue;
            }
            if (!database && file.entry().size() > DocumentSweep.LIMIT) {
                continue; // listed as too large by the unread list already
            }
            long started = System.nanoTime();
            long runId = writer.startRun(deviceId, fileId, ID, VERSION);
            sink.startRun(runId, ID);
            String app = AppOf.of(path);
            try {
                DatabaseSweep.Cost cost;
                if (database) {
                    cost = DatabaseSweep.sweep(staged, app, v -> sink.swept(fileId, v));
                } else {
                    byte[] content;
                    try (InputStream in = tree.open(file.entry())) {
                        content = in.readNBytes(DocumentSweep.LIMIT);
                    }
                    cost = DocumentSweep.sweep(content, document, app, v -> sink.swept(fileId, v));
                }
                writer.finishRun(runId, cost.found(), "ok", null);
                found += cost.found();
                if (progress != null) {
                    progress.parserFinished(tree.label(), ID, path, cost.found(), (System.nanoTime() - started) / 1e9);
                }
            } catch (SQLException | IOException | RuntimeException e) {
                if (e instanceof CaseWriteException || e instanceof StopRequest.Stopped) {
                    throw (RuntimeException) e;
                }
                String reason = e instanceof SQLException s ? DatabaseStager.sqliteReason(s)
                        : e.getMessage() == null ? e.toString() : e.getMessage();
                problems.add(new Problem(tree.label(), path, "not swept for identifiers (" + reason + ")",
                        ProblemCode.PARSER_FAILED));
                writer.finishRun(runId, 0, "failed", reason);
            }
        }
        return found;
    }
}
