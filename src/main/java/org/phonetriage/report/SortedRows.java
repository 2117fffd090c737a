package org.phonetriage.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Rows of an export put into the file's order by a sort key, in bounded memory: rows are added in
 * the case's stored order, each with its key (a number below {@code keyBound}), optionally a minor
 * key deciding between rows of equal key, a tag and its bytes; a run that fills its memory is
 * sorted and spilled to a temporary file, and the runs are merged. Rows of equal keys keep the
 * order they were added in (a run is sorted by key, minor key then place, runs merge by key, minor
 * key then run), so the result is what a stable sort of all rows gives.
 *
 * <p>Two keys because one long cannot hold every sort key: the timeline's is a time to the
 * nanosecond and then a device, which do not fit together in 63 bits.
 *
 * <p>The bytes of a row are cut in three parts, so a writer can put other fields between them.
 * The spilled runs are merged in one pass, each file open at once: with runs of tens of megabytes
 * that is a few dozen files even for exports of gigabytes.
 */
final class SortedRows implements Closeable {

    /** A row being read back, valid until the next call of {@link Cursor#next()}. */
    interface Cursor {
        boolean next() throws IOException;

        long key();

        long tag();

        byte[] bytes();

        /** Where the row's bytes start in {@link #bytes()}, and where its second and third parts start. */
        int start();

        int cut1();

        int cut2();

        int end();
    }

    /** A spilled row's header: key, minor key, tag (longs), length, cuts (ints). */
    private static final int HEADER_BYTES = 36;

    private final long keyBound;
    private final int maxRows;
    private final int maxBytes;
    private final Path spillFolder;
    private final String spillPrefix;
    private final List<Path> spilled = new ArrayList<>();
    private final List<FileCursor> reading = new ArrayList<>();

    private long[] keys = new long[1024];
    private long[] minors = new long[1024];
    private long[] tags = new long[1024];
    private int[] starts = new int[1025];
    private int[] cuts1 = new int[1024];
    private int[] cuts2 = new int[1024];
    private byte[] arena = new byte[1 << 16];
    private int rows;

    /**
     * {@code keyBound}: keys are below it; {@code maxBytes}: the memory a run's bytes may take;
     * {@code spillFolder} and {@code spillPrefix}: where full runs are written and how their names
     * start (they are deleted on {@link #close}).
     */
    SortedRows(long keyBound, int maxBytes, Path spillFolder, String spillPrefix) {
        this.keyBound = Math.max(1, keyBound);
        // a key and a place in the run share one long, so a run is sorted as plain longs
        this.maxRows = (int) Math.min(Integer.MAX_VALUE - 8, Long.MAX_VALUE / this.keyBound);
        this.maxBytes = maxBytes;
        this.spillFolder = spillFolder;
        this.spillPrefix = spillPrefix;
    }

    /** Adds a row: {@code b[off, off + len)}, its second part starting at {@code cut1}, its third at {@code cut2}. */
    void add(long key, long tag, byte[] b, int off, int cut1, int cut2, int len) throws IOException {
        add(key, 0, tag, b, off, cut1, cut2, len);
    }

    /** The same with a minor key: rows of equal key are in the order of their minor keys (any long). */
    void add(long key, long minor, long tag, byte[] b, int off, int cut1, int cut2, int len) throws IOException {
        if (key < 0 || key >= keyBound) {
            throw new IllegalArgumentException("key " + key + " outside [0, " + keyBound + ")");
        }
        if (rows == maxRows || (rows > 0 && starts[rows] + len > maxBytes)) {
            spill();
        }
        if (rows == keys.length) {
            int n = rows * 2;
            keys = Arrays.copyOf(keys, n);
            minors = Arrays.copyOf(minors, n);
            tags = Arrays.copyOf(tags, n);
            starts = Arrays.copyOf(starts, n + 1);
            cuts1 = Arrays.copyOf(cuts1, n);
            cuts2 = Arrays.copyOf(cuts2, n);
        }
        int start = starts[rows];
        if (start + len > arena.length) {
            // doubled, but never past the run's limit (a run holds at most maxBytes, one larger row excepted)
            long grown = Math.min(Math.max((long) arena.length * 2, 1L << 16), Math.max(maxBytes, 1L << 16));
            arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(grown, (long) start + len)));
        }
        System.arraycopy(b, off, arena, start, len);
        keys[rows] = key;
        minors[rows] = minor;
        tags[rows] = tag;
        cuts1[rows] = cut1;
        cuts2[rows] = cut2;
        starts[rows + 1] = start + len;
        rows++;
    }

    /** The rows in key order; call once, after the last {@link #add}. */
    Cursor sorted() throws IOException {
        if (spilled.isEmpty()) {
            return new RunCursor(order(), 0);
        }
        PriorityQueue<Source> queue = new PriorityQueue<>((a, b) -> a.key() != b.key()
                ? Long.compare(a.key(), b.key())
                : a.minor() != b.minor() ? Long.compare(a.minor(), b.minor()) : Integer.compare(a.run, b.run));
        for (int i = 0; i < spilled.size(); i++) {
            FileCursor c = new FileCursor(spilled.get(i), i);
            reading.add(c);
            if (c.next()) {
                queue.add(c);
            } else {
                c.close();
            }
        }
        // the last run is merged from memory: writing it out only to read it back cost a tenth of an export
        RunCursor last = new RunCursor(order(), spilled.size());
        if (last.next()) {
            queue.add(last);
        }
        return new MergeCursor(queue);
    }

    /** Deletes the spilled runs. */
    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (FileCursor c : reading) {
            try {
                c.close();
            } catch (IOException e) {
                failed = e;
            }
        }
        for (Path p : spilled) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                failed = e;
            }
        }
        spilled.clear();
        if (failed != null) {
            throw failed;
        }
    }

    /** The places of the run's rows in key order, then minor key order (ties by place). */
    private int[] order() {
        long[] packed = new long[rows];
        for (int i = 0; i < rows; i++) {
            packed[i] = keys[i] * maxRows + i;
        }
        Arrays.sort(packed);
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = (int) (packed[i] % maxRows);
        }
        for (int from = 0, to; from < rows; from = to) {
            to = from + 1;
            boolean sameMinor = true;
            while (to < rows && keys[order[to]] == keys[order[from]]) {
                sameMinor &= minors[order[to]] == minors[order[from]];
                to++;
            }
            if (!sameMinor) {
                sortByMinor(order, from, to);
            }
        }
        return order;
    }

    /**
     * Rows of one key (few: the same second of a timeline) sorted by minor key; a stable sort, so
     * places stay in order among equal minor keys.
     */
    private void sortByMinor(int[] order, int from, int to) {
        Integer[] group = new Integer[to - from];
        for (int i = from; i < to; i++) {
            group[i - from] = order[i];
        }
        Arrays.sort(group, (a, b) -> Long.compare(minors[a], minors[b]));
        for (int i = from; i < to; i++) {
            order[i] = group[i - from];
        }
    }

    private void spill() throws IOException {
        if (rows == 0) {
            return;
        }
        Path file = Files.createTempFile(spillFolder, spillPrefix, ".tmp");
        spilled.add(file);
        file.toFile().deleteOnExit(); // an interrupted export leaves no run behind
        // each row's header made in one array and written with its bytes: a call per field cost a tenth of an export
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i : order()) {
                int start = starts[i];
                header.putLong(0, keys[i]).putLong(8, minors[i]).putLong(16, tags[i])
                        .putInt(24, starts[i + 1] - start).putInt(28, cuts1[i]).putInt(32, cuts2[i]);
                out.write(header.array(), 0, HEADER_BYTES);
                out.write(arena, start, starts[i + 1] - start);
            }
        }
        rows = 0;
    }

    /** A sorted run being read, the {@code run}-th added (the order of equal keys between runs). */
    private abstract static class Source implements Cursor {
        final int run;

        Source(int run) {
            this.run = run;
        }

        abstract long minor();

        /** Ends the reading of a spilled run. */
        void close() throws IOException {
        }
    }

    /** The rows of the run in memory. */
    private final class RunCursor extends Source {
        private final int[] order;
        private int at = -1;
        private int row;

        RunCursor(int[] order, int run) {
            super(run);
            this.order = order;
        }

        @Override
        long minor() {
            return minors[row];
        }

        @Override
        public boolean next() {
            if (++at >= order.length) {
                return false;
            }
            row = order[at];
            return true;
        }

        @Override
        public long key() {
            return keys[row];
        }

        @Override
        public long tag() {
            return tags[row];
        }

        @Override
        public byte[] bytes() {
            return arena;
        }

        @Override
        public int start() {
            return starts[row];
        }

        @Override
        public int cut1() {
            return starts[row] + cuts1[row];
        }

        @Override
        public int cut2() {
            return starts[row] + cuts2[row];
        }

        @Override
        public int end() {
            return starts[row + 1];
        }
    }

    /** A spilled run read back. */
    private static final class FileCursor extends Source implements Closeable {
        private final DataInputStream in;
        private final ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        private byte[] bytes = new byte[256];
        private long key;
        private long minor;
        private long tag;
        private int cut1;
        private int cut2;
        private int end;

        FileCursor(Path file, int run) throws IOException {
            super(run);
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        }

        @Override
        public boolean next() throws IOException {
            try {
                in.readFully(header.array());
            } catch (EOFException e) {
                return false;
            }
            key = header.getLong(0);
            minor = header.getLong(8);
            tag = header.getLong(16);
            end = header.getInt(24);
            cut1 = header.getInt(28);
            cut2 = header.getInt(32);
            if (end > bytes.length) {
                bytes = new byte[Math.max(end, bytes.length * 2)];
            }
            in.readFully(bytes, 0, end);
            return true;
        }

        @Override
        public long key() {
            return key;
        }

        @Override
        long minor() {
            return minor;
        }

        @Override
        public long tag() {
            return tag;
        }

        @Override
        public byte[] bytes() {
            return bytes;
        }

        @Override
        public int start() {
            return 0;
        }

        @Override
        public int cut1() {
            return cut1;
        }

        @Override
        public int cut2() {
            return cut2;
        }

        @Override
        public int end() {
            return end;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The spilled runs and the last one merged: the head of the queue is the current row. */
    private static final class MergeCursor implements Cursor {
        private final PriorityQueue<Source> queue;
        private Source current;

        MergeCursor(PriorityQueue<Source> queue) {
            this.queue = queue;
        }

        @Override
        public boolean next() throws IOException {
            if (current != null) {
                if (current.next()) {
                    queue.add(current);
                } else {
                    current.close();
                }
            }
            current = queue.poll();
            return current != null;
        }

        @Override
        public long key() {
            return current.key();
        }

        @Override
        public long tag() {
            return current.tag();
        }

        @Override
        public byte[] bytes() {
            return current.bytes();
        }

        @Override
        public int start() {
            return current.start();
        }

        @Override
        public int cut1() {
            return current.cut1();
        }

        @Override
        public int cut2() {
            return current.cut2();
        }

        @Override
        public int end() {
            return current.end();
        }
    }
}
