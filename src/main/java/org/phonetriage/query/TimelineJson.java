package org.phonetriage.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The timeline as a JSON array, one object per record (time_utc, device, kind, direction,
 * duration_s, body in full, counterparts, source), written as records come off the cursor.
 */
public final class TimelineJson implements IoConsumer<TimelineRecord>, Closeable {

    private final JsonGenerator json;

    /** Starts the array; {@link #close()} ends it and flushes, without closing {@code out}. */
    public TimelineJson(Writer out) throws IOException {
        json = new ObjectMapper().getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .useDefaultPrettyPrinter();
        json.writeStartArray();
    }

    @Override
    public void accept(TimelineRecord r) throws IOException {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("time_utc", r.timeUtc());
        o.put("device", r.device());
        o.put("kind", r.kind());
        o.put("direction", r.direction());
        o.put("duration_s", r.durationS());
        o.put("body", r.body());
        o.put("counterparts", r.parties().stream().map(TimelineJson::party).toList());
        o.put("source", r.source().fields());
        json.writeObject(o);
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeRaw('\n');
        json.close();
    }

    private static Map<String, Object> party(TimelineParty p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", p.key());
        m.put("type", p.type());
        m.put("raw", p.raw());
        m.put("role", p.role());
        m.put("name", p.name());
        m.put("own", p.own());
        m.put("alternatives", p.alternatives());
        return m;
    }
}
