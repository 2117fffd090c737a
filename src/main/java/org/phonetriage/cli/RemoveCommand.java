package org.phonetriage.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.phonetriage.ingest.CaseRenormalizer;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.store.CaseDb;
import org.phonetriage.store.CaseDevices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove devices from a case: everything read from their evidence goes, and the numbers of the"
                + " other devices are read again for the case's new set of countries.",
            "The outputs are not rewritten: run phonetriage report afterwards."})
final class RemoveCommand extends CommandOutput implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case database.")
    Path caseFile;

    @Parameters(arity = "1..*", paramLabel = "LABEL", description = "Labels of the devices to remove.")
    List<String> labels = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            List<CaseDevices.Device> devices = new ArrayList<>();
            for (String label : labels) {
                devices.add(CaseDevices.byLabel(db, label).orElseThrow(() -> new Main.UsageException(
                        "no device " + label + " in " + caseFile)));
            }
            db.setAutoCommit(false);
            for (CaseDevices.Device d : devices) {
                CaseDevices.remove(db, d.id());
            }
            db.commit();
            db.setAutoCommit(true);
            new CaseRenormalizer(db, new IdentifierNormalizer()).run();
            org.phonetriage.ingest.SweptConstants.mark(db);
            CaseDevices.purgeUnused(db);
        }
        err().println("Removed " + String.join(", ", labels) + " from " + caseFile
                + "; run phonetriage report to rewrite the outputs.");
        return Main.OK;
    }
}
