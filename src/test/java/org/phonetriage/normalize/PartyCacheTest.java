package org.phonetriage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PartyCacheTest {

    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    private static RegionContext context(String... regions) {
        return new RegionContext(java.util.Arrays.stream(regions).map(r -> new RegionHint(r, "sim-mcc", true)).toList(),
                List.of("FR", "ES", "BR"), null);
    }

    /**
     * Values read in turn in contexts that are equal but distinct instances, in contexts that differ,
     * and past the capacity: each answer is the normaliser's own for that value in that context
     * (fails if a remembered reading of one context is given in another, or a stale one after eviction).
     */
    @Test
    void answersAsTheNormalizerInEveryContext() {
        List<RegionContext> contexts = List.of(context("FR"), context("FR"), context("ES"), context("BR", "FR"),
                context(), new RegionContext(List.of(new RegionHint("BR", "own-number", true)), List.of(), "11"));
        List<String> values = List.of("06 12 34 56 78", "612345678", "+33612345678", "0033 6 12 34 56 78",
                "612345678@s.whatsapp.net", "98765-4321", "11987654321", "ORANGE", "", "3 5 7");
        PartyCache cache = new PartyCache(normalizer, 7);
        Random random = new Random(15);
        for (int i = 0; i < 2_000; i++) {
            String raw = random.nextInt(40) == 0 ? null : values.get(random.nextInt(values.size()));
            RegionContext ctx = contexts.get(random.nextInt(contexts.size()));
            assertEquals(normalizer.party(raw, ctx), cache.party(raw, ctx), raw + " in " + ctx);
        }
        // the same number reads differently in France and Spain: the cache keeps both apart
        assertNotEquals(cache.party("612345678", context("FR")).key(), cache.party("612345678", context("ES")).key());
    }

    @Test
    void remembersAcrossEqualContexts() {
        PartyCache cache = new PartyCache(normalizer, PartyCache.DEFAULT_CAPACITY);
        NormalizedId first = cache.party("06 12 34 56 78", context("FR"));
        assertSame(first, cache.party("06 12 34 56 78", context("FR")));
    }
}
