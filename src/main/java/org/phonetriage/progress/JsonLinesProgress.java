package org.phonetriage.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phonetriage.model.Problem;

/** Progress as events of the --log-json stream ({@link EventLog}), for labs that feed runs into their pipelines. */
public final class JsonLinesProgress implements Progress {

    private final EventLog events;
    /** Device label → the evidence item as named, so a problem event names both. */
    private final Map<String, String> items = new HashMap<>();

    public JsonLinesProgress(EventLog events) {
        this.events = events;
    }

    @Override
    public synchronized void itemStarted(int index, int total, String item, String device, boolean kept) {
        items.put(device, item);
        events.emit("item-started", "index", index, "total", total, "item", item, "device", device, "kept", kept);
    }

    @Override
    public void recordsSoFar(String device, String parser, long records) {
        events.emit("records", "device", device, "parser", parser, "records", records);
    }

    @Override
    public void parserFinished(String device, String parser, String file, long records, double seconds) {
        events.emit("parser-finished", "device", device, "parser", parser, "file", file, "records", records,
                "seconds", seconds);
    }

    @Override
    public void problem(Problem problem) {
        String item;
        synchronized (this) {
            item = items.get(problem.evidence());
        }
        events.problem(problem, item);
    }

    @Override
    public void itemFinished(String device, long records, int files, int problems, double seconds) {
        events.emit("item-finished", "device", device, "records", records, "files", files, "problems", problems,
                "seconds", seconds);
    }

    @Override
    public void stage(String name, double seconds) {
        events.emit(seconds < 0 ? "stage-started" : "stage-finished", "stage", name, "seconds", Math.max(seconds, 0));
    }

    @Override
    public void stage(String name, double seconds, long rows) {
        stage(name, seconds, rows, -1);
    }

    @Override
    public void stage(String name, double seconds, long rows, double cpuSeconds) {
        if (seconds < 0) {
            stage(name, seconds);
            return;
        }
        List<Object> fields = new ArrayList<>(List.of("stage", name, "seconds", seconds));
        if (rows >= 0) {
            fields.addAll(List.of("rows", rows));
        }
        if (cpuSeconds >= 0) {
            fields.addAll(List.of("cpu_seconds", cpuSeconds));
        }
        events.emit("stage-finished", fields.toArray());
    }
}
