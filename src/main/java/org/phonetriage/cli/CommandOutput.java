package org.phonetriage.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command prints goes through picocli's writers (standard output and standard error
 * unless the caller of {@link Main#run} gives others), so tests hand writers instead of swapping
 * System.out.
 */
abstract class CommandOutput {

    @Spec
    CommandSpec spec;

    /** The run's --log-json events (set by {@link Main} before the command runs; writes nothing without the option). */
    RunLog run = new RunLog();

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Where the examiner's text goes (a summary table): standard output, or standard error when
     * standard output carries the --log-json events, which nothing else may write to.
     */
    PrintWriter human() {
        return run.toStdout() ? err() : out();
    }

    /** A problem met by report or xref: one line on standard error, as ingest shows its own, and an event. */
    void showProblem(org.phonetriage.model.Problem p) {
        err().println("problem: " + p.message());
        run.problem(p);
    }
}
