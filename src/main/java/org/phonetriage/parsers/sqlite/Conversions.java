package org.phonetriage.parsers.sqlite;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.phonetriage.model.Timestamp;

/**
 * The named conversions a definition may apply to a field. Times become {@link Timestamp}s that
 * keep the raw value and its encoding; code tables become words.
 */
public final class Conversions {

    /** WhatsApp's media_wa_type / message_type: text (0) stays no media. */
    private static final Map<String, String> WHATSAPP_MEDIA = Map.ofEntries(Map.entry("1", "image"),
            Map.entry("2", "audio"), Map.entry("3", "video"), Map.entry("4", "contact card"),
            Map.entry("5", "location"), Map.entry("9", "document"), Map.entry("13", "gif"),
            Map.entry("15", "deleted"), Map.entry("16", "live location"), Map.entry("20", "sticker"));

    // the code tables, built once: a conversion runs for every row read
    private static final Map<String, String> ANDROID_CALL_TYPES = Map.of("1", "incoming", "2", "outgoing",
            "3", "missed", "4", "voicemail", "5", "rejected", "6", "blocked", "7", "answered-elsewhere");
    private static final Map<String, String> ANDROID_SMS_TYPES = Map.of("1", "incoming", "2", "outgoing",
            "3", "draft", "4", "outgoing", "5", "failed", "6", "queued");
    private static final Map<String, String> ANDROID_MMS_BOXES = Map.of("1", "incoming", "2", "outgoing",
            "3", "draft", "4", "outgoing");
    private static final Map<String, String> MMS_ADDRESS_TYPES = Map.of("137", "from", "151", "to", "130", "cc",
            "129", "bcc");

    private static final Map<String, Function<Object, Object>> BY_NAME = Map.ofEntries(
            Map.entry("unix-ms", v -> time(v, "unix-ms", 1_000L)),
            Map.entry("unix-s", v -> time(v, "unix-s", 1L)),
            Map.entry("cocoa", Conversions::cocoa),
            Map.entry("android-call-type", v -> code(v, ANDROID_CALL_TYPES)),
            Map.entry("android-sms-type", v -> code(v, ANDROID_SMS_TYPES)),
            Map.entry("android-mms-box", v -> code(v, ANDROID_MMS_BOXES)),
            Map.entry("mms-addr-type", v -> code(v, MMS_ADDRESS_TYPES)),
            Map.entry("whatsapp-media", v -> code(v, WHATSAPP_MEDIA)),
            // sms.db: text, or when it is NULL the typedstream of attributedBody
            Map.entry("typedstream-text", v -> v instanceof byte[] blob ? TypedstreamText.decode(blob) : v),
            // an iOS key-value store's string: NSKeyedArchiver-archived (Signal's SDSKeyValueStore) or plain
            Map.entry("keyed-archive-text", Conversions::keyedArchiveText),
            Map.entry("bool", Conversions::bool));

    private Conversions() {
    }

    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    /** Applies the named conversion; an unknown name is a definition error caught at load time. */
    public static Object apply(String name, Object value) {
        Function<Object, Object> f = BY_NAME.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown conversion: " + name);
        }
        return value == null ? null : f.apply(value);
    }

    /** 9999-12-31T23:59:59Z, the last second an ISO-8601 time has four year digits for. */
    /**
     * A column's value as a whole number: SQLite's integer, or text of digits (apps store ids
     * both ways); null for anything else.
     */
    public static Long number(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return v == null ? null : Long.parseLong(v.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final long LATEST_SECOND = 253_402_300_799L;

    private static Timestamp time(Object v, String encoding, long unitsPerSecond) {
        String raw = v.toString();
        long n;
        try {
            n = v instanceof Number num ? num.longValue() : Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            return new Timestamp(null, raw, encoding);
        }
        if (n <= 0 || n / unitsPerSecond > LATEST_SECOND) {
            // 0 and negatives are "not set" on Android, not 1970; past the year 9999 is no time a phone kept
            return new Timestamp(null, raw, encoding);
        }
        Instant utc = unitsPerSecond == 1L ? Instant.ofEpochSecond(n)
                : Instant.ofEpochMilli(n * (1_000L / unitsPerSecond));
        return new Timestamp(utc, raw, encoding);
    }

    /** Apple's reference date: 2001-01-01T00:00:00Z, 978,307,200 s after the Unix epoch. */
    private static final long COCOA_EPOCH = 978_307_200L;

    /**
     * Apple's time since 2001: seconds (possibly fractional) in older stores, nanoseconds in
     * sms.db since iOS 11 — a value too large for seconds in this century is nanoseconds.
     */
    private static Timestamp cocoa(Object v) {
        String raw = v.toString();
        double n;
        try {
            n = v instanceof Number num ? num.doubleValue() : Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            return new Timestamp(null, raw, "cocoa");
        }
        if (n <= 0) {
            return new Timestamp(null, raw, "cocoa");
        }
        if (n > 1e11) {
            long nanos = v instanceof Number num ? num.longValue() : (long) n;
            return new Timestamp(Instant.ofEpochSecond(COCOA_EPOCH + nanos / 1_000_000_000L, nanos % 1_000_000_000L),
                    raw, "cocoa-ns");
        }
        long millis = Math.round(n * 1000);
        return new Timestamp(Instant.ofEpochMilli(COCOA_EPOCH * 1000 + millis), raw, "cocoa-s");
    }

    /** A code the table does not know stays visible as "code:N" rather than being dropped. */
    private static String code(Object v, Map<String, String> table) {
        String key = v.toString().trim();
        String word = table.get(key);
        return word != null ? word : "code:" + key;
    }

    private static Boolean bool(Object v) {
        String s = v.toString().trim();
        return !(s.isEmpty() || s.equals("0") || s.equalsIgnoreCase("false"));
    }

    /** The string an archive holds (null when it holds another kind of object); text stays text. */
    private static Object keyedArchiveText(Object v) {
        if (!(v instanceof byte[] blob)) {
            return v;
        }
        Object root = org.phonetriage.parsers.instagram.KeyedArchive.decode(blob);
        return root instanceof String s ? s : null;
    }
}
