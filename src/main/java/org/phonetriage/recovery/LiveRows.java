package org.phonetriage.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The live rows of one table, as hashes: a carved record that equals a live row is a copy left by
 * a page split or an update, not a deleted row, and one whose rowid is live with other values is an
 * earlier version of that row.
 */
final class LiveRows {

    private final LongSet rowids = new LongSet();
    private final LongSet withoutRowid = new LongSet();
    private final LongSet withoutFirst = new LongSet();
    private final TableLayout table;
    private final LiveTree live;
    /** Per UNIQUE key of the table: hashes of the live rows' key values. */
    private final java.util.List<LongSet> byKey = new java.util.ArrayList<>();

    private LiveRows(LiveTree live, TableLayout table) {
        this.live = live;
        this.table = table;
    }

    static LiveRows of(LiveTree live, TableLayout table) throws IOException {
        LiveRows rows = new LiveRows(live, table);
        table.uniqueKeys.forEach(k -> rows.byKey.add(new LongSet()));
        live.forEachLiveCell(table, (rowid, payload) -> {
            Object[] v = Records.values(payload, live.encoding(), table.width());
            if (v == null) {
                return;
            }
            Object[] padded = Arrays.copyOf(v, table.width());
            if (table.rowidAlias >= 0) {
                padded[table.rowidAlias] = rowid;
            }
            rows.rowids.add(rowid);
            rows.withoutRowid.add(hash(padded, table.rowidAlias, -1));
            rows.withoutFirst.add(hash(padded, table.rowidAlias, 0));
            for (int k = 0; k < table.uniqueKeys.size(); k++) {
                Long key = keyHash(padded, table.uniqueKeys.get(k));
                if (key != null) {
                    rows.byKey.get(k).add(key);
                }
            }
        });
        return rows;
    }

    /** What a carved record is to the live table. */
    enum Kind { LIVE, EARLIER_VERSION, DELETED }

    /** How a carved record relates to the live rows; {@code liveRowid} names the row it is a version of. */
    record Match(Kind kind, Long liveRowid) {
    }

    /** True when the same values live on, under this rowid or another: a copy, not a recovery. */
    boolean isLive(Object[] values, boolean firstLost) {
        return firstLost ? withoutFirst.contains(hash(values, table.rowidAlias, 0))
                : withoutRowid.contains(hash(values, table.rowidAlias, -1));
    }

    Match match(Object[] values, Long rowid, boolean firstLost) throws IOException {
        if (isLive(values, firstLost)) {
            return new Match(Kind.LIVE, null);
        }
        if (rowid != null && rowids.contains(rowid)) {
            return new Match(Kind.EARLIER_VERSION, rowid);
        }
        for (int k = 0; k < table.uniqueKeys.size(); k++) {
            Long key = keyHash(values, table.uniqueKeys.get(k));
            if (key != null && byKey.get(k).contains(key)) {
                return new Match(Kind.EARLIER_VERSION, rowidOf(k, key)); // a unique key says which row it was
            }
        }
        return new Match(Kind.DELETED, null);
    }

    /** The rowid of the live row with these key values (rare: read again rather than kept for every row). */
    private Long rowidOf(int k, long key) throws IOException {
        Long[] found = new Long[1];
        live.forEachLiveCell(table, (rowid, payload) -> {
            if (found[0] == null) {
                Object[] v = Records.values(payload, live.encoding(), table.width());
                if (v != null) {
                    Object[] padded = Arrays.copyOf(v, table.width());
                    if (table.rowidAlias >= 0) {
                        padded[table.rowidAlias] = rowid;
                    }
                    Long h = keyHash(padded, table.uniqueKeys.get(k));
                    if (h != null && h == key) {
                        found[0] = rowid;
                    }
                }
            }
        });
        return found[0];
    }

    /** The hash of a record's values in a key's columns, or null when one of them is unknown. */
    private static Long keyHash(Object[] values, int[] key) {
        Object[] k = new Object[key.length];
        for (int i = 0; i < key.length; i++) {
            if (key[i] >= values.length || values[key[i]] == null) {
                return null;
            }
            k[i] = values[key[i]];
        }
        return hash(k, -1, -1);
    }

    /**
     * A 64-bit hash (FNV-1a) of the values, two columns left out (-1: none). Each value is fed with
     * a tag of its type (a text "5" is not the integer 5) and without building a string of it:
     * every live row of every recovered table is hashed twice.
     */
    static long hash(Object[] values, int skip1, int skip2) {
        long h = FNV_OFFSET;
        for (int i = 0; i < values.length; i++) {
            if (i == skip1 || i == skip2) {
                continue;
            }
            Object v = values[i];
            if (v == null) {
                h = mix(h, 0);
            } else if (v instanceof Long n) {
                h = mixLong(mix(h, 'L'), n);
            } else if (v instanceof String text) {
                h = mix(h, 'S');
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    h = mix(mix(h, ch >>> 8), ch & 0xFF);
                }
            } else if (v instanceof Double d) {
                h = mixLong(mix(h, 'D'), Double.doubleToLongBits(d));
            } else if (v instanceof byte[] bytes) {
                h = mix(h, 'B');
                for (byte b : bytes) {
                    h = mix(h, b & 0xFF);
                }
            } else {
                for (byte b : (v.getClass().getSimpleName() + ":" + v).getBytes(StandardCharsets.UTF_8)) {
                    h = mix(h, b & 0xFF);
                }
            }
            h = mix(h, 0xFF); // column separator
        }
        return h;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long mix(long h, int octet) {
        return (h ^ octet) * FNV_PRIME;
    }

    private static long mixLong(long h, long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            h = mix(h, (int) (value >>> shift) & 0xFF);
        }
        return h;
    }
}
