package org.phonetriage.parsers.xry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.phonetriage.detect.FileTypeDetector;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Party;
import org.phonetriage.model.Problem;
import org.phonetriage.model.Provenance;
import org.phonetriage.parsers.AppNames;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.Durations;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;

/**
 * MSAB XRY text exports: one .txt per report type (Calls, Contacts/Contacts, Messages/SMS,
 * Device/General Information), read with {@link XryTextReader}. A message XRY split into
 * segments (same reference number) is joined into one, in segment order. Keys this parser does
 * not read are counted in one problem per file; report types it does not read are named.
 */
public final class XryTextExportParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("export.xry-text",
            "MSAB XRY text export (.txt, UTF-16)", "xry-export", "1", "calls, contacts, SMS, device info");

    /** Device/General Information attributes that identify the phone or its SIM. */
    private static final Map<String, String> DEVICE_IDENTIFIERS = Map.of("mobile id (imei)", "imei",
            "imei/meid", "imei", "imei", "imei", "subscriber id (imsi)", "imsi", "imsi", "imsi",
            "iccid", "iccid", "sim id (iccid)", "iccid", "msisdn", "phone", "own number", "phone",
            "phone number", "phone");
    private static final Set<String> PHONE_KEYS = Set.of("tel", "mobile", "home", "work", "phone", "number", "fax",
            "other", "cell");
    /** Contact keys read besides numbers and e-mail addresses. */
    private static final Set<String> CONTACT_KEYS = Set.of("name", "storage", "index", "first name", "last name",
            "deleted");
    private static final Set<String> CALL_KEYS = Set.of("tel", "number", "call type", "name (matched)", "name", "time",
            "duration", "storage", "index", "related application", "deleted");
    private static final Set<String> MESSAGE_KEYS = Set.of("text", "direction", "time", "status", "tel", "storage",
            "index", "folder", "service center", "type", "name", "reference number", "segment number", "segments",
            "related application", "deleted");

    public XryTextExportParser() {
        super(DESCRIPTOR, "identity");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        return FileTypeDetector.XRY_TEXT_EXPORT.equals(mediaType);
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        // UTF_16 reads the byte-order mark (FF FE: little-endian, as XRY writes)
        XryTextReader reader = new XryTextReader(new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_16)));
        String type = reader.reportType().toLowerCase(Locale.ROOT);
        Map<String, Long> unread = new TreeMap<>();
        long records;
        if (type.equals("calls")) {
            records = calls(reader, source, sink, unread);
        } else if (type.startsWith("contacts/")) {
            records = contacts(reader, source, sink, unread);
        } else if (type.startsWith("messages/")) {
            records = messages(reader, reader.reportType().substring("messages/".length()), source, sink, unread);
        } else if (type.equals("device/general information")) {
            records = device(reader, source, sink);
        } else {
            long n = 0;
            while (reader.next() != null) {
                n++;
            }
            problem(source, sink, "XRY report type \"" + reader.reportType() + "\" is not read (" + n + " records)");
            return;
        }
        if (!unread.isEmpty()) {
            problem(source, sink, "keys phonetriage does not read in this " + reader.reportType() + " report: "
                    + unread.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
        if (records == 0) {
            problem(source, sink, "an XRY " + reader.reportType() + " report without records");
        }
    }

    private long calls(XryTextReader reader, Source source, RecordSink sink, Map<String, Long> unread)
            throws IOException {
        long n = 0;
        for (XryEntity e; (e = reader.next()) != null; n++) {
            countUnread(e, CALL_KEYS, unread);
            String type = lower(e.first("call type"));
            String direction = type == null ? null : switch (type) {
                case "missed" -> "missed";
                case "received", "incoming" -> "incoming";
                case "dialed", "last dialed", "outgoing" -> "outgoing";
                case "rejected" -> "rejected";
                default -> type;
            };
            String number = firstOf(e, "tel", "number");
            String app = e.first("related application");
            String kind = app == null ? Call.CELLULAR : AppNames.slug(app) + "-call";
            sink.call(new Call(provenance(source, e, "Calls"), number, firstOf(e, "name (matched)", "name"),
                    XryTimes.of(e.first("time")), Durations.seconds(e.first("duration")), direction, null, null, null,
                    kind, e.first("call type"), deleted(e)));
        }
        return n;
    }

    private long contacts(XryTextReader reader, Source source, RecordSink sink, Map<String, Long> unread)
            throws IOException {
        long n = 0;
        for (XryEntity e; (e = reader.next()) != null; n++) {
            List<ContactValue> values = new ArrayList<>();
            for (XryEntity.Field f : e.fields()) {
                if (PHONE_KEYS.contains(f.key())) {
                    values.add(new ContactValue("phone", f.value(), f.key(), null));
                } else if (f.key().startsWith("email") || f.key().startsWith("e-mail")) {
                    values.add(new ContactValue("email", f.value(), f.key(), null));
                } else if (!CONTACT_KEYS.contains(f.key())) {
                    unread.merge(f.key(), 1L, Long::sum);
                }
            }
            String name = e.first("name") != null ? e.first("name") : Stream.of(e.first("first name"),
                    e.first("last name")).filter(Objects::nonNull).collect(Collectors.joining(" ")).strip();
            sink.contact(new Contact(provenance(source, e, "Contacts"), name.isEmpty() ? null : name, values,
                    e.first("storage"), deleted(e)));
        }
        return n;
    }

    private long messages(XryTextReader reader, String kind, Source source, RecordSink sink, Map<String, Long> unread)
            throws IOException {
        long n = 0;
        List<XryEntity> segments = new ArrayList<>();
        for (XryEntity e; (e = reader.next()) != null; ) {
            countUnread(e, MESSAGE_KEYS, unread);
            // consecutive records with one reference number are the segments of one message
            String reference = e.first("reference number");
            boolean sameMessage = reference != null && !segments.isEmpty()
                    && reference.equals(segments.get(0).first("reference number"));
            if (!segments.isEmpty() && !sameMessage) {
                message(segments, kind, source, sink);
                n++;
                segments.clear();
            }
            segments.add(e);
        }
        if (!segments.isEmpty()) {
            message(segments, kind, source, sink);
            n++;
        }
        return n;
    }

    /** One message from its segments (one, unless XRY split it), text joined in segment order. */
    private void message(List<XryEntity> segments, String kind, Source source, RecordSink sink) {
        List<XryEntity> ordered = new ArrayList<>(segments);
        ordered.sort((a, b) -> Long.compare(number(a.first("segment number")), number(b.first("segment number"))));
        XryEntity first = ordered.get(0);
        String text = ordered.stream().map(s -> s.first("text")).filter(Objects::nonNull).collect(Collectors.joining());
        List<Party> parties = new ArrayList<>();
        for (String namespace : List.of("from", "to", "participant", "sender", "recipient")) {
            for (String tel : first.all(namespace, "tel")) {
                parties.add(new Party(switch (namespace) {
                    case "sender" -> "from";
                    case "recipient" -> "to";
                    default -> namespace;
                }, tel));
            }
        }
        first.all("", "tel").forEach(tel -> parties.add(new Party("address", tel)));
        String direction = lower(first.first("direction"));
        if (direction == null) {
            direction = parties.stream().anyMatch(p -> p.role().equals("from")) ? "incoming"
                    : parties.stream().anyMatch(p -> p.role().equals("to")) ? "outgoing" : null;
        } else if (direction.equals("received") || direction.equals("deliver")) {
            direction = "incoming";
        } else if (direction.equals("sent") || direction.equals("submit")) {
            direction = "outgoing";
        }
        String status = lower(first.first("status"));
        Boolean read = "read".equals(status) ? Boolean.TRUE : "unread".equals(status) ? Boolean.FALSE : null;
        String table = "Messages/" + kind + (ordered.size() > 1 ? " (" + ordered.size() + " segments joined)" : "");
        String app = first.first("related application");
        String messageKind = app == null ? kind.toLowerCase(Locale.ROOT) : AppNames.slug(app);
        sink.message(new Message(provenance(source, first, table), messageKind, direction,
                XryTimes.of(first.first("time")), null, text.isEmpty() ? null : text, null, read,
                first.first("service center"), parties, null, deleted(first)));
    }

    private long device(XryTextReader reader, Source source, RecordSink sink) throws IOException {
        long n = 0;
        for (XryEntity e; (e = reader.next()) != null; n++) {
            String attribute = null;
            for (XryEntity.Field f : e.fields()) {
                if (f.key().equals("attribute")) {
                    attribute = f.value();
                } else if (f.key().equals("data") && attribute != null) {
                    String kind = DEVICE_IDENTIFIERS.get(attribute.toLowerCase(Locale.ROOT));
                    Provenance p = provenance(source, e, "Device/General Information");
                    if (kind != null && !f.value().isBlank()) {
                        sink.ownIdentifier(new OwnIdentifier(p, kind, f.value(),
                                "XRY General Information " + attribute));
                    } else if (!f.value().isBlank()) {
                        sink.fact(new DeviceFact(p, attribute, f.value()));
                    }
                    attribute = null;
                }
            }
        }
        return n;
    }

    private static void countUnread(XryEntity e, Set<String> known, Map<String, Long> unread) {
        for (XryEntity.Field f : e.fields()) {
            if (!known.contains(f.key())) {
                unread.merge(f.key(), 1L, Long::sum);
            }
        }
    }

    /** XRY marks a deleted record by a Deleted key or its storage. */
    private static boolean deleted(XryEntity e) {
        return e.first("deleted") != null || "deleted".equalsIgnoreCase(e.first("storage"));
    }

    private Provenance provenance(Source source, XryEntity e, String table) {
        return new Provenance(source.evidenceLabel(), source.path(), null, table + (deleted(e) ? " (deleted)" : ""),
                e.number(), DESCRIPTOR.id(), DESCRIPTOR.version());
    }

    private static String firstOf(XryEntity e, String... keys) {
        for (String k : keys) {
            if (e.first(k) != null && !e.first(k).isBlank()) {
                return e.first(k);
            }
        }
        return null;
    }

    private static long number(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static void problem(Source source, RecordSink sink, String reason) {
        sink.problem(new Problem(source.evidenceLabel(), source.path(), reason));
    }
}
