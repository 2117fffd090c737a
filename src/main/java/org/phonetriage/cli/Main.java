package org.phonetriage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.phonetriage.ingest.StopRequest;
import org.phonetriage.report.NoSpaceLeftException;
import org.phonetriage.store.SqliteNativeLibrary;
import org.phonetriage.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The phonetriage command line: a thin layer over ingest, xref and report. */
@Command(name = "phonetriage", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Triage and cross-reference seized phones and SIM cards.",
        exitCodeListHeading = "%nExit codes (--log-json: run-finished's exit_code, outcome and worst_severity; docs/events.md):%n",
        exitCodeList = {
            "0:success: every evidence item read, every output written",
            "3:finished with problems (listed in the output, the case and csv/problems.csv); the worst severity:",
            "  error:an item not read at all (item-unreadable, nothing-parsed; password-missing and wrong-password"
                    + " for an encrypted backup: the other items are still read) or an output not written",
            "  warning:part of an item not read (a file, a database, a parser that failed), a device left"
                    + " incomplete, or an analysis that failed",
            "  info:everything read; something to know (a value read on an assumption)",
            "2:usage error, before anything is read: a bad option or argument, an EVIDENCE path that does not exist,"
                    + " --password without a value and no terminal to ask on, an --out that is a file, not empty or not"
                    + " writable, a triage folder holding other evidence",
            "5:no space left on device: stopped; free space and run the same command again (it resumes)",
            "130:interrupted by SIGINT (Ctrl-C): the device being read is marked incomplete; run the same command"
                    + " again to resume",
            "143:interrupted by SIGTERM, as 130",
            "1:tool failure: the tool itself could not go on (nothing is claimed complete)"})
public final class Main {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int PROBLEMS = 3;
    /** Stopped by SIGINT (Ctrl-C), as shells report it (128 + 2). */
    public static final int INTERRUPTED = 130;
    /** Stopped by SIGTERM (128 + 15). */
    public static final int TERMINATED = 143;
    /** Stopped because a disk is full: not the tool's fault, and the same command resumes once there is space. */
    public static final int NO_SPACE = 5;

    /** The commands, in the order help lists them (see {@link #commandLine}). */
    private static final List<Class<?>> COMMANDS = List.of(TriageCommand.class, IngestCommand.class,
            RemoveCommand.class, PersonsCommand.class, XrefCommand.class, ReportCommand.class, FormatsCommand.class,
            VerifyCommand.class, NormalizeCommand.class, SearchCommand.class, TimelineCommand.class, PathCommand.class,
            RepoCommand.class, CommandLine.HelpCommand.class);

    /** What an exit code means, as run-finished's {@code outcome} names it. */
    static String outcome(int exitCode) {
        return switch (exitCode) {
            case OK -> "success";
            case PROBLEMS -> "problems";
            case USAGE -> "usage-error";
            case NO_SPACE -> "no-space";
            case INTERRUPTED, TERMINATED -> "interrupted";
            default -> "failed";
        };
    }

    public static void main(String[] args) {
        SqliteNativeLibrary.load();
        CountDownLatch finished = new CountDownLatch(1);
        Signals.install(finished);
        int code = run(args);
        finished.countDown();
        System.exit(code);
    }

    /** Runs a command line on standard output and error and returns its exit code. */
    public static int run(String... args) {
        return run(writer(System.out), writer(System.err), args);
    }

    /** The same, printing to the writers given (tests call this instead of main). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(CommandLine.defaultFactory(), out, err, args);
    }

    /** The same, with the commands made by {@code factory} (a test hands a command its collaborators). */
    static int run(CommandLine.IFactory factory, PrintWriter out, PrintWriter err, String... args) {
        RunLog log = new RunLog();
        CommandLine cli = commandLine(factory, args);
        cli.setOut(out);
        cli.setErr(err);
        // the --log-json stream is opened once the command line parsed, before the command runs, so
        // that every way it ends is an event
        cli.setExecutionStrategy(parsed -> {
            List<CommandLine> commands = parsed.asCommandLineList();
            CommandLine leaf = commands.get(commands.size() - 1);
            try {
                log.open(leaf, out);
            } catch (IOException e) {
                throw new CommandLine.ExecutionException(leaf, e.getMessage(), new UsageException(e.getMessage()));
            }
            if (leaf.getCommand() instanceof CommandOutput command) {
                command.run = log;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        CommandLine.IParameterExceptionHandler parseErrors = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, arguments) -> {
            int code = parseErrors.handleParseException(e, arguments);
            log.openAfterParseError(e, arguments, out);
            log.usageError(oneLine(e));
            return code;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("phonetriage: " + ended(e, log));
            if (!(e instanceof StopRequest.Stopped) && System.getenv("PHONETRIAGE_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return exitCode(e);
        });
        int code = FAILURE;
        try {
            code = cli.execute(args);
        } catch (Error e) {
            // picocli hands only exceptions to the handler above; an Error must not end in a JVM stack trace either
            var parsed = cli.getParseResult();
            code = failed(e, parsed != null && parsed.hasSubcommand() ? parsed.subcommand().commandSpec().name()
                    : "phonetriage", cli.getErr(), log);
        } finally {
            log.finish(code);
            log.close();
            out.flush();
            err.flush();
        }
        return code;
    }

    /**
     * The command line, with only the command that {@code args} names when it names one: picocli reads
     * every option of every command it is given, a third of the start of a quick command such as
     * search or path. Anything else (no command, help, a misspelt name) gets them all, for the help
     * listing and picocli's suggestions.
     */
    static CommandLine commandLine(CommandLine.IFactory factory, String... args) {
        CommandLine cli = new CommandLine(new Main(), factory);
        String named = args.length > 0 ? args[0] : null;
        Class<?> only = COMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class
                && c.getAnnotation(Command.class).name().equals(named)).findFirst().orElse(null);
        for (Class<?> command : COMMANDS) {
            if (only == null || command == only) {
                cli.addSubcommand(command);
            }
        }
        return cli;
    }

    /** The exit code of a run that ended on an exception. */
    private static int exitCode(Exception e) {
        if (e instanceof StopRequest.Stopped stopped) {
            return "SIGTERM".equals(stopped.signal()) ? TERMINATED : INTERRUPTED;
        }
        if (e instanceof UsageException) {
            return USAGE;
        }
        return NoSpace.causes(e) ? NO_SPACE : FAILURE;
    }

    /** Tells the events why a run ended on an exception, and gives the one line for standard error. */
    private static String ended(Exception e, RunLog log) {
        if (e instanceof StopRequest.Stopped stopped) {
            log.interrupted(stopped.signal(), stopped.getMessage());
            return stopped.getMessage();
        }
        if (e instanceof UsageException) {
            log.usageError(oneLine(e));
            return oneLine(e);
        }
        if (NoSpace.causes(e)) {
            String message = noSpaceMessage(e);
            log.failed("no-space", message);
            return message;
        }
        log.failed("tool-failure", oneLine(e));
        return oneLine(e);
    }

    /**
     * A full disk, in one line: an output's own account (which file, what was not written, how to
     * write it) when it gave one, else the cause; and what to do.
     */
    private static String noSpaceMessage(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoSpaceLeftException full) {
                String told = oneLine(full);
                return told.contains("; free space") ? told : told + "; " + FREE_SPACE;
            }
        }
        return "no space left on device (" + oneLine(e) + "); " + FREE_SPACE;
    }

    private static final String FREE_SPACE = "free some space and run the same command again (a triage or ingest"
            + " resumes where it stopped)";

    /** One line for an Error that stopped a run (exit 1). */
    static int failed(Error e, String command, PrintWriter err) {
        return failed(e, command, err, new RunLog());
    }

    private static int failed(Error e, String command, PrintWriter err, RunLog log) {
        if (e instanceof OutOfMemoryError) {
            long heapMb = Runtime.getRuntime().maxMemory() >> 20;
            String message = "out of memory while running " + command + " (a Java heap of " + heapMb
                    + " MB) — raise the heap with PHONETRIAGE_JAVA_OPTS=-Xmx" + Math.max(2, (2 * heapMb + 1023) / 1024)
                    + "g";
            err.println("phonetriage: " + message);
            log.failed("out-of-memory", message);
        } else {
            err.println("phonetriage: internal error: " + oneLine(e));
            log.failed("internal-error", oneLine(e));
        }
        if (System.getenv("PHONETRIAGE_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILURE;
    }

    /** UTF-8 whatever the platform's default, flushed at every line. */
    private static PrintWriter writer(java.io.OutputStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8), true);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ");
    }

    /** A mistake in how the command was called, found after parsing (exit code 2). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"phonetriage " + Versions.phonetriage(),
                "libphonenumber " + Versions.libphonenumber()};
        }
    }
}
