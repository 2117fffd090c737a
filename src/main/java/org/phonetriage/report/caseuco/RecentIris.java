package org.phonetriage.report.caseuco;

import java.util.Arrays;
import java.util.function.LongFunction;

/**
 * The IRIs made lately, by the id of what they name: a record names the same few parties again and
 * again (an IRI is a SHA-1), but a case may hold millions of identifiers, so only a bounded number
 * are kept. Direct-mapped by id (a slot per id modulo the capacity): no hashing of keys, no entry
 * objects, and a miss only costs making the IRI again.
 */
final class RecentIris {

    private final long[] ids;
    private final String[] iris;
    private final int mask;

    /** {@code capacity} is rounded up to a power of two. */
    RecentIris(int capacity) {
        int slots = Integer.highestOneBit(Math.max(1, capacity - 1)) << 1;
        this.ids = new long[slots];
        this.iris = new String[slots];
        this.mask = slots - 1;
        Arrays.fill(ids, -1);
    }

    /** The IRI of the thing with this {@code id}, made by {@code make} unless it was made lately. */
    String get(long id, LongFunction<String> make) {
        int slot = (int) (id ^ (id >>> 32)) & mask;
        if (ids[slot] == id && iris[slot] != null) {
            return iris[slot];
        }
        String iri = make.apply(id);
        ids[slot] = id;
        iris[slot] = iri;
        return iri;
    }
}
