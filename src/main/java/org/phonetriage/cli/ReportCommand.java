package org.phonetriage.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;
import org.phonetriage.report.CaseOutputs;
import org.phonetriage.store.CaseDb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write xref.json, report.html, csv/ and the graph exports (graph.graphml, graph.gexf, i2/,"
                + " neo4j/) for an existing case into a folder.")
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case database.")
    Path caseFile;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Mixin
    XrefCliOptions xrefOptions = new XrefCliOptions();

    @Override
    public Integer call() throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            CaseOutputs.write(db, out, report.title(out), report.zone(), xrefOptions.options());
        }
        System.err.println("Outputs written to " + out);
        return Main.OK;
    }
}
