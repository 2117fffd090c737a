package org.phonetriage.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Stack;
import org.phonetriage.progress.JsonLinesProgress;
import org.phonetriage.progress.PlainProgress;
import org.phonetriage.progress.Progress;
import org.phonetriage.progress.QuietProgress;
import org.phonetriage.progress.TeeProgress;
import org.phonetriage.progress.TerminalProgress;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How progress is shown: text on standard error, and events with --log-json (opened by {@link RunLog}). */
final class OutputOptions {

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary; problems are still shown, one line each.")
    boolean quiet;

    @Option(names = RunLog.OPTION, arity = "0..1", paramLabel = "FILE", preprocessor = AttachedFileOnly.class,
            description = "Events as JSON lines (docs/events.md) for pipelines: on standard output, which then carries"
                    + " nothing else, or with =FILE in that file. Progress text stays on standard error.")
    String logJson;

    /** The file the events go to, or null (none, or standard output). */
    java.nio.file.Path logFile() {
        return logJson == null || logJson.equals(RunLog.STDOUT) ? null : java.nio.file.Path.of(logJson);
    }

    /** Text progress on {@code err} (standard error), and the run's events when it has them. */
    Progress progress(PrintWriter err, RunLog run) {
        Progress text;
        if (quiet) {
            text = new QuietProgress(err);
        } else {
            String term = System.getenv("TERM");
            boolean terminal = System.console() != null && term != null && !term.equals("dumb");
            text = terminal ? new TerminalProgress(err) : new PlainProgress(err);
        }
        return run.events() == null ? text : new TeeProgress(text, new JsonLinesProgress(run.events()));
    }

    /**
     * --log-json takes a file only as {@code --log-json=FILE}: written apart, the word after it is
     * the next argument (an evidence item must never be taken for the log file and overwritten).
     */
    static final class AttachedFileOnly implements CommandLine.IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandLine.Model.CommandSpec spec,
                                  CommandLine.Model.ArgSpec option, Map<String, Object> info) {
            if (" ".equals(info.get("separator"))) {
                args.push(RunLog.STDOUT);
                info.put("separator", "="); // read as if given attached: --log-json=-
            }
            return false;
        }
    }
}
