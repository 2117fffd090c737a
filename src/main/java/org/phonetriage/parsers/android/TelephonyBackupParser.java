package org.phonetriage.parsers.android;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.InflaterInputStream;
import org.phonetriage.model.Message;
import org.phonetriage.model.Party;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.Timestamp;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;

/**
 * SMS and MMS from the Android telephony backup agent ({@code adb backup} of
 * com.android.providers.telephony: {@code d_f/NNNNNN_sms_backup} and {@code _mms_backup}), each a
 * zlib-compressed JSON array of message objects with the provider's column names. Streamed, one
 * message at a time. SMS dates are in milliseconds, MMS dates in seconds, as in mmssms.db.
 */
public final class TelephonyBackupParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("android.telephony-backup",
            "Android SMS/MMS from the telephony backup agent (d_f/*_sms_backup, *_mms_backup)", "android", "1",
            "android-telephony-backup");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> SMS_TYPE = Map.of("1", "incoming", "2", "outgoing", "3", "draft",
            "4", "outgoing", "5", "failed", "6", "queued");
    private static final Map<String, String> MMS_BOX = Map.of("1", "incoming", "2", "outgoing", "3", "draft",
            "4", "outgoing");
    private static final Map<Integer, String> MMS_ADDRESS = Map.of(137, "from", 151, "to", 130, "cc", 129, "bcc");

    public TelephonyBackupParser() {
        super(DESCRIPTOR, "message");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        return path.contains("com.android.providers.telephony/d_f/")
                && (path.endsWith("_sms_backup") || path.endsWith("_mms_backup"));
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        boolean mms = source.path().endsWith("_mms_backup");
        try (JsonParser json = JSON.getFactory().createParser(new InflaterInputStream(in))) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("not a JSON array of messages");
            }
            long index = 0;
            while (json.nextToken() == JsonToken.START_OBJECT) {
                JsonNode m = JSON.readTree(json);
                Provenance p = new Provenance(source.evidenceLabel(), source.path(), null, mms ? "mms_backup" : "sms_backup",
                        index++, DESCRIPTOR.id(), DESCRIPTOR.version());
                sink.message(mms ? mms(m, p) : sms(m, p));
            }
        }
    }

    private static Message sms(JsonNode m, Provenance p) {
        String type = text(m, "type");
        String direction = type == null ? null : SMS_TYPE.getOrDefault(type, "code:" + type);
        List<Party> parties = new ArrayList<>();
        String role = "incoming".equals(direction) ? "from" : "to";
        if (text(m, "address") != null) {
            parties.add(new Party(role, text(m, "address")));
        }
        for (JsonNode r : m.path("recipients")) {
            Party party = new Party(role, r.asText());
            if (!parties.contains(party)) {
                parties.add(party);
            }
        }
        return new Message(p, "sms", direction, time(text(m, "date"), 1_000), time(text(m, "date_sent"), 1_000),
                text(m, "body"), text(m, "thread_id"), "1".equals(text(m, "read")), text(m, "service_center"), parties);
    }

    private static Message mms(JsonNode m, Provenance p) {
        String box = text(m, "msg_box");
        List<Party> parties = new ArrayList<>();
        for (JsonNode a : m.path("mms_addresses")) {
            parties.add(new Party(MMS_ADDRESS.getOrDefault(a.path("type").asInt(), "address"), a.path("address").asText()));
        }
        return new Message(p, "mms", box == null ? null : MMS_BOX.getOrDefault(box, "code:" + box),
                time(text(m, "date"), 1), time(text(m, "date_sent"), 1), text(m, "mms_body"), text(m, "thread_id"),
                "1".equals(text(m, "read")), null, parties);
    }

    /** A time in the backup's unit (ms for SMS, s for MMS); 0 means "not set", not 1970. */
    private static Timestamp time(String raw, long unitsPerSecond) {
        if (raw == null) {
            return null;
        }
        String encoding = unitsPerSecond == 1 ? "unix-s" : "unix-ms";
        try {
            long n = Long.parseLong(raw.strip());
            Instant utc = n <= 0 ? null : unitsPerSecond == 1 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
            return new Timestamp(utc, raw, encoding);
        } catch (NumberFormatException e) {
            return new Timestamp(null, raw, encoding);
        }
    }

    private static String text(JsonNode m, String field) {
        JsonNode v = m.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }
}
