package org.phonetriage.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.phonetriage.report.CaseOutputs;
import picocli.CommandLine.Option;

/** How reports are written. */
final class ReportOptions {

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone for times shown in report.html (e.g. Europe/Paris; default ${DEFAULT-VALUE})."
                    + " xref.json and CSVs are always UTC.")
    String zone;

    @Option(names = "--title", paramLabel = "TEXT", description = "Case title shown in the report (default: output folder name).")
    String title;

    @Option(names = "--no-formula-guard", description = "Write text in csv/ and i2/links.csv exactly as the evidence has it:"
            + " no leading ' before a value starting with = + - @ (by default such text is guarded so that a"
            + " spreadsheet shows it instead of running it). neo4j/ is never guarded.")
    boolean noFormulaGuard;

    @Option(names = "--format", split = ",", paramLabel = "F[,F...]",
            description = {"The outputs to write: json (xref.json), html, csv (the summary tables of csv/), graphml,"
                    + " gexf, i2, neo4j, and the bulk exports, written only when named: occurrences"
                    + " (csv/occurrences.csv), timeline (csv/timeline.csv), case (case.jsonld, CASE/UCO).",
                "default: the first seven; all: every one (e.g. --format default,timeline)."})
    List<String> formats = new ArrayList<>();

    /** The formats asked for, in {@link CaseOutputs#FORMATS}' order; the default ones when none was named. */
    List<String> formats() {
        Set<String> chosen = new LinkedHashSet<>();
        for (String f : formats.isEmpty() ? List.of("default") : formats) {
            switch (f) {
                case "default" -> chosen.addAll(CaseOutputs.DEFAULT_FORMATS);
                case "all" -> chosen.addAll(CaseOutputs.FORMATS);
                default -> {
                    if (!CaseOutputs.FORMATS.contains(f)) {
                        throw new Main.UsageException("--format " + f + ": not one of " + CaseOutputs.FORMATS
                                + ", default or all");
                    }
                    chosen.add(f);
                }
            }
        }
        return CaseOutputs.FORMATS.stream().filter(chosen::contains).toList();
    }

    boolean formulaGuard() {
        return !noFormulaGuard;
    }

    ZoneId zone() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new Main.UsageException("--zone: unknown time zone " + zone);
        }
    }

    String title(Path out) {
        if (title != null) {
            return title;
        }
        Path name = out.toAbsolutePath().normalize().getFileName();
        return name == null ? "phonetriage case" : name.toString();
    }
}
