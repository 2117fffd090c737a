package org.phonetriage.recovery;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Finds records in bytes no live cell points to — freeblocks, the unallocated gap, free and
 * superseded pages — by the shape of their header: the serial types must fit the columns of a
 * table of the schema, the body must fit where it lies, every text must be valid in the database's
 * encoding. Doubtful finds are dropped rather than guessed: a record that fits two tables, or two
 * readings of the same bytes, is no record.
 */
final class RecordCarver {

    /** Confidence of a whole cell found with its own length and rowid. */
    static final double WHOLE_CELL = 0.95;
    /** A record header and body, the cell's length and rowid lost. */
    static final double HEADER_ONLY = 0.85;
    /** A record whose first column's serial type a freeblock header overwrote: that column is unknown. */
    static final double FIRST_COLUMN_LOST = 0.6;
    /** An intact cell of a page image that is not the live one (a WAL frame, a journal, a free page). */
    static final double INTACT_CELL = 0.99;

    /** Longest value a one-byte serial type describes: text of (127 - 13) / 2 bytes. */
    private static final int ONE_BYTE_TYPE_MAX = 57;

    /** One carved record. {@code offset} is where its cell (or header) starts in the page. */
    record Carved(TableLayout table, Object[] values, Long rowid, String where, long page, int offset,
                  double confidence, boolean partial, int length) {

        Carved withLength(int n) {
            return new Carved(table, values, rowid, where, page, offset, confidence, partial, n);
        }
    }

    private final LiveTree live;
    private final DatabaseImage image;
    private final Charset encoding;
    private final int usable;

    RecordCarver(LiveTree live) {
        this.live = live;
        this.image = live.image;
        this.encoding = live.encoding();
        this.usable = live.usable();
    }

    /** Overflow pages a deleted record may still own: free ones, or ones nothing claims. */
    boolean freePage(long page) {
        return live.inRange(page) && (live.use[(int) page] == LiveTree.UNUSED || live.use[(int) page] == LiveTree.FREE_LEAF);
    }

    /** Overflow pages of an older version of a live page: those, and live records' overflow pages. */
    boolean historicPage(long page) {
        return freePage(page) || live.inRange(page) && live.use[(int) page] == LiveTree.OVERFLOW;
    }

    /**
     * The intact cells of a table leaf page image that is not the live one, then its free space.
     * {@code where} names the image ("WAL frame 7", "journal"); nothing happens for other pages.
     */
    void pageImage(byte[] bytes, long pageNo, List<TableLayout> candidates, String where, List<Carved> out)
            throws IOException {
        BTreePage page = new BTreePage(bytes, pageNo, usable);
        if (!page.isTableLeaf()) {
            return;
        }
        for (int at : page.cellOffsets()) {
            long payload = Varint.read(bytes, at, page.usable);
            int pl = Varint.length(bytes, at, page.usable);
            long rowid = Varint.read(bytes, at + pl, page.usable);
            int rl = Varint.length(bytes, at + pl, page.usable);
            if (pl == 0 || rl == 0) {
                continue;
            }
            byte[] record = Payloads.read(image, bytes, at + pl + rl, payload, page.usable, this::historicPage);
            if (record == null) {
                continue;
            }
            long[] types = Records.header(record, 0, record.length, maxWidth(candidates));
            if (types == null) {
                continue;
            }
            int bodyAt = (int) Varint.read(record, 0, record.length);
            Carved c = unique(candidates, t -> decode(t, types, record, bodyAt, rowid, where + " page " + pageNo,
                    pageNo, at, INTACT_CELL, false));
            if (c != null) {
                out.add(c);
            }
        }
        freeSpace(page, candidates, where + " page " + pageNo, out);
    }

    /** The freeblocks and the unallocated gap of a table leaf page. */
    void freeSpace(BTreePage page, List<TableLayout> candidates, String where, List<Carved> out) throws IOException {
        if (!page.isTableLeaf()) {
            return;
        }
        for (BTreePage.Span block : page.freeblocks()) {
            freeblock(page.bytes, page.number, block, candidates, where, out);
        }
        BTreePage.Span gap = page.unallocated();
        if (gap != null) {
            // a page with cells is in use (its gap holds cells freed whole); one without is a freed page
            region(page.bytes, page.number, gap.offset(), gap.end(), candidates, "unallocated space of " + where,
                    page.cellCount() == 0, out);
        }
    }

    /** A freeblock: its first four bytes overwrote the start of the cell that was there. */
    void freeblock(byte[] b, long pageNo, BTreePage.Span block, List<TableLayout> candidates, String where,
                   List<Carved> out) throws IOException {
        Carved first = freeblockHead(b, pageNo, block, candidates, "freeblock of " + where);
        int resume = block.offset() + 4;
        if (first != null) {
            out.add(first);
            resume = Math.max(resume, first.offset() + first.length());
        }
        region(b, pageNo, resume, block.end(), candidates, "freeblock of " + where, out);
    }

    /** Confidence of a record whose cell start (lengths, rowid, header length) was overwritten. */
    static final double CELL_START_LOST = 0.75;

    /**
     * Scans bytes for records, each found record skipped as a whole: first for an intact record
     * header, then for a cell whose first four bytes a freeblock header overwrote when it was freed
     * (its serial types survive; a freed page keeps every cell so).
     */
    void region(byte[] b, long pageNo, int from, int to, List<TableLayout> candidates, String where,
                List<Carved> out) throws IOException {
        region(b, pageNo, from, to, candidates, where, true, out);
    }

    /**
     * As {@link #region(byte[], long, int, int, List, String, List)}; {@code damaged} false for the
     * unallocated gap of a page in use, where SQLite frees a cell by moving the content start and
     * writes no freeblock header over it.
     */
    void region(byte[] b, long pageNo, int from, int to, List<TableLayout> candidates, String where,
                boolean damaged, List<Carved> out) throws IOException {
        int p = from;
        int maxWidth = maxWidth(candidates); // once per region, not at each of its bytes
        while (p < to) {
            Carved c = intactAt(b, pageNo, p, from, to, candidates, maxWidth, where);
            if (c == null && damaged) {
                c = damagedAt(b, pageNo, p, to, candidates, where);
            }
            if (c != null) {
                out.add(c);
                p = Math.max(p + 1, c.offset() + c.length());
            } else {
                p++;
            }
        }
    }

    private Carved intactAt(byte[] b, long pageNo, int p, int from, int to, List<TableLayout> candidates,
                            int maxWidth, String where) throws IOException {
        int hdr = b[p] & 0xFF;
        // a header has one byte per column at least; most positions fail here
        if (hdr < 2 || (hdr > 2 + 9 * maxWidth && hdr < 0x80)) {
            return null;
        }
        long[] types = Records.header(b, p, to, maxWidth);
        if (types == null) {
            return null;
        }
        long body = Records.bodySize(types);
        long hdrLen = Varint.read(b, p, to);
        long payload = hdrLen + body;
        if (body < 0 || p + Payloads.onPage(payload, usable) > to) {
            return null;
        }
        byte[] record = Payloads.read(image, b, p, payload, to, this::freePage);
        if (record == null) {
            return null;
        }
        Long rowid = rowidBefore(b, p, from, payload);
        String w = where + " page " + pageNo;
        Carved c = unique(candidates, t -> decode(t, types, record, (int) hdrLen, rowid, w, pageNo, p,
                rowid != null ? WHOLE_CELL : HEADER_ONLY, false));
        return c == null ? null : c.withLength(Payloads.onPage(payload, usable));
    }

    /**
     * A cell whose serial types start at {@code q} but whose header-length byte (and, for a table whose
     * first column is the rowid alias, that column's NULL type before it) was overwritten. The types
     * must fit the columns one by one; a record readable as two tables or two widths is dropped.
     */
    private Carved damagedAt(byte[] b, long pageNo, int q, int to, List<TableLayout> candidates, String where)
            throws IOException {
        if (q > 0 && wholeHeaderBefore(b, q, to)) {
            return null; // an intact record of another shape (an index entry, another table's row) starts there
        }
        List<Carved> found = new ArrayList<>();
        for (TableLayout t : candidates) {
            for (int firstCol = 0; firstCol <= (t.rowidAlias == 0 ? 1 : 0); firstCol++) {
                long[] types = new long[t.width()];
                int[] ends = new int[t.width() + 1];
                int n = firstCol;
                int at = q;
                while (n < t.width()) {
                    int len = Varint.length(b, at, to);
                    if (len == 0) {
                        break;
                    }
                    long type = Varint.read(b, at, to);
                    int c = SerialType.storageClass(type);
                    if (c == 0 || (t.allowed[n] & c) == 0) {
                        break;
                    }
                    types[n++] = type;
                    at += len;
                    ends[n] = at;
                }
                for (int count = Math.max(t.minColumns, firstCol + 2); count <= n; count++) {
                    long[] mine = java.util.Arrays.copyOf(types, count);
                    int hdrLen = ends[count] - q + 1 + firstCol;
                    int payloadAt = q - 1 - firstCol;
                    long body = Records.bodySize(mine);
                    if (hdrLen >= 0x80 || payloadAt < 0 || body < 0) {
                        continue;
                    }
                    long payload = hdrLen + body;
                    if (payloadAt + Payloads.onPage(payload, usable) > to) {
                        continue;
                    }
                    byte[] record = Payloads.read(image, b, payloadAt, payload, to, this::freePage);
                    if (record == null) {
                        continue;
                    }
                    Carved c = decode(t, mine, record, hdrLen, null, where + " page " + pageNo, pageNo, payloadAt,
                            CELL_START_LOST, false);
                    if (c != null && found.stream().noneMatch(x -> x.table() == c.table()
                            && Arrays.deepEquals(x.values(), c.values()))) {
                        found.add(c.withLength(Payloads.onPage(payload, usable)));
                    }
                }
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    /** True when the byte before {@code q} is the length of a well-formed header whose types start at {@code q}. */
    private static boolean wholeHeaderBefore(byte[] b, int q, int to) {
        int claimed = b[q - 1] & 0xFF;
        if (claimed < 2 || claimed >= 0x80) {
            return false;
        }
        int end = q - 1 + claimed;
        int at = q;
        while (at < end) {
            int len = Varint.length(b, at, Math.min(end, to));
            if (len == 0) {
                return false;
            }
            long t = Varint.read(b, at, Math.min(end, to));
            if (t == 10 || t == 11) {
                return false;
            }
            at += len;
        }
        return at == end;
    }

    /** The rowid of a cell whose record starts at {@code p}, when its length and rowid varints precede it. */
    private static Long rowidBefore(byte[] b, int p, int from, long payload) {
        for (int rl = 1; rl <= 9; rl++) {
            for (int pl = 1; pl <= 9; pl++) {
                int q = p - rl - pl;
                if (q < from) {
                    break;
                }
                if (Varint.length(b, q, p) == pl && Varint.read(b, q, p) == payload
                        && Varint.length(b, p - rl, p) == rl) {
                    return Varint.read(b, p - rl, p);
                }
            }
        }
        return null;
    }

    /**
     * The record a freeblock starts with. The cell was: payload length, rowid, header length, serial
     * types, body; the freeblock's pointer and size overwrote its first four bytes. With one-byte
     * length varints the serial types start three to nine bytes in; at three, the first column's type
     * is lost, and its bytes are what the freeblock's size leaves for it.
     */
    private Carved freeblockHead(byte[] b, long pageNo, BTreePage.Span block, List<TableLayout> candidates,
                                 String where) throws IOException {
        int f = block.offset();
        int end = block.end();
        List<Carved> found = new ArrayList<>();
        for (int ts = f + 3; ts <= f + 9 && ts < end; ts++) {
            int payloadAt = ts - 1;
            for (TableLayout t : candidates) {
                for (int count = t.width(); count >= Math.max(1, t.minColumns); count--) {
                    Carved c = freeblockReading(b, pageNo, f, end, ts, payloadAt, t, count, where);
                    if (c != null && found.stream().noneMatch(x -> x.table() == c.table()
                            && Arrays.deepEquals(x.values(), c.values()))) {
                        found.add(c);
                    }
                }
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        List<Carved> exact = found.stream().filter(c -> c.offset() + c.length() == end).toList();
        return exact.size() == 1 ? exact.get(0) : null;
    }

    private Carved freeblockReading(byte[] b, long pageNo, int f, int end, int ts, int payloadAt, TableLayout t,
                                    int count, String where) throws IOException {
        boolean lost = ts < f + 4;
        int first = lost ? 1 : 0;
        long[] types = new long[count];
        int p = lost ? f + 4 : ts;
        for (int i = first; i < count; i++) {
            int len = Varint.length(b, p, end);
            if (len == 0) {
                return null;
            }
            types[i] = Varint.read(b, p, end);
            p += len;
        }
        int hdrLen = p - payloadAt;
        if (hdrLen >= 0x80) {
            return null; // the header length would not have been one byte
        }
        if (payloadAt >= f + 4 && (b[payloadAt] & 0xFF) != hdrLen) {
            return null; // the header length survived and says otherwise
        }
        boolean firstUnknown = lost && t.rowidAlias != 0;
        if (lost) {
            types[0] = 0; // the rowid alias is stored as NULL; any other lost type is checked below
        }
        long[] checked = firstUnknown ? Arrays.copyOfRange(types, 1, count) : types;
        if (firstUnknown ? !fitsFrom(t, checked, 1) : !t.fits(types, count)) {
            return null;
        }
        long known = Records.bodySize(checked);
        if (known < 0) {
            return null;
        }
        int cellStart = f; // payload-length and rowid varints before payloadAt
        if (!firstUnknown) {
            long payload = hdrLen + known;
            if (payloadAt + Payloads.onPage(payload, usable) > end) {
                return null;
            }
            byte[] record = Payloads.read(image, b, payloadAt, payload, end, this::freePage);
            if (record == null) {
                return null;
            }
            int length = payloadAt + Payloads.onPage(payload, usable) - f;
            Carved c = decode(t, types, record, hdrLen, null, where + " page " + pageNo, pageNo, cellStart,
                    HEADER_ONLY, false);
            return c == null ? null : c.withLength(length);
        }
        // the freeblock is the cell: what its size leaves after the known parts is the first column
        long lostBytes = (end - payloadAt) - hdrLen - known;
        if (lostBytes < 0 || lostBytes > ONE_BYTE_TYPE_MAX || payloadAt + hdrLen + lostBytes + known > end) {
            return null;
        }
        byte[] record = Arrays.copyOfRange(b, payloadAt, end);
        long[] survivors = new long[count];
        survivors[0] = 0; // unknown: left NULL, never guessed
        System.arraycopy(checked, 0, survivors, 1, checked.length);
        Carved c = decode(t, survivors, record, (int) (hdrLen + lostBytes), null, where + " page " + pageNo, pageNo,
                cellStart, FIRST_COLUMN_LOST, true);
        return c == null ? null : c.withLength(end - f);
    }

    /** {@link TableLayout#fits} for the columns from {@code from} on. */
    private static boolean fitsFrom(TableLayout t, long[] types, int from) {
        int count = types.length + from;
        if (count < t.minColumns || count > t.width()) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            int c = SerialType.storageClass(types[i]);
            if (c == 0 || (t.allowed[i + from] & c) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Decodes a record strictly for one table; null when it does not fit or says too little. */
    private Carved decode(TableLayout t, long[] types, byte[] record, int bodyAt, Long rowid, String where,
                          long pageNo, int offset, double confidence, boolean partial) {
        if (!partial && !t.fits(types, types.length)) {
            return null;
        }
        Object[] values = new Object[t.width()];
        int at = bodyAt;
        int nonNull = 0;
        for (int i = 0; i < types.length; i++) {
            long size = SerialType.size(types[i]);
            if (size < 0 || at + size > record.length) {
                return null;
            }
            Object v = SerialType.value(types[i], record, at, encoding, true);
            if (v == SerialType.INVALID) {
                return null;
            }
            values[i] = v;
            if (v != null && i != t.rowidAlias) {
                nonNull++;
            }
            at += (int) size;
        }
        if (nonNull < 2) {
            return null; // two surviving values at least: less than that is no evidence of a row
        }
        if (t.rowidAlias >= 0 && rowid != null) {
            values[t.rowidAlias] = rowid;
        }
        return new Carved(t, values, rowid, where, pageNo, offset, confidence, partial, 0);
    }

    /** The one table a record fits; none when it fits several of the candidates. */
    private static Carved unique(List<TableLayout> candidates, Reading reading) throws IOException {
        Carved found = null;
        for (TableLayout t : candidates) {
            Carved c = reading.as(t);
            if (c != null) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    private interface Reading {
        Carved as(TableLayout t) throws IOException;
    }

    private static int maxWidth(List<TableLayout> candidates) {
        return candidates.stream().mapToInt(TableLayout::width).max().orElse(1);
    }
}
