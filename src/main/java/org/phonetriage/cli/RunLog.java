package org.phonetriage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phonetriage.Versions;
import org.phonetriage.model.Problem;
import org.phonetriage.model.Severity;
import org.phonetriage.progress.EventLog;
import picocli.CommandLine;

/**
 * The events of one run with --log-json (docs/events.md): {@code run-started} first, then what the
 * command reports, at most one of {@code usage-error}, {@code run-failed} or {@code run-interrupted},
 * and exactly one {@code run-finished} last, whatever way the run ends. Without --log-json it writes
 * nothing. The problem counts of run-finished are those behind the exit code, as the command
 * settles them (triage and report: every problem the case holds; ingest: those of its items), or
 * the problems reported so far when it ends before it can.
 */
final class RunLog {

    /** The option, on the commands that have it. */
    static final String OPTION = "--log-json";
    /** Its value when no file is given: standard output. */
    static final String STDOUT = "-";

    /** The log of the run under way in this process, for the signal handler's last words. */
    private static volatile RunLog live;

    private EventLog events;
    private boolean toStdout;
    private String command = "phonetriage";
    private final long started = System.nanoTime();
    private List<Problem> settled;
    private List<String> outputs = List.of();
    private boolean finished;
    /** A usage-error, run-failed or run-interrupted was written: the run has said how it ended. */
    private boolean ended;

    /** Opens the log the command line asks for, if any (not for --help or --version). */
    void open(CommandLine leaf, PrintWriter out) throws IOException {
        CommandLine.ParseResult parsed = leaf.getParseResult();
        if (parsed == null || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
            return;
        }
        String target = parsed.matchedOptionValue(OPTION, null);
        if (target != null) {
            open(leaf.getCommandName(), target, out);
        }
    }

    /**
     * Opens the log for a command line that did not parse, when it asks for one: a pipeline
     * waiting for events gets its usage-error and run-finished too.
     */
    void openAfterParseError(CommandLine.ParameterException e, String[] args, PrintWriter out) {
        CommandLine cmd = e.getCommandLine();
        if (cmd == null || cmd.getCommandSpec().findOption(OPTION) == null) {
            return;
        }
        String target = null;
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals(OPTION)) {
                target = STDOUT;
            } else if (arg.startsWith(OPTION + "=")) {
                target = arg.substring(OPTION.length() + 1);
            }
        }
        if (target != null) {
            try {
                open(cmd.getCommandName(), target, out);
            } catch (IOException ignored) {
                // the usage error is on standard error already; there is no log to tell it to
            }
        }
    }

    private void open(String commandName, String target, PrintWriter out) throws IOException {
        command = commandName;
        toStdout = target.equals(STDOUT);
        events = toStdout ? EventLog.on(out) : logFile(target);
        live = this;
        events.emit("run-started", "command", command, "version", Versions.phonetriage());
    }

    private static EventLog logFile(String target) throws IOException {
        Path file;
        try {
            file = Path.of(target);
        } catch (InvalidPathException e) {
            throw new IOException(OPTION + "=" + target + ": not a valid file name (" + e.getMessage() + ")", e);
        }
        boolean replaceable;
        try {
            replaceable = isEmptyOrEventLog(file);
        } catch (IOException e) {
            throw new IOException(OPTION + "=" + target + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (!replaceable) {
            throw new IOException(OPTION + "=" + target + ": exists and is not an event log, so it is not"
                    + " overwritten (it could be evidence): name a new file");
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                // a log inside a triage's --out, which does not exist yet, is allowed there
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            return EventLog.toFile(file);
        } catch (IOException e) {
            throw new IOException(OPTION + "=" + target + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /** A file the log may replace: none yet, an empty one, or the log of an earlier run (a JSON object first). */
    private static boolean isEmptyOrEventLog(Path file) throws IOException {
        if (!Files.exists(file) || Files.isRegularFile(file) && Files.size(file) == 0) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(("{\"schema\":").length());
            return new String(start, StandardCharsets.UTF_8).equals("{\"schema\":");
        }
    }

    /** The events, or null without --log-json. */
    EventLog events() {
        return events;
    }

    /** True when the events go to standard output, so nothing else may be printed there. */
    boolean toStdout() {
        return events != null && toStdout;
    }

    /** A problem a command met outside progress (report, xref). */
    void problem(Problem p) {
        if (events != null) {
            events.problem(p, null);
        }
    }

    /**
     * The problems behind the command's exit code and the outputs it wrote (paths), for run-finished.
     */
    void settle(List<Problem> problems, List<String> written) {
        settled = List.copyOf(problems);
        wrote(written);
    }

    /** The outputs the command wrote (paths); its problems are those reported as it went. */
    void wrote(List<String> written) {
        outputs = List.copyOf(written);
    }

    /** A mistake in the command line: nothing was read. */
    synchronized void usageError(String message) {
        if (events != null && !ended) {
            ended = true;
            events.emit("usage-error", "message", message);
        }
    }

    /** The run stopped on a failure: {@code code} is no-space, out-of-memory, internal-error or tool-failure. */
    synchronized void failed(String code, String message) {
        if (events != null && !ended) {
            ended = true;
            events.emit("run-failed", "code", code, "message", message);
        }
    }

    /** The run was stopped by a signal. */
    synchronized void interrupted(String signal, String message) {
        if (events != null && !ended) {
            ended = true;
            events.emit("run-interrupted", "signal", signal, "message", message);
        }
    }

    /** Writes run-finished, once: the exit code and what it means, the problems by severity and code, the outputs. */
    synchronized void finish(int exitCode) {
        if (events == null || finished) {
            return;
        }
        finished = true;
        Map<Severity, Integer> severities;
        Map<String, Integer> codes;
        if (settled != null) {
            severities = new EnumMap<>(Severity.class);
            codes = new TreeMap<>();
            for (Severity s : Severity.values()) {
                severities.put(s, 0);
            }
            for (Problem p : settled) {
                severities.merge(p.severity(), 1, Integer::sum);
                codes.merge(p.code().code(), 1, Integer::sum);
            }
        } else {
            severities = events.severities();
            codes = events.codes();
        }
        Severity worst = null;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<Severity, Integer> e : severities.entrySet()) {
            counts.put(e.getKey().label(), e.getValue());
            if (e.getValue() > 0) {
                worst = Severity.worse(worst, e.getKey());
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("command", command);
        fields.put("exit_code", exitCode);
        fields.put("outcome", Main.outcome(exitCode));
        fields.put("worst_severity", worst == null ? null : worst.label());
        fields.put("problems", counts);
        fields.put("codes", codes);
        fields.put("outputs", new ArrayList<>(outputs));
        fields.put("seconds", (System.nanoTime() - started) / 1e9);
        events.emit("run-finished", fields);
    }

    void close() {
        if (live == this) {
            live = null;
        }
        if (events != null) {
            events.close();
        }
    }

    /**
     * The last events of a run the signal handler must halt (it did not stop within the grace
     * period, or a second signal came): run-interrupted and run-finished, if they were not written.
     */
    static void halted(String signal, int exitCode, String message) {
        RunLog run = live;
        if (run != null) {
            run.interrupted(signal, message);
            run.finish(exitCode);
            run.close();
        }
    }
}
