package org.phonetriage.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phonetriage.normalize.NormalizedId;
import org.phonetriage.normalize.NormalizedId.Alternative;

/**
 * Search results for scripts: a JSON array with one object per value (input, key, type,
 * confidence, rule, region, level, alternatives, keys_searched, occurrences, count), written as
 * the occurrences come off the cursor.
 */
public final class SearchJson implements Search.Listener, Closeable {

    private final JsonGenerator json;

    /** Starts the array; {@link #close()} ends it and flushes, without closing {@code out}. */
    public SearchJson(Writer out) throws IOException {
        json = new ObjectMapper().getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .useDefaultPrettyPrinter();
        json.writeStartArray();
    }

    @Override
    public void begin(ResolvedValue value) throws IOException {
        NormalizedId r = value.reading();
        json.writeStartObject();
        json.writeStringField("input", value.input());
        json.writeStringField("key", r.key());
        json.writeStringField("type", r.type());
        json.writeStringField("confidence", r.confidence());
        json.writeStringField("rule", r.rule());
        json.writeStringField("region", r.region());
        json.writeStringField("level", r.level());
        json.writeStringField("reason", r.reason());
        json.writeObjectField("alternatives", alternatives(r.alternatives()));
        json.writeObjectField("keys_searched", value.keys());
        json.writeArrayFieldStart("occurrences");
    }

    @Override
    public void hit(OccurrenceHit h) throws IOException {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("key", h.key());
        o.put("device", h.device());
        o.put("role", h.role());
        o.put("name", h.name());
        o.put("label", h.label());
        o.put("party_role", h.partyRole());
        o.put("raw", h.raw());
        o.put("direction", h.direction());
        o.put("time_utc", h.timeUtc());
        o.put("deleted", h.deleted());
        o.put("confidence", h.confidence());
        o.put("rule", h.rule());
        o.put("region", h.region());
        o.put("level", h.level());
        o.put("reading", h.alternativeOnly() ? "alternative" : "chosen");
        o.put("chosen_key", h.chosenKey());
        o.put("alternatives", alternatives(h.alternatives()));
        o.put("source", h.source().fields());
        o.put("recovered", h.recovered());
        json.writeObject(o);
    }

    @Override
    public void end(ResolvedValue value, long hits) throws IOException {
        json.writeEndArray();
        json.writeNumberField("count", hits);
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeRaw('\n');
        json.close();
    }

    private static List<Map<String, String>> alternatives(List<Alternative> alternatives) {
        return alternatives.stream().map(a -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("key", a.key());
            m.put("rule", a.rule());
            return m;
        }).toList();
    }
}
