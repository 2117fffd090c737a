package org.phonetriage.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.phonetriage.model.Problem;

/** One JSON object per line and event (--log-json), for labs that feed runs into their pipelines. */
public final class JsonLinesProgress implements Progress {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintWriter out;

    public JsonLinesProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void itemStarted(int index, int total, String item) {
        emit("item-started", "index", index, "total", total, "item", item);
    }

    @Override
    public void recordsSoFar(String device, String parser, long records) {
        emit("records", "device", device, "parser", parser, "records", records);
    }

    @Override
    public void parserFinished(String device, String parser, String file, long records, double seconds) {
        emit("parser-finished", "device", device, "parser", parser, "file", file, "records", records,
                "seconds", seconds);
    }

    @Override
    public void problem(Problem problem) {
        emit("problem", "device", problem.evidence(), "path", problem.path(), "reason", problem.reason());
    }

    @Override
    public void itemFinished(String device, long records, int files, int problems, double seconds) {
        emit("item-finished", "device", device, "records", records, "files", files, "problems", problems,
                "seconds", seconds);
    }

    @Override
    public void stage(String name, double seconds) {
        emit(seconds < 0 ? "stage-started" : "stage-finished", "stage", name, "seconds", Math.max(seconds, 0));
    }

    private void emit(String event, Object... fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        line.put("event", event);
        for (int i = 0; i < fields.length; i += 2) {
            line.put((String) fields[i], fields[i + 1]);
        }
        try {
            out.println(JSON.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
