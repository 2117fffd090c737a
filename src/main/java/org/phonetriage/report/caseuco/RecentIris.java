package org.phonetriage.report.caseuco;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The IRIs made lately, by what they name: a record names the same few parties again and again (an
 * IRI is a SHA-1), but a case may hold millions of identifiers, so only the most recently used are
 * kept.
 */
final class RecentIris {

    private final Map<String, String> recent;

    RecentIris(int capacity) {
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The IRI of {@code name}, made by {@code make} unless it was made lately. */
    String get(String name, Function<String, String> make) {
        String iri = recent.get(name);
        if (iri == null) {
            iri = make.apply(name);
            recent.put(name, iri);
        }
        return iri;
    }
}
