package org.phonetriage.ingest;

import java.util.ArrayList;
import java.util.List;
import org.phonetriage.model.Problem;
import org.phonetriage.progress.Progress;

/** Problems met during an ingest: shown at once as one line each, and kept for the case. */
public final class ProblemLog {

    private final Progress progress;
    private final List<Problem> problems = new ArrayList<>();

    /** @param progress where each problem is shown, or null to only keep them */
    public ProblemLog(Progress progress) {
        this.progress = progress;
    }

    public void add(Problem p) {
        problems.add(p);
        if (progress != null) {
            progress.problem(p);
        }
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }

    public int size() {
        return problems.size();
    }
}
