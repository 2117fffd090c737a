package org.phonetriage.normalize;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers recent normalisations. A phone names the same few hundred people over and over, and
 * libphonenumber costs microseconds per parse, so this is most of ingest speed. Bounded (LRU), so
 * memory stays flat whatever the evidence holds. Not thread-safe: one per ingest, shared by its
 * devices (they name the same people, read in the same few region contexts).
 */
public final class PartyCache {

    /** Enough for every party of a busy phone in each of its few region contexts (~30 MB at most). */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final IdentifierNormalizer normalizer;
    private final Map<Key, NormalizedId> recent;
    /**
     * The last context asked for and its hash: a record hashes every component on each call, and
     * a context (its hints' lists and texts) was most of the cost of a hit; a device asks in the
     * same context instance for record after record.
     */
    private RegionContext lastContext;
    private int lastContextHash;

    /** The result depends on the raw value and the whole region context, nothing else; the hash is given. */
    private record Key(String raw, RegionContext ctx, int hash) {
        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && raw.equals(k.raw) && (ctx == k.ctx || Objects.equals(ctx, k.ctx));
        }
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
        if (ctx != lastContext) {
            lastContext = ctx;
            lastContextHash = Objects.hashCode(ctx);
        }
        String text = raw == null ? "" : raw;
        Key key = new Key(text, ctx, 31 * text.hashCode() + lastContextHash);
        NormalizedId known = recent.get(key);
        if (known == null) {
            known = normalizer.party(raw, ctx);
            recent.put(key, known);
        }
        return known;
    }
}
