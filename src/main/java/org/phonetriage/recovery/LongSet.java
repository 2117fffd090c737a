package org.phonetriage.recovery;

import java.util.Arrays;

/**
 * A set of longs in a sorted array: the live rows of a table of a million messages as hashes take
 * 8 bytes each, where a HashSet of Longs would take about 50.
 */
final class LongSet {

    private long[] values = new long[1024];
    private int size;
    private boolean sorted = true;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
        sorted = false;
    }

    boolean contains(long v) {
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        return Arrays.binarySearch(values, 0, size, v) >= 0;
    }
}
