package org.phonetriage.parsers.sqlite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Party;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.SimInfo;
import org.phonetriage.model.Timestamp;
import org.phonetriage.parsers.RecordSink;

/**
 * Builds one canonical record from the rows of one group. Single values are taken from the first
 * row that has them; list values (contact numbers, message parties) are collected from every row.
 */
final class RecordAssembler {

    private final String record;
    private final RecordSink sink;

    RecordAssembler(String record, RecordSink sink) {
        this.record = record;
        this.sink = sink;
    }

    void emit(List<Map<String, Object>> rows, Provenance p) {
        Fields f = new Fields(rows);
        switch (record) {
            case "call" -> sink.call(new Call(p, f.text("number"), f.text("name"), f.time("time"),
                    f.number("duration"), f.text("direction"), f.text("country_iso"),
                    f.text("normalized_number"), f.text("subscription"), f.textOr("kind", Call.CELLULAR),
                    f.text("result")));
            case "contact" -> sink.contact(new Contact(p, f.text("name"), contactValues(rows),
                    f.text("account"), Boolean.TRUE.equals(f.bool("deleted"))));
            case "message" -> sink.message(new Message(p, f.textOr("kind", "sms"),
                    f.text("direction"), f.time("time"), f.time("time_sent"),
                    f.text("body") != null ? f.text("body") : f.text("body_typedstream"),
                    f.text("thread"), f.bool("read"), f.text("service_center"), parties(rows), f.text("media")));
            case "sim" -> sink.sim(new SimInfo(p, f.text("iccid"), f.text("number"), f.text("mcc"),
                    f.text("mnc"), f.text("carrier"), f.text("country_iso"), f.text("display_name")));
            case "own" -> sink.ownIdentifier(new OwnIdentifier(p, f.textOr("kind", "phone"), ownValue(f),
                    f.text("basis")));
            default -> throw new IllegalStateException("unknown record type " + record);
        }
    }

    /**
     * An own identifier's value, after its {@code value_prefix} ("aci:") when the query gives one:
     * SQL cannot prefix a value a conversion decodes only afterwards (an archived string).
     */
    private static String ownValue(Fields f) {
        String value = f.text("value");
        String prefix = f.text("value_prefix");
        return value == null || prefix == null ? value : prefix + value;
    }

    private static List<ContactValue> contactValues(List<Map<String, Object>> rows) {
        Set<ContactValue> values = new LinkedHashSet<>();
        for (Map<String, Object> row : rows) {
            String value = Fields.asText(row.get("value"));
            if (value != null) {
                String kind = Fields.asText(row.get("value_kind"));
                values.add(new ContactValue(kind == null ? "phone" : kind, value,
                        Fields.asText(row.get("value_label")),
                        Fields.asText(row.get("value_normalized"))));
            }
        }
        return new ArrayList<>(values);
    }

    private static List<Party> parties(List<Map<String, Object>> rows) {
        Set<Party> parties = new LinkedHashSet<>();
        for (Map<String, Object> row : rows) {
            String raw = Fields.asText(row.get("party"));
            if (raw != null) {
                String role = Fields.asText(row.get("party_role"));
                parties.add(new Party(role == null ? "address" : role, raw, Fields.asText(row.get("party_country"))));
            }
        }
        return new ArrayList<>(parties);
    }

    /** Typed access to the first non-null value of a field across a group's rows. */
    private record Fields(List<Map<String, Object>> rows) {

        Object first(String field) {
            for (Map<String, Object> row : rows) {
                Object v = row.get(field);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        String text(String field) {
            return asText(first(field));
        }

        String textOr(String field, String fallback) {
            String v = text(field);
            return v == null ? fallback : v;
        }

        Long number(String field) {
            return Conversions.number(first(field));
        }

        Boolean bool(String field) {
            Object v = first(field);
            if (v == null || v instanceof Boolean) {
                return (Boolean) v;
            }
            return (Boolean) Conversions.apply("bool", v);
        }

        Timestamp time(String field) {
            Object v = first(field);
            if (v == null || v instanceof Timestamp) {
                return (Timestamp) v;
            }
            return new Timestamp(null, v.toString(), "unconverted");
        }

        static String asText(Object v) {
            if (v == null) {
                return null;
            }
            String s = v.toString();
            return s.isEmpty() ? null : s;
        }
    }
}
