package org.phonetriage.normalize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers recent normalisations. A phone names the same few hundred people over and over, and
 * libphonenumber costs microseconds per parse, so this is most of ingest speed. Bounded (LRU), so
 * memory stays flat whatever the evidence holds. Not thread-safe: one per ingest.
 */
public final class PartyCache {

    private final IdentifierNormalizer normalizer;
    private final Map<String, Optional<NormalizedId>> recent;

    public PartyCache(IdentifierNormalizer normalizer, int capacity) {
        this.normalizer = normalizer;
        this.recent = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<NormalizedId>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Same as {@link IdentifierNormalizer#party}, remembered per raw value and regions. */
    public Optional<NormalizedId> party(String raw, List<RegionHint> regions) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder(raw.length() + 16).append(raw);
        for (RegionHint h : regions) {
            key.append('\u0000').append(h.region()).append(h.strong() ? '+' : '-');
        }
        return recent.computeIfAbsent(key.toString(), k -> normalizer.party(raw, regions));
    }
}
