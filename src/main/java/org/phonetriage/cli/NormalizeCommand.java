package org.phonetriage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.normalize.NormalizedId;
import org.phonetriage.normalize.RegionContext;
import org.phonetriage.normalize.RegionHint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = {"Show how phonetriage reads identifiers: key, type, confidence, rule, region and the"
                + " alternatives it did not choose. For checking a number by hand."})
final class NormalizeCommand extends CommandOutput implements Callable<Integer> {

    @Parameters(paramLabel = "VALUE", arity = "0..*", description = "Values as a phone stores them.")
    List<String> values = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE", description = "Also read values from FILE, one a line.")
    Path file;

    @Option(names = "--region", paramLabel = "CC", description = "The phone's region (as if from its SIM).")
    String region;

    @Option(names = "--case-regions", split = ",", paramLabel = "CC[,CC...]",
            description = "Countries of the case, for the bounded fan-out of numbers the region cannot hold.")
    List<String> caseRegions = new ArrayList<>();

    @Option(names = "--area", paramLabel = "DDD", description = "The phone's own Brazilian area code.")
    String area;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<String> inputs = new ArrayList<>(values);
        if (file != null) {
            inputs.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        if (inputs.isEmpty()) {
            throw new Main.UsageException("give at least one VALUE or --file");
        }
        List<RegionHint> hints = region == null ? List.of()
                : List.of(new RegionHint(EvidenceOptions.regionCode("--region", region), "examiner", true));
        RegionContext ctx = new RegionContext(hints,
                caseRegions.stream().map(r -> EvidenceOptions.regionCode("--case-regions", r)).toList(), area);
        IdentifierNormalizer normalizer = new IdentifierNormalizer();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String input : inputs) {
            rows.add(row(input, normalizer.party(input, ctx)));
        }
        if (json) {
            out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        } else {
            String format = "%-24s %-18s %-11s %-4s %-18s %-6s %-9s %s%n";
            out().printf(format, "INPUT", "KEY", "TYPE", "CONF", "RULE", "REGION", "LEVEL", "ALTERNATIVES / NOTES");
            for (Map<String, Object> r : rows) {
                out().printf(format, r.get("input"), r.get("key"), r.get("type"), r.get("confidence"),
                        r.get("rule"), r.get("region"), r.get("level"), notes(r));
            }
        }
        return Main.OK;
    }

    private static Map<String, Object> row(String input, NormalizedId n) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("input", input);
        r.put("key", n.key());
        r.put("type", n.type());
        r.put("confidence", n.confidence());
        r.put("rule", n.rule());
        r.put("region", n.region());
        r.put("level", n.level());
        r.put("alternatives", n.alternatives().stream()
                .map(a -> Map.of("key", a.key(), "rule", a.rule())).toList());
        r.put("attributes", n.attributes());
        r.put("reason", n.reason());
        return r;
    }

    @SuppressWarnings("unchecked")
    private static String notes(Map<String, Object> r) {
        List<String> notes = new ArrayList<>();
        ((List<Map<String, String>>) r.get("alternatives")).forEach(a -> notes.add("or " + a.get("key") + " (" + a.get("rule") + ")"));
        ((Map<String, String>) r.get("attributes")).forEach((k, v) -> notes.add(k + "=" + v));
        if (r.get("reason") != null) {
            notes.add(r.get("reason").toString());
        }
        return String.join("; ", notes);
    }
}
