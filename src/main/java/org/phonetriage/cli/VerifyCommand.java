package org.phonetriage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phonetriage.evidence.EvidenceVerifier;
import org.phonetriage.store.CaseDb;
import org.phonetriage.store.CaseReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-hash the evidence of a case and compare with the hashes taken at ingest.",
            "Exit code 0 when everything matches, 3 when anything changed or is missing."})
final class VerifyCommand extends CommandOutput implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case database.")
    Path caseFile;

    @Option(names = "--json", description = "Print one JSON object (items, mismatches, and each device's checks:"
            + " what, ok, detail) instead of lines.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<CaseReader.RecordedItem> items;
        try (Connection db = CaseDb.open(caseFile, false)) {
            items = new CaseReader(db).evidence();
        }
        int bad = 0;
        List<Map<String, Object>> devices = new ArrayList<>();
        for (CaseReader.RecordedItem item : items) {
            Map<String, String> files = new LinkedHashMap<>();
            item.files().forEach(f -> files.put(f.path(), f.sha256()));
            List<EvidenceVerifier.Check> checks = EvidenceVerifier.verify(Path.of(item.absolutePath()), item.sha256(),
                    files);
            for (EvidenceVerifier.Check c : checks) {
                if (!json) {
                    out().printf("%-8s %s: %s (%s)%n", c.ok() ? "OK" : "CHANGED", item.label(), c.what(), c.detail());
                }
                bad += c.ok() ? 0 : 1;
            }
            Map<String, Object> device = new LinkedHashMap<>();
            device.put("device", item.label());
            device.put("item", item.absolutePath());
            device.put("sha256", item.sha256());
            device.put("ok", checks.stream().allMatch(EvidenceVerifier.Check::ok));
            device.put("checks", checks);
            devices.add(device);
        }
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("items", items.size());
            result.put("mismatches", bad);
            result.put("devices", devices);
            out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        } else {
            out().printf("%d evidence item(s) checked, %d mismatch(es).%n", items.size(), bad);
        }
        return bad == 0 ? Main.OK : Main.PROBLEMS;
    }
}
