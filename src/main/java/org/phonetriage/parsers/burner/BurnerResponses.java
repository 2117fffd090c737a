package org.phonetriage.parsers.burner;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Party;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.Timestamp;
import org.phonetriage.parsers.FileParser.Source;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.burner.BurnerCacheParser.CachedResponse;

/**
 * Turns the Burner API's cached JSON into records. The same object is often cached several times
 * (a message in its thread's list and in the full list; the user in the registration and in its own
 * response): each is kept once, by the app's id, from the first response that holds it. The lines
 * (burners) and the account are the owner's own identifiers; a contact is a Burner contact; a
 * message of type 1 is a call (with the voicemail's length where one was left), of type 2 a text.
 */
final class BurnerResponses {

    static final String APP = "burner";
    private static final String ACCOUNT = "com.adhoclabs.burner";
    private static final String TABLE = "cfurl_cache_receiver_data";

    private final Source source;
    private final RecordSink sink;
    private final Map<String, Provenance> owned = new LinkedHashMap<>();
    private final Map<String, String[]> ownValues = new LinkedHashMap<>();
    private final Map<String, JsonNode> lines = new LinkedHashMap<>();
    private final Map<String, Long> lineEntries = new LinkedHashMap<>();
    private final Map<String, JsonNode> contacts = new LinkedHashMap<>();
    private final Map<String, Long> contactEntries = new LinkedHashMap<>();
    private final Map<String, JsonNode> messages = new LinkedHashMap<>();
    private final Map<String, Long> messageEntries = new LinkedHashMap<>();

    BurnerResponses(Source source, RecordSink sink) {
        this.source = source;
        this.sink = sink;
    }

    void add(CachedResponse r) {
        String endpoint = BurnerCacheParser.endpoint(r.url());
        if (endpoint == null) {
            return;
        }
        switch (endpoint) {
            case "user" -> user(r.body(), r.entryId(), "user");
            case "register" -> user(r.body().path("user"), r.entryId(), "register/phone");
            case "burners" -> each(r.body(), lines, lineEntries, r.entryId());
            case "contacts" -> each(r.body(), contacts, contactEntries, r.entryId());
            case "messages" -> each(r.body(), messages, messageEntries, r.entryId());
            default -> { }
        }
    }

    /** The account: its id (an app account) and the phone number it was registered with. */
    private void user(JsonNode user, long entry, String endpoint) {
        own("app:" + APP, text(user, "id"), "Burner account id (Cache.db " + endpoint + ")", entry);
        own("phone", text(user, "phoneNumber"), "Burner account's phone number (Cache.db " + endpoint + ")", entry);
    }

    private void own(String kind, String value, String basis, long entry) {
        if (value != null && !owned.containsKey(kind + "\n" + value)) {
            owned.put(kind + "\n" + value, provenance(entry));
            ownValues.put(kind + "\n" + value, new String[] {kind, value, basis});
        }
    }

    /** Objects of a list response (or a single object) by the app's id, the first one cached kept. */
    private static void each(JsonNode body, Map<String, JsonNode> into, Map<String, Long> entries, long entry) {
        List<JsonNode> items = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(items::add);
        } else if (body.isObject()) {
            items.add(body);
        }
        for (JsonNode item : items) {
            String id = text(item, "id");
            if (id != null && !into.containsKey(id)) {
                into.put(id, item);
                entries.put(id, entry);
            }
        }
    }

    void emit() {
        for (Map.Entry<String, JsonNode> e : lines.entrySet()) {
            JsonNode line = e.getValue();
            String name = text(line.path("settings"), "name");
            own("phone", text(line, "phoneNumber"), "Burner line" + (name == null ? "" : " '" + name + "'")
                    + " (Cache.db burners)", lineEntries.get(e.getKey()));
        }
        ownValues.forEach((key, v) -> sink.ownIdentifier(new OwnIdentifier(owned.get(key), v[0], v[1], v[2])));
        for (Map.Entry<String, JsonNode> e : lines.entrySet()) {
            lineFacts(e.getValue(), provenance(lineEntries.get(e.getKey())));
        }
        contacts.forEach((id, c) -> {
            List<ContactValue> values = new ArrayList<>();
            if (text(c, "phoneNumber") != null) {
                values.add(new ContactValue(APP, text(c, "phoneNumber"), null, null));
            }
            sink.contact(new Contact(provenance(contactEntries.get(id)), text(c, "name"), values, ACCOUNT, false));
        });
        messages.forEach((id, m) -> message(m, provenance(messageEntries.get(id))));
    }

    /** A line's name and life (Burner numbers expire), for the examiner. */
    private void lineFacts(JsonNode line, Provenance p) {
        String number = text(line, "phoneNumber");
        if (number == null) {
            return;
        }
        String name = text(line.path("settings"), "name");
        StringBuilder value = new StringBuilder(number);
        if (name != null) {
            value.append(" '").append(name).append("'");
        }
        Timestamp created = time(line, "dateCreated");
        Timestamp expires = time(line, "expirationDate");
        if (created != null && created.utc() != null) {
            value.append(", created ").append(created.iso());
        }
        if (expires != null && expires.utc() != null) {
            value.append(", expires ").append(expires.iso());
        }
        sink.fact(new DeviceFact(p, "Burner line", value.toString()));
    }

    private void message(JsonNode m, Provenance p) {
        String other = text(m, "contactPhoneNumber");
        String direction = switch (m.path("direction").asInt(0)) {
            case 1 -> "incoming";
            case 2 -> "outgoing";
            default -> null;
        };
        String line = lineNumber(text(m, "burnerId"));
        if (m.path("messageType").asInt(0) == 1) {
            // a call; one that left a voicemail (its recording's URL) is the voicemail
            boolean voicemail = text(m, "voiceUrl") != null;
            Long duration = m.path("duration").isNumber() ? m.path("duration").asLong() : null;
            sink.call(new Call(p, other, null, time(m, "dateCreated"), duration,
                    voicemail && "incoming".equals(direction) ? "voicemail" : direction, null, null, line,
                    APP + "-call", text(m, "state") == null ? null : "state " + text(m, "state")));
            return;
        }
        List<Party> parties = new ArrayList<>();
        if (other != null) {
            parties.add(new Party("incoming".equals(direction) ? "from" : "to", other));
        }
        String thread = (line == null ? "" : line + " ") + (other == null ? "" : other);
        Boolean read = m.path("read").isBoolean() ? m.path("read").asBoolean() : null;
        sink.message(new Message(p, APP, direction, time(m, "dateCreated"), null, text(m, "message"),
                thread.isBlank() ? null : thread.strip(), read, null, parties, text(m, "assetUrl") == null ? null : "mms"));
    }

    /** The number of the Burner line a record went through, where the lines response is cached. */
    private String lineNumber(String burnerId) {
        JsonNode line = burnerId == null ? null : lines.get(burnerId);
        return line == null ? burnerId : text(line, "phoneNumber");
    }

    private Provenance provenance(long entry) {
        return new Provenance(source.evidenceLabel(), source.path(), null, TABLE, entry,
                BurnerCacheParser.DESCRIPTOR.id(), BurnerCacheParser.DESCRIPTOR.version());
    }

    private static Timestamp time(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isNumber()) {
            return null;
        }
        long ms = v.asLong();
        return new Timestamp(ms <= 0 ? null : Instant.ofEpochMilli(ms), v.asText(), "unix-ms");
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o == null ? null : o.get(field);
        return v == null || v.isNull() || v.isContainerNode() || v.asText().isEmpty() ? null : v.asText();
    }
}
