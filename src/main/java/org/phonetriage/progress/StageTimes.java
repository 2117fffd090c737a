package org.phonetriage.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * Times the stages of a run (ingest, cross-reference, each output) and reports each to the
 * {@link Progress} as it ends, with the rows it went through, so that a lab sees where its time
 * goes; the triage summary lists them again at the end.
 */
public final class StageTimes {

    /** A stage that ended: how long it took and how many rows it went through (< 0: not counted). */
    public record Stage(String name, double seconds, long rows) {
    }

    /** Does nothing: for callers that time nothing. */
    public static final StageTimes NONE = new StageTimes(null);

    private final Progress progress;
    private final List<Stage> finished = new ArrayList<>();

    public StageTimes(Progress progress) {
        this.progress = progress;
    }

    /** A stage begins; call {@link Clock#finished} when it ends. */
    public Clock start(String name) {
        if (progress != null) {
            progress.stage(name, -1);
        }
        return new Clock(name, System.nanoTime(), ProcessCpu.seconds());
    }

    /**
     * A stage that ran elsewhere (an output written on another thread) and took {@code seconds}:
     * reported now, begun and ended, so that parallel stages are reported in a fixed order;
     * {@code during} reports what happened in it (its problems) between the two.
     */
    public void ran(String name, double seconds, long rows, Runnable during) {
        if (progress == null) {
            during.run();
            return;
        }
        progress.stage(name, -1);
        during.run();
        Stage stage = new Stage(name, seconds, rows);
        synchronized (this) {
            finished.add(stage);
        }
        progress.stage(stage.name(), stage.seconds(), stage.rows());
    }

    /** The stages that ended, in the order they ended. */
    public synchronized List<Stage> stages() {
        return List.copyOf(finished);
    }

    /** One running stage. */
    public final class Clock {
        private final String name;
        private final long started;
        private final double cpuAtStart;

        private Clock(String name, long started, double cpuAtStart) {
            this.name = name;
            this.started = started;
            this.cpuAtStart = cpuAtStart;
        }

        /** The stage ended having gone through {@code rows} rows (< 0: not counted). */
        public void finished(long rows) {
            if (progress == null) {
                return;
            }
            Stage stage = new Stage(name, (System.nanoTime() - started) / 1e9, rows);
            double cpu = ProcessCpu.seconds();
            synchronized (StageTimes.this) {
                finished.add(stage);
            }
            // the whole process's CPU time meanwhile: a stage timed here runs alone (outputs written
            // at once are reported through ran(), with their own time only)
            progress.stage(stage.name(), stage.seconds(), stage.rows(),
                    cpu < 0 || cpuAtStart < 0 ? -1 : cpu - cpuAtStart);
        }
    }
}
