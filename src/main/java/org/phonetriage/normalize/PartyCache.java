package org.phonetriage.normalize;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers recent normalisations. A phone names the same few hundred people over and over, and
 * libphonenumber costs microseconds per parse, so this is most of ingest speed. Bounded (LRU), so
 * memory stays flat whatever the evidence holds. Not thread-safe: one per ingest.
 */
public final class PartyCache {

    /** Enough for every party of a busy phone in each of its few region contexts (~30 MB at most). */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final IdentifierNormalizer normalizer;
    private final Map<Key, NormalizedId> recent;

    /** The result depends on the raw value and the whole region context, nothing else. */
    private record Key(String raw, RegionContext ctx) {
    }

    public PartyCache(IdentifierNormalizer normalizer, int capacity) {
        this.normalizer = normalizer;
        this.recent = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, NormalizedId> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Same as {@link IdentifierNormalizer#party(String, RegionContext)}, remembered. */
    public NormalizedId party(String raw, RegionContext ctx) {
        Key key = new Key(raw == null ? "" : raw, ctx);
        NormalizedId known = recent.get(key);
        if (known == null) {
            known = normalizer.party(raw, ctx);
            recent.put(key, known);
        }
        return known;
    }
}
