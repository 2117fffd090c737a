package org.phonetriage.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a column's (or a key's) name says: an id, a counter or a time gives no candidates, whatever
 * its values look like; a name that speaks of numbers, addresses or people raises the confidence
 * of what the column holds.
 */
public final class ColumnNames {

    /** The last word of such a name makes the column an id, counter, time or technical value. */
    private static final Set<String> NEVER = Set.of("id", "ids", "pk", "ent", "opt", "rowid", "oid", "uuid", "guid",
            "count", "counter", "cnt", "total", "size", "length", "len", "seq", "sequence", "version", "index", "idx",
            "position", "order", "sort", "flags", "flag", "status", "state", "type", "kind", "duration", "time",
            "timestamp", "ts", "date", "at", "created", "modified", "updated", "expires", "expiry", "sync", "hash",
            "md5", "sha1", "sha256", "token", "key", "secret", "lat", "lon", "lng", "latitude", "longitude", "width",
            "height", "color", "offset", "millis", "ms", "seconds", "epoch", "year", "ttl", "revision", "rev");

    /** A time anywhere in the name ("date_read", "time_sent") makes it a time, whatever its last word. */
    private static final Set<String> TIME_WORDS = Set.of("date", "time", "timestamp", "datetime", "ts", "epoch",
            "duration");

    /** Words of names under which identifiers are stored. */
    private static final Set<String> HINTS = Set.of("phone", "phones", "number", "numbers", "msisdn", "tel", "telephone",
            "mobile", "cell", "jid", "email", "mail", "address", "addr", "peer", "contact", "sender", "recipient",
            "from", "to", "caller", "callee", "handle", "participant", "remote", "line", "account", "e164", "dialed",
            "destination", "origin", "author", "member", "owner", "user", "login");

    private ColumnNames() {
    }

    /** True for an id, counter, timestamp or technical column (its last word says so, or a time word anywhere). */
    public static boolean neverIdentifiers(String name) {
        List<String> words = words(name);
        return !words.isEmpty() && (NEVER.contains(words.get(words.size() - 1))
                || words.stream().anyMatch(TIME_WORDS::contains));
    }

    /** 1 when a word of the name speaks of numbers, addresses or people, else 0.5. */
    public static double nameScore(String name) {
        return words(name).stream().anyMatch(HINTS::contains) ? 1.0 : 0.5;
    }

    /** "ZPHONENUMBER" → [zphonenumber]; "peer_jid" → [peer, jid]; "activeLine" → [active, line]. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        String last = name.replaceAll(".*/", "").replaceAll(".*@", "");
        if (last.matches("Z[A-Z0-9_]+")) {
            last = last.substring(1); // Core Data's prefix: ZDATE_DELIVERED, Z_PK
        }
        for (String part : last.replaceAll("([a-z0-9])([A-Z])", "$1_$2").split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                words.add(part.toLowerCase(Locale.ROOT));
            }
        }
        // Core Data's ZPHONENUMBER: one upper-case word that ends with a known one
        if (words.size() == 1) {
            String w = words.get(0).replaceFirst("^z(?=[a-z])", "");
            for (String h : HINTS) {
                if (w.length() > h.length() && w.endsWith(h) && HINTS.contains(h)) {
                    return List.of(w.substring(0, w.length() - h.length()), h);
                }
            }
            for (String n : NEVER) {
                if (w.length() > n.length() + 2 && w.endsWith(n)) {
                    return List.of(w.substring(0, w.length() - n.length()), n);
                }
            }
            return List.of(w);
        }
        return words;
    }
}
