package org.phonetriage.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.phonetriage.model.Problem;
import org.phonetriage.model.Severity;
import org.phonetriage.model.UtcSeconds;

/**
 * The --log-json stream (docs/events.md): one JSON object per line, each with the schema version,
 * the time and the event's name first, on a stream nothing else writes to — standard output or a
 * file. Lines are whole and flushed as they are written, so a pipeline reads each as it comes and a
 * killed run leaves no half line; several threads may write. It counts the problems it reports.
 */
public final class EventLog implements Closeable {

    /** The version of the event format: additions keep it, a change that breaks a reader raises it. */
    public static final int SCHEMA = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final boolean ownsStream;
    private final Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
    private final Map<String, Integer> codes = new TreeMap<>();

    private EventLog(PrintWriter out, boolean ownsStream) {
        this.out = out;
        this.ownsStream = ownsStream;
    }

    /** Events on a writer the caller owns (standard output); closing the log leaves it open. */
    public static EventLog on(PrintWriter out) {
        return new EventLog(out, false);
    }

    /** Events in a file, created or emptied. */
    public static EventLog toFile(Path file) throws java.io.IOException {
        return new EventLog(new PrintWriter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8)), true), true);
    }

    /**
     * Writes one event: {@code fields} are name, value pairs, after schema, time and event.
     * Durations (doubles, in seconds) are rounded to milliseconds.
     */
    public void emit(String event, Object... fields) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            map.put((String) fields[i], fields[i + 1]);
        }
        emit(event, map);
    }

    public synchronized void emit(String event, Map<String, ?> fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("schema", SCHEMA);
        line.put("time", UtcSeconds.now()); // the contract's one precision: seconds
        line.put("event", event);
        fields.forEach((name, value) -> line.put(name, value instanceof Double d ? Math.round(d * 1000) / 1000.0 : value));
        try {
            out.println(JSON.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // only maps, strings and numbers are written
        }
    }

    /**
     * A {@code problem} event: its code and severity, the device (null for a problem of the case,
     * an analysis or an output, which is named instead), the evidence item as named on the command
     * line (when known), the file inside it, and the reason.
     */
    public synchronized void problem(Problem p, String item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", p.code().code());
        fields.put("severity", p.severity().label());
        String[] caseLevel = caseLevel(p);
        fields.put("device", caseLevel == null ? p.evidence() : null);
        fields.put("item", caseLevel == null ? item : null);
        fields.put("file", p.path());
        if (caseLevel != null) {
            fields.put(caseLevel[0], caseLevel[1]);
        }
        fields.put("reason", p.reason());
        emit("problem", fields);
        severities.merge(p.severity(), 1, Integer::sum);
        codes.merge(p.code().code(), 1, Integer::sum);
    }

    /** {"analysis", name} or {"output", format} for a problem of the case, else null. */
    private static String[] caseLevel(Problem p) {
        String evidence = p.evidence();
        return switch (p.code()) {
            case ANALYSIS_FAILED -> evidence.startsWith("analysis ")
                    ? new String[] {"analysis", evidence.substring("analysis ".length())} : null;
            case OUTPUT_FAILED -> evidence.startsWith("output ")
                    ? new String[] {"output", evidence.substring("output ".length())} : null;
            default -> null;
        };
    }

    /** How many problem events were written, by severity (every severity, 0 when none). */
    public synchronized Map<Severity, Integer> severities() {
        Map<Severity, Integer> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, severities.getOrDefault(s, 0));
        }
        return out;
    }

    /** How many problem events were written, by code. */
    public synchronized Map<String, Integer> codes() {
        return new TreeMap<>(codes);
    }

    @Override
    public synchronized void close() {
        out.flush();
        if (ownsStream) {
            out.close();
        }
    }
}
