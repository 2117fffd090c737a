package org.phonetriage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.phonetriage.ingest.CaseIngest;
import org.phonetriage.ingest.EvidenceIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add evidence items to a case database (created if missing); each item becomes a device.")
final class IngestCommand implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case database.")
    Path caseFile;

    @Mixin
    EvidenceOptions evidence = new EvidenceOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        List<EvidenceIngest.Result> results = new CaseIngest(output.progress(), evidence.region(), evidence.caseRegions(), evidence.limits())
                .withPasswords(evidence.passwords()).withWhatsAppKey(evidence.whatsAppKey())
                .withCsvMap(evidence.csvMap())
                .ingest(caseFile, evidence.items());
        return results.stream().anyMatch(r -> r.problems() > 0) ? Main.PROBLEMS : Main.OK;
    }
}
