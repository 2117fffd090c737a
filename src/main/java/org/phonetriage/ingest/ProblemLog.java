package org.phonetriage.ingest;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.phonetriage.model.Problem;

/** Problems met during an ingest: printed at once as one line each, and kept for the case. */
public final class ProblemLog {

    private final PrintStream out;
    private final List<Problem> problems = new ArrayList<>();

    public ProblemLog(PrintStream out) {
        this.out = out;
    }

    public void add(Problem p) {
        problems.add(p);
        if (out != null) {
            out.println("  problem: " + p.message());
        }
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }

    public int size() {
        return problems.size();
    }
}
