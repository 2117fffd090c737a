package org.phonetriage.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.phonetriage.report.CaseOutputs;
import org.phonetriage.store.CaseDb;
import org.phonetriage.store.CaseDevices;
import org.phonetriage.store.CaseReader;
import org.phonetriage.xref.AnalysisRunner;
import org.phonetriage.xref.XrefOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write xref.json, report.html, csv/ and the graph exports (graph.graphml, graph.gexf, i2/,"
                + " neo4j/, case.jsonld) for an existing case into a folder, and manifest.json last.",
            "Each file is replaced whole when it is complete; a folder without manifest.json holds a run that did"
                    + " not finish."})
final class ReportCommand extends CommandOutput implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case database.")
    Path caseFile;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Mixin
    XrefCliOptions xrefOptions = new XrefCliOptions();

    @Option(names = "--format", split = ",", paramLabel = "F[,F...]",
            description = "Only these outputs: json (xref.json), html, csv, graphml, gexf, i2, neo4j, case (case.jsonld). Default: all.")
    List<String> formats = new ArrayList<>();

    /** Runs the analyses (a test substitutes one that fails). */
    AnalysisRunner analyses = new AnalysisRunner();

    @Override
    public Integer call() throws Exception {
        List<String> chosen = formats.isEmpty() ? CaseOutputs.FORMATS : formats;
        for (String f : chosen) {
            if (!CaseOutputs.FORMATS.contains(f)) {
                throw new Main.UsageException("--format " + f + ": not one of " + CaseOutputs.FORMATS);
            }
        }
        ZoneId zone = report.zone();
        XrefOptions options = xrefOptions.options();
        boolean problems;
        try (Connection db = CaseDb.open(caseFile, false)) {
            CaseDevices.incomplete(db).forEach(label -> showProblem(CaseReader.incomplete(label)));
            CaseOutputs.write(db, out, report.title(out), zone, options, chosen, analyses, this::showProblem);
            // as triage exits on the same case: 3 when any evidence, analysis or output had a problem
            problems = !new CaseReader(db).problems().isEmpty();
        }
        err().println("Outputs written to " + out);
        return problems ? Main.PROBLEMS : Main.OK;
    }
}
