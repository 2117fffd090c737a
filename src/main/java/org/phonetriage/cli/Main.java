package org.phonetriage.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.phonetriage.ingest.StopRequest;
import org.phonetriage.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The phonetriage command line: a thin layer over ingest, xref and report. */
@Command(name = "phonetriage", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Triage and cross-reference seized phones and SIM cards.",
        subcommands = {TriageCommand.class, IngestCommand.class, RemoveCommand.class, XrefCommand.class, ReportCommand.class,
                FormatsCommand.class, VerifyCommand.class, NormalizeCommand.class, SearchCommand.class,
                TimelineCommand.class, PathCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "3:finished, but some evidence, analysis or output had problems (listed in the output and the case)",
            "2:usage error (bad option, missing argument, an --out that is a file, not empty or not writable, a"
                    + " triage folder holding other evidence)",
            "1:failure (the tool itself could not go on; nothing is claimed complete)",
            "130:interrupted by SIGINT (Ctrl-C); 143: by SIGTERM. The device being read is marked incomplete;"
                    + " run the same command again to resume"})
public final class Main {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int PROBLEMS = 3;
    /** Stopped by SIGINT (Ctrl-C), as shells report it (128 + 2). */
    public static final int INTERRUPTED = 130;
    /** Stopped by SIGTERM (128 + 15). */
    public static final int TERMINATED = 143;

    public static void main(String[] args) {
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
        CommandLine cli = new CommandLine(new Main(), factory);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof StopRequest.Stopped stopped) {
                err.println("phonetriage: " + stopped.getMessage());
                err.flush();
                return "SIGTERM".equals(stopped.signal()) ? TERMINATED : INTERRUPTED;
            }
            err.println("phonetriage: " + oneLine(e));
            if (System.getenv("PHONETRIAGE_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof UsageException ? USAGE : FAILURE;
        });
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli hands only exceptions to the handler above; an Error must not end in a JVM stack trace either
            var parsed = cli.getParseResult();
            return failed(e, parsed != null && parsed.hasSubcommand() ? parsed.subcommand().commandSpec().name()
                    : "phonetriage", cli.getErr());
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** One line for an Error that stopped a run (exit 1). */
    static int failed(Error e, String command, PrintWriter err) {
        if (e instanceof OutOfMemoryError) {
            long heapMb = Runtime.getRuntime().maxMemory() >> 20;
            err.println("phonetriage: out of memory while running " + command + " (a Java heap of " + heapMb
                    + " MB) — raise the heap with PHONETRIAGE_JAVA_OPTS=-Xmx" + Math.max(2, (2 * heapMb + 1023) / 1024)
                    + "g");
        } else {
            err.println("phonetriage: internal error: " + oneLine(e));
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
