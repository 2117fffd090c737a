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

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A problem met by report or xref: one line on standard error, as ingest shows its own. */
    void showProblem(org.phonetriage.model.Problem p) {
        err().println("problem: " + p.message());
    }
}
