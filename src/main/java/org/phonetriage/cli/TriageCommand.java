package org.phonetriage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.phonetriage.ingest.CaseIngest;
import org.phonetriage.ingest.EvidenceIngest;
import org.phonetriage.progress.Progress;
import org.phonetriage.report.CaseOutputs;
import org.phonetriage.report.UnreadFiles;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.XrefOptions;
import org.phonetriage.xref.XrefReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "triage", mixinStandardHelpOptions = true,
        description = {"Ingest evidence into a new case, cross-reference it and write the reports.",
            "DIR gets case.db, xref.json, report.html, csv/, graph.graphml, graph.gexf, i2/ and neo4j/."})
final class TriageCommand implements Callable<Integer> {

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder (new or empty).")
    Path out;

    @Mixin
    EvidenceOptions evidence = new EvidenceOptions();

    @Mixin
    ReportOptions report = new ReportOptions();

    @Mixin
    XrefCliOptions xrefOptions = new XrefCliOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        // options are checked before a long ingest, not after it
        XrefOptions options = xrefOptions.options();
        ZoneId zone = report.zone();
        Progress progress = output.progress();
        Path caseFile = out.resolve("case.db");
        if (Files.exists(caseFile)) {
            throw new Main.UsageException(out + " already holds a case.db: choose a new --out, or add evidence"
                    + " to that case with: phonetriage ingest --case " + caseFile + " EVIDENCE...");
        }
        List<EvidenceIngest.Result> results = new CaseIngest(progress, evidence.region(), evidence.caseRegions(), evidence.limits())
                .withPasswords(evidence.passwords()).withWhatsAppKey(evidence.whatsAppKey())
                .withCsvMap(evidence.csvMap())
                .ingest(caseFile, evidence.items());
        XrefReport xref;
        List<UnreadFiles.Device> unread;
        long started = System.nanoTime();
        progress.stage("cross-reference and reports", -1);
        try (Connection db = CaseDb.open(caseFile, false)) {
            xref = CaseOutputs.write(db, out, report.title(out), zone, options);
            unread = UnreadFiles.load(db);
        }
        progress.stage("cross-reference and reports", (System.nanoTime() - started) / 1e9);
        if (!output.quiet) {
            Summary.print(System.out, xref, results, unread, out);
        }
        return results.stream().anyMatch(r -> r.problems() > 0) ? Main.PROBLEMS : Main.OK;
    }
}
