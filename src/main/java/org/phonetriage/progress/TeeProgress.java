package org.phonetriage.progress;

import org.phonetriage.model.Problem;

/** Progress shown two ways at once: text for the examiner on standard error, events for a pipeline. */
public final class TeeProgress implements Progress {

    private final Progress first;
    private final Progress second;

    public TeeProgress(Progress first, Progress second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void itemStarted(int index, int total, String item, String device, boolean kept) {
        first.itemStarted(index, total, item, device, kept);
        second.itemStarted(index, total, item, device, kept);
    }

    @Override
    public void recordsSoFar(String device, String parser, long records) {
        first.recordsSoFar(device, parser, records);
        second.recordsSoFar(device, parser, records);
    }

    @Override
    public void parserFinished(String device, String parser, String file, long records, double seconds) {
        first.parserFinished(device, parser, file, records, seconds);
        second.parserFinished(device, parser, file, records, seconds);
    }

    @Override
    public void problem(Problem problem) {
        first.problem(problem);
        second.problem(problem);
    }

    @Override
    public void itemFinished(String device, long records, int files, int problems, double seconds) {
        first.itemFinished(device, records, files, problems, seconds);
        second.itemFinished(device, records, files, problems, seconds);
    }

    @Override
    public void stage(String name, double seconds) {
        first.stage(name, seconds);
        second.stage(name, seconds);
    }

    @Override
    public void stage(String name, double seconds, long rows) {
        first.stage(name, seconds, rows);
        second.stage(name, seconds, rows);
    }

    @Override
    public void stage(String name, double seconds, long rows, double cpuSeconds) {
        first.stage(name, seconds, rows, cpuSeconds);
        second.stage(name, seconds, rows, cpuSeconds);
    }
}
