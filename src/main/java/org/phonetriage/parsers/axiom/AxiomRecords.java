package org.phonetriage.parsers.axiom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Party;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.Timestamp;
import org.phonetriage.parsers.AppNames;
import org.phonetriage.parsers.Durations;
import org.phonetriage.parsers.FileParser.Source;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;

/**
 * AXIOM hits as canonical records, chosen by the artifact's name: device information, the
 * owner's WhatsApp account and SIM activity, call logs, contacts, SMS/MMS and messengers' messages.
 */
final class AxiomRecords {


    private final ParserDescriptor descriptor;
    private final Source source;
    private final RecordSink sink;
    private long noZoneTimes;
    /** The owner's numbers seen so far (last 9 digits), kept out of message parties. */
    private final Set<String> ownNumbers = new HashSet<>();

    AxiomRecords(ParserDescriptor descriptor, Source source, RecordSink sink) {
        this.descriptor = descriptor;
        this.source = source;
        this.sink = sink;
    }

    long noZoneTimes() {
        return noZoneTimes;
    }

    /** Hands the hit's records to the sink; false when its artifact is not one this reads. */
    boolean add(AxiomHit hit) {
        String name = hit.artifact().toLowerCase(Locale.ROOT);
        if (name.contains("device information")) {
            // the identifiers are the owner's; every other fragment (model, OS, name) is a fact
            Set<String> identifiers = new HashSet<>(Arrays.asList(own(hit, "imei", "IMEI"), own(hit, "imsi", "IMSI"),
                    own(hit, "iccid", "ICCID"), own(hit, "phone", "Phone Number", "MSISDN")));
            hit.fragments().forEach((fragment, value) -> {
                if (!identifiers.contains(fragment) && !value.isBlank()) {
                    sink.fact(new DeviceFact(provenance(hit), fragment, value));
                }
            });
        } else if (name.contains("whatsapp accounts information") || name.equals("sim card activity")) {
            own(hit, "phone", "Phone Number");
        } else if (name.contains("call log")) {
            call(hit, app(name, "call logs?"));
        } else if (name.contains("contacts")) {
            contact(hit, name.startsWith("android contacts") || name.startsWith("apple contacts") ? null
                    : app(name, "contacts"));
        } else if (name.contains("sms") || name.contains("mms") || name.contains("imessage")) {
            message(hit, name.contains("imessage") ? "imessage" : name.contains("mms") && !name.contains("sms")
                    ? "mms" : "sms");
        } else if (name.contains("messages") || name.contains("chat")) {
            message(hit, app(name, name.contains("messages") ? "messages" : "chat"));
        } else {
            return false;
        }
        return true;
    }

    /** "Android WhatsApp Messages" → "whatsapp", "Telegram Messages - iOS" → "telegram" ({@code what}: a regex). */
    private static String app(String name, String what) {
        String app = name.replaceAll(what, " ").replaceAll("\\b(android|ios|windows|mac|macos)\\b", " ")
                .replaceAll("[-–]", " ").replaceAll("\\b(direct|chat|secret|group)\\b", " ").strip();
        return app.isEmpty() ? null : AppNames.slug(app);
    }

    /** Records the first fragment with one of these names as an owner identifier; returns its name, or null. */
    private String own(AxiomHit hit, String kind, String... fragments) {
        Map.Entry<String, String> entry = hit.entry(fragments);
        if (entry == null) {
            return null;
        }
        if (kind.equals("phone")) {
            ownNumbers.add(tail(entry.getValue()));
        }
        sink.ownIdentifier(new OwnIdentifier(provenance(hit), kind, entry.getValue(),
                "AXIOM " + hit.artifact() + " " + entry.getKey()));
        return entry.getKey();
    }

    private void call(AxiomHit hit, String app) {
        String direction = lower(hit.get("Direction", "Call Type", "Type"));
        if (direction != null) {
            direction = switch (direction) {
                case "incoming", "received" -> "incoming";
                case "outgoing", "dialed" -> "outgoing";
                default -> direction;
            };
        }
        String kind = app == null || app.equals("phone") ? Call.CELLULAR : app + "-call";
        List<String> partners = list(hit.get("Partner(s)", "Partner", "Phone Number", "Number"));
        if (partners.isEmpty()) {
            partners.add(null);
        }
        for (String partner : partners) {
            sink.call(new Call(provenance(hit), partner, hit.get("Partner Name", "Name"),
                    time(hit, "Call Date/Time", "Date/Time", "Start"),
                    Durations.seconds(hit.get("Call Duration", "Duration")),
                    direction, null, null, null, kind, hit.get("Call Status", "Status")));
        }
    }

    private void contact(AxiomHit hit, String app) {
        List<ContactValue> values = new ArrayList<>();
        for (String n : list(hit.get("Phone Number(s)", "Phone Number", "Mobile"))) {
            values.add(new ContactValue(app == null ? "phone" : app, n, null, null));
        }
        for (String e : list(hit.get("Email Address(es)", "Email"))) {
            values.add(new ContactValue("email", e, null, null));
        }
        String name = hit.get("Display Name", "Name", "Contact Name");
        if (name == null) {
            String first = hit.get("First Name");
            String last = hit.get("Last Name");
            name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        }
        sink.contact(new Contact(provenance(hit), name == null || name.isEmpty() ? null : name, values,
                app, false));
    }

    private void message(AxiomHit hit, String kind) {
        List<Party> parties = new ArrayList<>();
        list(hit.get("Sender")).forEach(s -> parties.add(new Party("from", s)));
        list(hit.get("Recipient(s)", "Recipient", "Receiver")).forEach(r -> parties.add(new Party("to", r)));
        if (parties.isEmpty()) {
            list(hit.get("Partner")).forEach(p -> parties.add(new Party("address", p)));
        }
        // the phone's own number is not a counterpart (it is known from SIM activity or the account)
        parties.removeIf(p -> ownNumbers.contains(tail(p.raw())));
        String direction = lower(hit.get("Message Direction", "Direction", "Type"));
        if (direction != null) {
            direction = direction.startsWith("incoming") || direction.startsWith("received") ? "incoming"
                    : direction.startsWith("outgoing") || direction.startsWith("sent") ? "outgoing" : direction;
        }
        Timestamp sent = time(hit, "Message Sent Date/Time", "Sent Date/Time");
        Timestamp received = time(hit, "Message Received Date/Time", "Received Date/Time", "Message Date/Time",
                "Date/Time");
        sink.message(new Message(provenance(hit), kind == null ? "im" : kind, direction,
                received != null ? received : sent, sent, hit.get("Message", "Body", "Text"), hit.get("Chat ID",
                "Thread ID", "Conversation"), null, null, parties, null));
    }

    private Timestamp time(AxiomHit hit, String... prefixes) {
        Timestamp t = AxiomTimes.of(hit.entry(prefixes));
        if (t != null && AxiomTimes.NO_ZONE.equals(t.encoding())) {
            noZoneTimes++;
        }
        return t;
    }

    private Provenance provenance(AxiomHit hit) {
        String where = hit.get("Source");
        return new Provenance(source.evidenceLabel(), source.path(), null, hit.artifact() + (hit.carved()
                ? " (carved)" : "") + (where == null ? "" : " from " + where), hit.number(), descriptor.id(),
                descriptor.version());
    }


    /** The last 9 digits: the same line written nationally or internationally. */
    private static String tail(String number) {
        String digits = number.replaceAll("\\D", "");
        return digits.length() < 6 ? number : digits.substring(Math.max(0, digits.length() - 9));
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    /** Values a fragment lists ("+331…, +346…" or one per line). */
    private static List<String> list(String value) {
        List<String> values = new ArrayList<>();
        if (value != null) {
            for (String v : value.split("[,;\\n]")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
        }
        return values;
    }
}
