package org.phonetriage.cli;

import java.io.PrintWriter;
import org.phonetriage.progress.JsonLinesProgress;
import org.phonetriage.progress.PlainProgress;
import org.phonetriage.progress.Progress;
import org.phonetriage.progress.QuietProgress;
import org.phonetriage.progress.TerminalProgress;
import picocli.CommandLine.Option;

/** How progress is shown on standard error. */
final class OutputOptions {

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary; problems are still shown, one line each.")
    boolean quiet;

    @Option(names = "--log-json", description = "Progress and problems as JSON lines on standard error, for pipelines.")
    boolean logJson;

    /** How progress is shown, on {@code err} (standard error). */
    Progress progress(PrintWriter err) {
        if (quiet && logJson) {
            throw new Main.UsageException("--quiet and --log-json exclude each other");
        }
        if (logJson) {
            return new JsonLinesProgress(err);
        }
        if (quiet) {
            return new QuietProgress(err);
        }
        String term = System.getenv("TERM");
        boolean terminal = System.console() != null && term != null && !term.equals("dumb");
        return terminal ? new TerminalProgress(err) : new PlainProgress(err);
    }
}
