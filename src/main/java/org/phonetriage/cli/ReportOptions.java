package org.phonetriage.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
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
