package org.phonetriage.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.phonetriage.ingest.CaseIngest;
import org.phonetriage.ingest.EvidenceIngest;
import org.phonetriage.report.CaseState;
import org.phonetriage.report.OutputManifest;
import org.phonetriage.store.CaseDb;
import org.phonetriage.store.CaseDevices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add evidence items to a case database (created if missing); each item becomes a device.",
            "A device left incomplete by an interrupted run is read again; one already complete is refused"
                    + " unless named with --replace."})
final class IngestCommand extends CommandOutput implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case database.")
    Path caseFile;

    @Option(names = "--replace", paramLabel = "LABEL",
            description = "Read this device of the case again (repeat for several): it is removed whole, then read"
                    + " from the evidence given. Without --label, the first item takes the first LABEL, and so on.")
    List<String> replace = new ArrayList<>();

    @Mixin
    EvidenceOptions evidence = new EvidenceOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        List<CaseIngest.Item> items = evidence.items();
        if (!replace.isEmpty()) {
            checkReplaced();
            items = replacedLabels(items);
            EvidenceOptions.checkDistinctLabels(items);
            for (String label : replace) {
                if (items.stream().noneMatch(i -> i.deviceLabel().equals(label))) {
                    throw new Main.UsageException("--replace " + label + ": no evidence item is read as " + label
                            + " (its --label differs)");
                }
            }
        }
        List<String> passwords = evidence.passwords();
        List<EvidenceIngest.Result> results = new CaseIngest(output.progress(err(), run), evidence.region(),
                evidence.caseRegions(), evidence.limits())
                .withPasswords(passwords).withWhatsAppKey(evidence.whatsAppKey())
                .withSignalKey(evidence.signalKey()).withTelegramPasscode(evidence.telegramPasscode)
                .withRecovery(!evidence.noRecovery)
                .withSweep(!evidence.noSweep)
                .withCsvMap(evidence.csvMap()).replacing(new LinkedHashSet<>(replace))
                .ingest(caseFile, items);
        run.wrote(List.of(caseFile.toString())); // its problems are those of the items read, as the exit code's
        sayIfOutputsStale();
        return results.stream().anyMatch(r -> r.problems() > 0) ? Main.PROBLEMS : Main.OK;
    }

    /**
     * The outputs beside the case (a triage folder) no longer show it once it changed: say so, and
     * how to rewrite them. Outputs written elsewhere with report --out are not known here.
     */
    private void sayIfOutputsStale() throws SQLException, IOException {
        try (Connection db = CaseDb.open(caseFile, false)) {
            if (OutputManifest.staleBeside(caseFile, CaseState.of(db))) {
                Path dir = caseFile.getParent() == null ? Path.of(".") : caseFile.getParent();
                err().println("the outputs in " + dir + " are now stale: run phonetriage report --case " + caseFile
                        + " --out " + dir);
            }
        }
    }

    /** Every device to replace must be in the case: a typo must not quietly add a new device. */
    private void checkReplaced() throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            for (String label : replace) {
                if (CaseDevices.byLabel(db, label).isEmpty()) {
                    throw new Main.UsageException("--replace " + label + ": no such device in " + caseFile
                            + " (devices: " + String.join(", ", CaseDevices.all(db).stream()
                                    .map(CaseDevices.Device::label).toList()) + ")");
                }
            }
        }
    }

    /** Item i is read as device replace[i] unless the examiner labelled it. */
    private List<CaseIngest.Item> replacedLabels(List<CaseIngest.Item> items) {
        if (replace.size() > items.size()) {
            throw new Main.UsageException(replace.size() + " --replace given for " + items.size()
                    + " evidence item(s): each device replaced is read from one item");
        }
        List<CaseIngest.Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            CaseIngest.Item item = items.get(i);
            out.add(item.label() == null && i < replace.size() ? new CaseIngest.Item(item.path(), replace.get(i))
                    : item);
        }
        return out;
    }
}
