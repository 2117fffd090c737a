package org.phonetriage.parsers.axiom;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One hit of an AXIOM artifact: its fragments by name, as exported. Fragment names carry units
 * and zones ("Call Date/Time - UTC+00:00") and change with the export's language, so they are
 * looked up by prefix.
 */
record AxiomHit(String artifact, long number, Map<String, String> fragments) {

    AxiomHit(String artifact, long number) {
        this(artifact, number, new LinkedHashMap<>());
    }

    /** The first non-blank fragment whose name starts with one of the prefixes (case-insensitive). */
    String get(String... prefixes) {
        Map.Entry<String, String> e = entry(prefixes);
        return e == null ? null : e.getValue();
    }

    /** The same, with its full fragment name (which carries a time's zone). */
    Map.Entry<String, String> entry(String... prefixes) {
        for (String prefix : prefixes) {
            String p = prefix.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> e : fragments.entrySet()) {
                if (e.getKey().toLowerCase(Locale.ROOT).startsWith(p) && e.getValue() != null
                        && !e.getValue().isBlank()) {
                    return e;
                }
            }
        }
        return null;
    }

    boolean carved() {
        String method = get("Recovery method");
        return method != null && method.toLowerCase(Locale.ROOT).startsWith("carv");
    }
}
