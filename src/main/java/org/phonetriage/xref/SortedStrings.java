package org.phonetriage.xref;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A growing set of strings iterated as a TreeSet iterates them (String.compareTo); one value is
 * held without an array, a few in a sorted array, many in a TreeSet. Most (identifier, device)
 * pairs have one role, one raw value and at most one name, and most graph edges one device; a
 * case has hundreds of thousands of each, and a TreeSet of one or two (set, map, entries, key
 * view) held ~5× the array's heap, which the collector then copied and marked for the whole pass.
 * Values are only added, never removed.
 */
final class SortedStrings extends AbstractSet<String> {
    /** Past this many values a TreeSet (inserting into a sorted array shifts it). */
    private static final int ARRAY_MAX = 16;

    private String one;
    private String[] few;
    private int count;
    private TreeSet<String> many;

    @Override
    public boolean add(String value) {
        Objects.requireNonNull(value); // as a TreeSet would refuse it
        if (many != null) {
            return many.add(value);
        }
        if (few != null) {
            return addToArray(value);
        }
        if (one == null) {
            one = value;
            return true;
        }
        if (one.equals(value)) {
            return false;
        }
        few = new String[4];
        few[0] = one;
        count = 1;
        one = null;
        return addToArray(value);
    }

    private boolean addToArray(String value) {
        int at = Arrays.binarySearch(few, 0, count, value);
        if (at >= 0) {
            return false;
        }
        if (count == ARRAY_MAX) {
            many = new TreeSet<>(Arrays.asList(few));
            many.add(value);
            few = null;
            return true;
        }
        if (count == few.length) {
            few = Arrays.copyOf(few, count * 2);
        }
        int insert = -at - 1;
        System.arraycopy(few, insert, few, insert + 1, count - insert);
        few[insert] = value;
        count++;
        return true;
    }

    @Override
    public boolean contains(Object value) {
        if (many != null) {
            return many.contains(value);
        }
        if (few != null) {
            return value instanceof String s && Arrays.binarySearch(few, 0, count, s) >= 0;
        }
        return one != null && one.equals(value);
    }

    @Override
    public int size() {
        return many != null ? many.size() : few != null ? count : one != null ? 1 : 0;
    }

    /** In order; read only. */
    @Override
    public Iterator<String> iterator() {
        if (many != null) {
            return java.util.Collections.unmodifiableSet(many).iterator();
        }
        return sorted().iterator();
    }

    /** The values in order, a copy. */
    List<String> sorted() {
        if (many != null) {
            return List.copyOf(many);
        }
        if (few != null) {
            return List.of(Arrays.copyOf(few, count));
        }
        return one != null ? List.of(one) : List.of();
    }
}
