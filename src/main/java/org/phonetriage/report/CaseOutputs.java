package org.phonetriage.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.phonetriage.Versions;
import org.phonetriage.ingest.StopRequest;
import org.phonetriage.model.Problem;
import org.phonetriage.progress.StageTimes;
import org.phonetriage.query.KeySummaryQuery;
import org.phonetriage.query.TimelineCsv;
import org.phonetriage.query.TimelineRecord;
import org.phonetriage.report.caseuco.CaseUcoExport;
import org.phonetriage.report.export.Exports;
import org.phonetriage.store.CaseDb;
import org.phonetriage.store.CaseProblems;
import org.phonetriage.store.CaseReader;
import org.phonetriage.xref.AnalysisRunner;
import org.phonetriage.xref.CrossReference;
import org.phonetriage.xref.KeySummaryAggregates;
import org.phonetriage.xref.Network;
import org.phonetriage.xref.OtherCases;
import org.phonetriage.xref.StoredNetwork;
import org.phonetriage.xref.XrefOptions;
import org.phonetriage.xref.XrefReport;

/**
 * Writes the outputs of a case into a folder (docs/outputs.md): xref.json, report.html, csv/
 * (the cross-reference tables, every occurrence and the merged timeline), the graph exports
 * (graph.graphml, graph.gexf, i2/, neo4j/) and case.jsonld (CASE/UCO).
 * Everything is derived from the case database.
 *
 * <p>An analysis that fails (see {@link AnalysisRunner}) or an output that cannot be written is a
 * problem of the case ({@link CaseProblems}): shown as it happens, listed with the others in
 * report.html and csv/problems.csv, and every other output is still written — but for a full disk,
 * which stops the outputs ({@link NoSpaceLeftException}): every one after it would fail too.
 *
 * <p>Every file is written whole or not at all ({@link AtomicOutput}). The folder's manifest.json
 * ({@link OutputManifest}) is deleted first and written last, so a folder whose run did not finish
 * has none.
 */
public final class CaseOutputs {

    private CaseOutputs() {
    }

    /** What a run gave: the cross-reference, and the problems of its analyses and outputs. */
    public record Written(XrefReport xref, List<Problem> problems) {
    }

    /** What writes one output; it may fail in any way without stopping the others. */
    @FunctionalInterface
    interface Output {
        void write() throws Exception;
    }

    /**
     * The cross-reference of a case, as xref.json reports it; each analysis that fails is shown,
     * stored as a problem of the case, and named in the report's {@code failed_analyses}.
     */
    public static Written crossReference(Connection db, XrefOptions options, AnalysisRunner analyses,
                                         Consumer<Problem> shown) throws SQLException {
        return crossReference(db, options, analyses, OtherCases.NONE, shown);
    }

    /** The same, with this case's identifiers looked up in other cases ({@code other_cases}). */
    public static Written crossReference(Connection db, XrefOptions options, AnalysisRunner analyses,
                                         OtherCases otherCases, Consumer<Problem> shown) throws SQLException {
        Network network = loadNetwork(db, analyses, CaseState.of(db).digest());
        XrefReport xref = OtherCases.addTo(new CrossReference(db).build(tool(), options, network, analyses),
                db, otherCases, analyses);
        List<Problem> problems = analysisProblems(analyses);
        problems.forEach(shown);
        record(db, new CaseProblems.Scope(true, Set.of()), problems, shown);
        return new Written(xref, problems);
    }

    /**
     * The network of the case in {@code state}, with what path walks and what search shows stored
     * in the case: search's summaries are aggregated by the network's one pass over the occurrences,
     * unless the case holds those of this state already.
     */
    private static Network loadNetwork(Connection db, AnalysisRunner analyses, String state) throws SQLException {
        KeySummaryAggregates keySummaries = KeySummaryQuery.saved(db, state) ? null : new KeySummaryAggregates();
        Network network = Network.load(db, analyses, keySummaries);
        StoredNetwork.save(db, network.graph(), state);
        if (keySummaries != null) {
            KeySummaryQuery.save(db, state, keySummaries.summaries());
        }
        return network;
    }

    private static List<Problem> analysisProblems(AnalysisRunner analyses) {
        List<Problem> out = new ArrayList<>();
        for (AnalysisRunner.Failure f : analyses.failures()) {
            out.add(CaseProblems.analysis(f.analysis(), "failed, left out of the outputs: " + f.reason()));
        }
        return out;
    }

    /** Stores this run's problems in the case; when the case cannot be written, says so. */
    private static void record(Connection db, CaseProblems.Scope scope, List<Problem> problems,
                               Consumer<Problem> shown) {
        try {
            new CaseProblems(db).replace(scope, problems);
        } catch (SQLException e) {
            Problem p = CaseProblems.output("case.db", "this run's problems could not be stored: "
                    + AnalysisRunner.describe(e));
            problems.add(p);
            shown.accept(p);
        }
    }

    private static XrefReport.Tool tool() {
        return new XrefReport.Tool("phonetriage", Versions.phonetriage(), Versions.libphonenumber());
    }

    /** The output formats, as {@code report --format} names them. */
    public static final List<String> FORMATS = List.of("json", "html", "csv", "graphml", "gexf", "i2", "neo4j",
            "case", "occurrences", "timeline");

    /**
     * What a run writes unless told otherwise: what people and scripts read first. The bulk exports
     * (case.jsonld, csv/occurrences.csv, csv/timeline.csv) can be many times the evidence's size on
     * a large case; they are written when named, from case.db, at any time.
     */
    public static final List<String> DEFAULT_FORMATS = List.of("json", "html", "csv", "graphml", "gexf", "i2",
            "neo4j");

    /** csv/occurrences.csv: every occurrence (the {@code occurrences} format). */
    public static final String OCCURRENCES_FILE = OccurrencesCsv.FILE_NAME;

    /**
     * Writes the outputs named (see {@link #FORMATS}), each analysis a step of {@code analyses}.
     * A failed analysis or output is shown through {@code shown} as it happens, stored in the case
     * and listed by the outputs written after it: report.html goes last so it lists them all, and
     * csv/problems.csv is written again when report.html itself fails.
     */
    public static Written write(Connection db, Path outDir, String caseTitle, ZoneId zone, XrefOptions options,
                                List<String> formats, AnalysisRunner analyses, Consumer<Problem> shown)
            throws SQLException, IOException {
        return write(db, outDir, caseTitle, zone, options, formats, true, analyses, shown);
    }

    /**
     * The same; {@code formulaGuard} says whether the CSVs a person opens in a spreadsheet (csv/,
     * i2/links.csv) guard text cells against formula injection (see {@link CsvTable}; Neo4j's
     * import files never do).
     */
    public static Written write(Connection db, Path outDir, String caseTitle, ZoneId zone, XrefOptions options,
                                List<String> formats, boolean formulaGuard, AnalysisRunner analyses,
                                Consumer<Problem> shown) throws SQLException, IOException {
        return write(db, outDir, caseTitle, zone, options, formats, formulaGuard, analyses, OtherCases.NONE, shown,
                StageTimes.NONE);
    }

    /**
     * The same, with this case's identifiers looked up in other cases ({@code other_cases}) and each
     * stage (the cross-reference, each output) timed by {@code stages}.
     */
    public static Written write(Connection db, Path outDir, String caseTitle, ZoneId zone, XrefOptions options,
                                List<String> formats, boolean formulaGuard, AnalysisRunner analyses,
                                OtherCases otherCases, Consumer<Problem> shown, StageTimes stages)
            throws SQLException, IOException {
        CaseDb.createIndexes(db); // those a case made by an earlier version lacks
        for (String format : formats) {
            if (!FORMATS.contains(format)) {
                throw new IllegalArgumentException("unknown output format " + format + "; one of " + FORMATS);
            }
        }
        Files.createDirectories(outDir);
        AtomicOutput.cleanStale(outDir); // what a killed run was writing
        CaseState state = CaseState.of(db);
        Optional<OutputManifest.Read> earlier = OutputManifest.read(outDir);
        // the set is being rewritten: until the new manifest is written, none claims it complete
        Files.deleteIfExists(outDir.resolve(OutputManifest.FILE_NAME));
        StageTimes.Clock clock = stages.start("cross-reference");
        Network network = loadNetwork(db, analyses, state.digest());
        XrefReport xref = OtherCases.addTo(new CrossReference(db).build(tool(), options, network, analyses), db,
                otherCases, analyses);
        clock.finished(occurrences(db));
        Set<String> scoped = new LinkedHashSet<>(formats);
        scoped.add(MANIFEST);
        CaseProblems.Scope scope = new CaseProblems.Scope(true, scoped);
        RunProblems run = new RunProblems(new CaseProblems(db).kept(scope), shown);
        analysisProblems(analyses).forEach(run::add);
        List<Problem> problems = run.listed;
        List<CaseReader.Fact> facts = new CaseReader(db).facts();
        List<UnreadFiles.Device> unread = formats.contains("html") || formats.contains("csv") ? UnreadFiles.load(db)
                : List.of();
        Path csv = outDir.resolve(CsvWriter.FOLDER);
        Set<String> written = new TreeSet<>();
        List<OutputManifest.Entry> files = new ArrayList<>();
        List<String> parallel = WRITING_ORDER.stream().filter(formats::contains).filter(f -> !f.equals("html")).toList();
        List<Problem> before = List.copyOf(problems);
        ParallelOutputs pool = new ParallelOutputs(parallel);
        Exports.Shared graph = Exports.share(network, xref); // made once for graphml, gexf, i2 and neo4j
        pool.start(format -> switch (format) {
            case "json" -> () -> new XrefJsonWriter().write(xref, outDir.resolve(XrefJsonWriter.FILE_NAME));
            case "csv" -> () -> {
                CsvWriter tables = new CsvWriter(formulaGuard);
                Files.createDirectories(csv);
                tables.writeDevices(xref.devices(), csv.resolve("devices.csv"));
                tables.writeIdentifiers(xref.identifiers(), csv.resolve("identifiers.csv"));
                tables.writeLinks(xref.deviceLinks(), csv.resolve("links.csv"));
                writeFacts(facts, csv.resolve("device_facts.csv"), formulaGuard);
                UnreadCsv.write(unread, csv.resolve(UnreadCsv.FILE_NAME), formulaGuard);
                // as when written one after another: the failures of the outputs before csv, not after
                tables.writeProblems(pool.problemsBefore(format, before), csv.resolve("problems.csv"));
            };
            case "occurrences" -> () -> OccurrencesCsv.write(db, Files.createDirectories(csv).resolve(OCCURRENCES_FILE),
                    formulaGuard);
            case "timeline" -> () -> TimelineCsv.write(db, Files.createDirectories(csv).resolve(TimelineCsv.FILE_NAME),
                    formulaGuard);
            case "case" -> () -> CaseUcoExport.write(db, outDir.resolve(CaseUcoExport.FILE_NAME));
            default -> () -> Exports.write(format, graph, outDir, formulaGuard);
        });
        StopRequest.Stopped stopped = null;
        for (String format : parallel) {
            ParallelOutputs.Outcome o = pool.outcome(format);
            if (o.stopped() != null) {
                stopped = stopped == null ? o.stopped() : stopped;
                continue;
            }
            if (!o.written() && o.problem() == null) {
                continue; // left out after a full disk: never begun
            }
            stages.ran("write " + format, o.seconds(), -1, () -> {
                if (o.problem() != null) {
                    run.add(o.problem());
                }
            });
            o.files().forEach(w -> files.add(OutputManifest.entry(outDir, format, w)));
            if (o.written()) {
                written.add(format);
            } else if (o.noSpace() != null && run.noSpace == null) {
                run.noSpace = o.noSpace();
            }
        }
        graph.release(); // not kept through report.html
        List<String> notWritten = new ArrayList<>(parallel.stream().filter(f -> !written.contains(f)).toList());
        if (formats.contains("html")) {
            notWritten.add("html");
        }
        if (stopped != null) {
            throw new StopRequest.Stopped(stopped.signal(), stopped.getMessage() + " while writing the outputs ("
                    + (written.isEmpty() ? "none" : String.join(", ", written)) + " written; not written: "
                    + String.join(", ", notWritten) + "); run phonetriage report to write them all");
        }
        if (run.noSpace != null) {
            record(db, scope, run.ofThisRun, shown);
            throw run.noSpace.withAdvice("not written: " + String.join(", ", notWritten)
                    + " (the files there before are left as they were); free space, then run phonetriage report"
                    + " --case " + caseFile(db) + " --out " + outDir);
        }
        if (formats.contains("html")) {
            stopIfRequested("html", written, new ArrayList<>());
            Output html = () -> new HtmlReportWriter().withDeviceFacts(facts).withUnreadFiles(unread)
                    .withCounterparts(DeviceCounterparts.of(network.graph(), DeviceCounterparts.TOP)).write(xref, problems,
                    ReportContext.now(caseTitle, zone, Versions.phonetriage()),
                    coreTimeline(db, xref), ReportGraph.of(network.graph(), network.metrics(), xref),
                    outDir.resolve(HtmlReportWriter.FILE_NAME));
            boolean ok;
            StageTimes.Clock writing = stages.start("write html");
            try (AtomicOutput.Journal journal = AtomicOutput.journal()) {
                ok = run.attempt("html", html);
                journal.written().forEach(w -> files.add(OutputManifest.entry(outDir, "html", w)));
            }
            writing.finished(-1);
            if (ok) {
                written.add("html");
            }
            if (run.noSpace != null) {
                record(db, scope, run.ofThisRun, shown);
                throw run.noSpace.withAdvice("not written: html (the files there before are left as they were);"
                        + " free space, then run phonetriage report --case " + caseFile(db) + " --out " + outDir);
            }
        }
        if (written.contains("csv") && formats.contains("html") && !written.contains("html")) {
            try (AtomicOutput.Journal journal = AtomicOutput.journal()) {
                run.attempt("csv", () -> new CsvWriter(formulaGuard).writeProblems(problems, csv.resolve("problems.csv")));
                journal.written().forEach(w -> replace(files, OutputManifest.entry(outDir, "csv", w)));
            }
        }
        if (run.noSpace == null) {
            Set<String> complete = new TreeSet<>(written);
            files.addAll(OutputManifest.carriedOver(outDir, earlier, state, formats, complete));
            Set<String> failed = new TreeSet<>(formats);
            failed.removeAll(written);
            run.attempt(MANIFEST, () -> new OutputManifest(state, complete, failed, files).write(outDir, caseFile(db)));
        }
        record(db, scope, run.ofThisRun, shown);
        if (run.noSpace != null) {
            throw run.noSpace.withAdvice("free space, then run phonetriage report --case " + caseFile(db) + " --out "
                    + outDir);
        }
        return new Written(xref, run.ofThisRun);
    }

    /** The occurrences of the case: what the cross-reference goes through. */
    private static long occurrences(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM occurrences")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** What report --format does not name: the manifest, written after every output. */
    static final String MANIFEST = "manifest";

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /** A file written twice (problems.csv again after report.html failed) is listed once, as it is now. */
    private static void replace(List<OutputManifest.Entry> files, OutputManifest.Entry entry) {
        files.removeIf(e -> e.path().equals(entry.path()));
        files.add(entry);
    }

    /** A stop (SIGINT, SIGTERM) asked for while outputs are written ends the run before the next one. */
    private static void stopIfRequested(String next, Set<String> written, List<String> left) {
        try {
            StopRequest.check();
        } catch (StopRequest.Stopped e) {
            throw new StopRequest.Stopped(e.signal(), e.getMessage() + " while writing the outputs ("
                    + (written.isEmpty() ? "none" : String.join(", ", written)) + " written; not written: "
                    + String.join(", ", prepend(next, left)) + "); run phonetriage report to write them all");
        }
    }

    /** The case's file, as the outputs' advice names it. */
    private static Path caseFile(Connection db) {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT file FROM pragma_database_list WHERE name = 'main'")) {
            return rs.next() && rs.getString(1) != null && !rs.getString(1).isEmpty() ? Path.of(rs.getString(1)) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /** The problems the outputs list (those stored before but the ones this run redoes, then this run's). */
    private static final class RunProblems {
        final List<Problem> listed;
        final List<Problem> ofThisRun = new ArrayList<>();
        final Consumer<Problem> shown;
        /** Set when a disk filled up: the outputs stop. */
        NoSpaceLeftException noSpace;

        RunProblems(List<Problem> kept, Consumer<Problem> shown) {
            this.listed = new ArrayList<>(kept);
            this.shown = shown;
        }

        void add(Problem p) {
            listed.add(p);
            ofThisRun.add(p);
            shown.accept(p);
        }

        /** Writes one output; its failure becomes a problem and the next output goes on. */
        boolean attempt(String format, Output output) {
            Failure f = failureOf(format, output);
            if (f == null) {
                return true;
            }
            if (f.noSpace() != null) {
                noSpace = f.noSpace();
            }
            add(f.problem());
            return false;
        }
    }

    /** Why an output was not written: the problem of the case, and the full disk when that was it. */
    record Failure(Problem problem, NoSpaceLeftException noSpace) {
    }

    /** Writes one output; null when written, else its failure (a stop is thrown, not a failure). */
    static Failure failureOf(String format, Output output) {
        try {
            output.write();
            return null;
        } catch (StopRequest.Stopped e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            Optional<NoSpaceLeftException> full = NoSpaceLeftException.in(e);
            if (full.isPresent()) {
                return new Failure(CaseProblems.output(format, "not written: " + full.get().getMessage()), full.get());
            }
            return new Failure(CaseProblems.output(format, "not written: " + AnalysisRunner.describe(e)), null);
        }
    }

    /**
     * The order outputs are reported in (their events, their problems): report.html last, written
     * after every other, so it can list every other's failure.
     */
    static final List<String> WRITING_ORDER = List.of("json", "graphml", "gexf", "i2", "neo4j", "case", "csv",
            "occurrences", "timeline", "html");

    /** At most this many communications in report.html; all are in csv/timeline.csv. */
    static final int REPORT_TIMELINE_ROWS = 2_000;

    /** The communications that involve a device link or one of the first ten key players. */
    private static ReportTimeline coreTimeline(Connection db, XrefReport xref) throws SQLException, IOException {
        Set<String> keys = new TreeSet<>();
        xref.deviceLinks().forEach(l -> keys.addAll(l.via()));
        xref.keyPlayers().stream().limit(10).forEach(k -> keys.add(k.key()));
        if (keys.isEmpty()) {
            return ReportTimeline.NONE;
        }
        List<TimelineRecord> rows = FirstCoreRecords.timeline(db, List.copyOf(keys), REPORT_TIMELINE_ROWS + 1);
        boolean truncated = rows.size() > REPORT_TIMELINE_ROWS;
        return new ReportTimeline(truncated ? rows.subList(0, REPORT_TIMELINE_ROWS) : rows, truncated);
    }

    static final List<String> FACTS_HEADER = List.of("device", "name", "value", "source", "parser");

    /** What the evidence records about each device besides identifiers (docs: add files freely). */
    private static void writeFacts(List<CaseReader.Fact> facts, Path file, boolean formulaGuard) throws IOException {
        try (CsvTable table = CsvTable.create(file, FACTS_HEADER).formulaGuard(formulaGuard)) {
            for (CaseReader.Fact f : facts) {
                table.row(new Object[] {f.device(), f.name(), f.value(), f.source(), f.parser()});
            }
            table.commit();
        }
    }
}
