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
