package org.phonetriage.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;
import org.phonetriage.report.CaseOutputs;
import org.phonetriage.report.XrefJsonWriter;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.AnalysisRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "xref", mixinStandardHelpOptions = true,
        description = "Cross-reference a case and write xref.json (to standard output unless --out is given).")
final class XrefCommand extends CommandOutput implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case database.")
    Path caseFile;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write xref.json.")
    Path out;

    @Mixin
    XrefCliOptions xrefOptions = new XrefCliOptions();

    @Mixin
    RepoCliOptions repo = new RepoCliOptions();

    /** Runs the analyses (a test substitutes one that fails). */
    AnalysisRunner analyses = new AnalysisRunner();

    @Override
    public Integer call() throws Exception {
        CaseOutputs.Written written;
        repo.check();
        try (Connection db = CaseDb.open(caseFile, false)) {
            written = CaseOutputs.crossReference(db, xrefOptions.options(), analyses, repo.lookup(caseFile),
                    this::showProblem);
        }
        if (out != null) {
            new XrefJsonWriter().write(written.xref(), out);
        } else {
            new XrefJsonWriter().write(written.xref(), out());
            out().flush();
        }
        return written.problems().isEmpty() ? Main.OK : Main.PROBLEMS;
    }
}
