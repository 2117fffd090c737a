package org.phonetriage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.phonetriage.ingest.CaseIngest;
import org.phonetriage.ingest.EvidenceIngest;
import org.phonetriage.ingest.StopRequest;
import org.phonetriage.ingest.TriagePlan;
import org.phonetriage.model.Problem;
import org.phonetriage.progress.ProcessCpu;
import org.phonetriage.progress.Progress;
import org.phonetriage.progress.StageTimes;
import org.phonetriage.report.CaseOutputs;
import org.phonetriage.report.OutputNames;
import org.phonetriage.report.UnreadFiles;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.AnalysisRunner;
import org.phonetriage.xref.XrefOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "triage", mixinStandardHelpOptions = true,
        description = {"Ingest evidence into a new case, cross-reference it and write the reports.",
            "DIR gets case.db, xref.json, report.html, csv/, graph.graphml, graph.gexf, i2/, neo4j/ and, written"
                    + " last, manifest.json (every output with its SHA-256, and the case's state); the bulk exports"
                    + " (csv/occurrences.csv, csv/timeline.csv, case.jsonld) when --format names them.",
            "Run again on the same DIR with the same evidence, it resumes an interrupted triage: complete devices"
                    + " are kept, incomplete ones read again."})
final class TriageCommand extends CommandOutput implements Callable<Integer> {

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder: new or empty, or the folder of an interrupted triage of the same evidence"
                    + " (it is resumed).")
    Path out;

    @Mixin
    EvidenceOptions evidence = new EvidenceOptions();

    @Mixin
    ReportOptions report = new ReportOptions();

    @Mixin
    XrefCliOptions xrefOptions = new XrefCliOptions();

    @Mixin
    RepoCliOptions repo = new RepoCliOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    /** Runs the analyses (a test substitutes one that fails). */
    AnalysisRunner analyses = new AnalysisRunner();

    @Override
    public Integer call() throws Exception {
        // options are checked before a long ingest, not after it
        XrefOptions options = xrefOptions.options();
        repo.check();
        List<String> formats = report.formats();
        ZoneId zone = report.zone();
        List<CaseIngest.Item> items = evidence.items();
        List<String> passwords = evidence.passwords();
        Progress progress = output.progress(err(), run);
        Path caseFile = out.resolve("case.db");
        boolean resuming = Files.exists(caseFile);
        OutputFolder.check(out, resuming, output.logFile());
        TriagePlan plan;
        try {
            plan = TriagePlan.of(items, progress);
        } catch (StopRequest.Stopped e) {
            throw new StopRequest.Stopped(e.signal(), e.getMessage() + " while hashing the evidence, before anything"
                    + " was read; run the same command again to start");
        }
        if (resuming) {
            checkSamePlan(caseFile, plan);
        } else {
            try (Connection db = CaseDb.open(caseFile, true)) {
                plan.store(db); // first, so that an interrupted triage can be resumed
            }
        }
        StageTimes stages = new StageTimes(progress);
        StageTimes.Clock ingest = stages.start("ingest");
        List<EvidenceIngest.Result> results = new CaseIngest(progress, evidence.region(), evidence.caseRegions(),
                evidence.limits())
                .withPasswords(passwords).withWhatsAppKey(evidence.whatsAppKey())
                .withSignalKey(evidence.signalKey()).withTelegramPasscode(evidence.telegramPasscode)
                .withRecovery(!evidence.noRecovery)
                .withSweep(!evidence.noSweep)
                .withCsvMap(evidence.csvMap()).resuming(resuming)
                .ingest(caseFile, plan.items(), plan.hashes());
        ingest.finished(results.stream().mapToLong(EvidenceIngest.Result::records).sum());
        CaseOutputs.Written written;
        List<UnreadFiles.Device> unread;
        List<Problem> problems;
        long started = System.nanoTime();
        double cpuAtStart = ProcessCpu.seconds();
        progress.stage("cross-reference and reports", -1);
        try (Connection db = CaseDb.open(caseFile, false)) {
            written = CaseOutputs.write(db, out, report.title(out), zone, options, formats,
                    report.formulaGuard(), analyses, repo.lookup(caseFile), progress::problem, stages);
            unread = UnreadFiles.load(db);
            problems = ReportCommand.caseProblems(db, written);
        }
        double cpu = ProcessCpu.seconds();
        progress.stage("cross-reference and reports", (System.nanoTime() - started) / 1e9, -1,
                cpu < 0 || cpuAtStart < 0 ? -1 : cpu - cpuAtStart);
        List<String> outputs = new ArrayList<>(List.of(caseFile.toString()));
        outputs.addAll(OutputNames.written(out, formats, written.problems()));
        run.settle(problems, outputs);
        if (!output.quiet) {
            Summary.print(human(), written.xref(), results, unread, out, formats, stages.stages());
        }
        // as report exits on the same case: 3 when it holds any problem (of the evidence, an analysis, an output)
        return problems.isEmpty() ? Main.OK : Main.PROBLEMS;
    }

    /** A triage run again on its folder resumes only for the same items, under the same labels. */
    private void checkSamePlan(Path caseFile, TriagePlan plan) throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            TriagePlan earlier = TriagePlan.stored(db).orElseThrow(() -> new Main.UsageException(out
                    + " holds a case made by ingest, not by triage: add evidence with phonetriage ingest --case "
                    + caseFile + " EVIDENCE..., or choose a new --out"));
            String difference = plan.differenceFrom(earlier);
            if (difference != null) {
                throw new Main.UsageException(out + " holds a triage of other evidence (" + difference
                        + "): run the same command to resume it, choose a new --out, or add evidence with"
                        + " phonetriage ingest --case " + caseFile);
            }
        }
    }
}
