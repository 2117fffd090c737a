package org.phonetriage.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.phonetriage.model.Problem;
import org.phonetriage.progress.StageTimes;
import org.phonetriage.report.CaseOutputs;
import org.phonetriage.report.OutputNames;
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

    @Mixin
    RepoCliOptions repo = new RepoCliOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    /** Runs the analyses (a test substitutes one that fails). */
    AnalysisRunner analyses = new AnalysisRunner();

    @Override
    public Integer call() throws Exception {
        List<String> chosen = report.formats();
        ZoneId zone = report.zone();
        XrefOptions options = xrefOptions.options();
        repo.check();
        List<Problem> problems;
        CaseOutputs.Written written;
        try (Connection db = CaseDb.open(caseFile, false)) {
            CaseDevices.incomplete(db).forEach(label -> showProblem(CaseReader.incomplete(label)));
            written = CaseOutputs.write(db, out, report.title(out), zone, options, chosen, report.formulaGuard(),
                    analyses, repo.lookup(caseFile), this::showProblem, new StageTimes(output.progress(err(), run)));
            problems = caseProblems(db, written);
        }
        run.settle(problems, OutputNames.written(out, chosen, written.problems()));
        if (!output.quiet) {
            err().println("Outputs written to " + out);
        }
        // as triage exits on the same case: 3 when any evidence, analysis or output had a problem
        return problems.isEmpty() ? Main.OK : Main.PROBLEMS;
    }

    /**
     * Every problem of a case after its outputs were written, as the exit code counts them: those
     * the case holds, and any of this run it could not store.
     */
    static List<Problem> caseProblems(Connection db, CaseOutputs.Written written) throws SQLException {
        List<Problem> all = new ArrayList<>(new CaseReader(db).problems());
        written.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }
}
