package org.phonetriage.parsers.xry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One record of an XRY text export: its title line ("Calls #	1") and its key/value lines, each
 * under the namespace line before it ("From", "To", "Participant"; "" before any).
 */
record XryEntity(String title, List<Field> fields) {

    /** A {@code Key:	Value} line; the key is lower-cased, the value as written. */
    record Field(String namespace, String key, String value) {
    }

    /** The first value of a key (any namespace), or null. */
    String first(String key) {
        for (Field f : fields) {
            if (f.key().equals(key)) {
                return f.value();
            }
        }
        return null;
    }

    /** Every value of a key under a namespace ("from", "to" … or "" for none). */
    List<String> all(String namespace, String key) {
        List<String> values = new ArrayList<>();
        for (Field f : fields) {
            if (f.key().equals(key) && f.namespace().equals(namespace)) {
                values.add(f.value());
            }
        }
        return values;
    }

    /** The record's number from its title ("Calls #	12" → 12), or null. */
    Long number() {
        String digits = title.replaceAll("(?s).*#\\s*(\\d+)\\s*$", "$1");
        return digits.equals(title) ? null : Long.valueOf(digits);
    }

    static String normalizeKey(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }
}
