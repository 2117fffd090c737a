package org.phonetriage.report;

import java.util.function.LongFunction;

/**
 * Values made lately from a row of a table, by the row's id: a bulk export meets the same few
 * identifiers and readings again and again, and reading their text columns again (JNI, UTF-8
 * decoding, a String each) cost more than the rest of the line. Direct-mapped (a slot per id
 * modulo the capacity), so memory stays bounded on a case of millions of identifiers and a miss
 * only costs reading the row's columns again (or making the value again: case.jsonld's party IRIs).
 */
public final class RecentById<T> {

    private final long[] ids;
    private final Object[] values;
    private final int mask;

    /** {@code capacity} is rounded up to a power of two. */
    public RecentById(int capacity) {
        int slots = Integer.highestOneBit(Math.max(1, capacity - 1)) << 1;
        this.ids = new long[slots];
        this.values = new Object[slots];
        this.mask = slots - 1;
    }

    /** What was {@link #put} for {@code id} lately, or null. */
    @SuppressWarnings("unchecked")
    public T get(long id) {
        int slot = slot(id);
        return ids[slot] == id ? (T) values[slot] : null;
    }

    /** What was made for {@code id} lately, else what {@code make} makes now (kept for next time). */
    public T get(long id, LongFunction<T> make) {
        T value = get(id);
        if (value == null) {
            value = make.apply(id);
            put(id, value);
        }
        return value;
    }

    public void put(long id, T value) {
        int slot = slot(id);
        ids[slot] = id;
        values[slot] = value;
    }

    private int slot(long id) {
        return (int) (id ^ (id >>> 32)) & mask;
    }
}
