package org.phonetriage.recovery;

import java.util.ArrayList;
import java.util.List;

/**
 * One b-tree page (sqlite.org, "Database File Format" §1.6): its header, its cells, its freeblocks
 * and the unallocated gap between the cell pointers and the cell content. Every offset read from the
 * page is checked against the page, so a damaged page gives fewer cells, never an exception.
 */
final class BTreePage {

    static final int TABLE_LEAF = 0x0D;
    static final int TABLE_INTERIOR = 0x05;
    static final int INDEX_LEAF = 0x0A;
    static final int INDEX_INTERIOR = 0x02;

    /** A span of bytes in the page: where it starts and how long it is. */
    record Span(int offset, int length) {
        int end() {
            return offset + length;
        }
    }

    final byte[] bytes;
    final long number;
    final int usable;
    private final int start;

    BTreePage(byte[] bytes, long number, int usable) {
        this.bytes = bytes;
        this.number = number;
        this.usable = Math.min(usable, bytes.length);
        this.start = number == 1 ? 100 : 0;
    }

    int type() {
        return bytes[start] & 0xFF;
    }

    boolean isTableLeaf() {
        return type() == TABLE_LEAF;
    }

    boolean isTableInterior() {
        return type() == TABLE_INTERIOR;
    }

    boolean isBTree() {
        int t = type();
        return t == TABLE_LEAF || t == TABLE_INTERIOR || t == INDEX_LEAF || t == INDEX_INTERIOR;
    }

    private int headerSize() {
        return isTableInterior() || type() == INDEX_INTERIOR ? 12 : 8;
    }

    int cellCount() {
        return DbHeader.u16(bytes, start + 3);
    }

    int contentStart() {
        int c = DbHeader.u16(bytes, start + 5);
        return c == 0 ? 65_536 : c;
    }

    long rightChild() {
        return DbHeader.u32(bytes, start + 8);
    }

    /** The offsets of the cells that fit in the page, in pointer order. */
    List<Integer> cellOffsets() {
        int first = start + headerSize();
        int n = Math.min(cellCount(), Math.max(0, (usable - first) / 2));
        List<Integer> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = DbHeader.u16(bytes, first + 2 * i);
            if (at >= first + 2 * n && at < usable) {
                cells.add(at);
            }
        }
        return cells;
    }

    /** The unallocated gap between the end of the cell pointer array and the cell content area. */
    Span unallocated() {
        int from = start + headerSize() + 2 * cellCount();
        int to = Math.min(contentStart(), usable);
        return from < to ? new Span(from, to - from) : null;
    }

    /** The freeblock chain in offset order; a chain that loops or leaves the page stops there. */
    List<Span> freeblocks() {
        List<Span> blocks = new ArrayList<>();
        int at = DbHeader.u16(bytes, start + 1);
        int floor = start + headerSize();
        while (at != 0 && at >= floor && at + 4 <= usable && blocks.size() < usable / 4) {
            int size = DbHeader.u16(bytes, at + 2);
            if (size < 4 || at + size > usable) {
                break;
            }
            blocks.add(new Span(at, size));
            int next = DbHeader.u16(bytes, at);
            if (next != 0 && next <= at + size - 1) {
                break; // freeblocks are kept in increasing order; anything else is damage
            }
            at = next;
        }
        return blocks;
    }
}
