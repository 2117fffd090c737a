package org.phonetriage.recovery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A write-ahead log (sqlite.org, "Database File Format" §4): its frames, which of them the database
 * as SQLite sees it consists of (those up to the last commit frame whose salts and running checksum
 * hold), and the rest — frames a later commit superseded, frames of an uncommitted transaction, and
 * frames an earlier checkpoint left behind under older salts — which hold earlier versions of pages.
 */
final class WalFile implements AutoCloseable {

    private static final int HEADER = 32;
    private static final int FRAME_HEADER = 24;

    /**
     * One frame: its number (1-based, in file order), the page it holds, where that page's bytes
     * start in the file, and whether it belongs to the committed state.
     */
    record Frame(int number, long page, long dataOffset, boolean committed) {
    }

    private final FileChannel channel;
    private final int pageSize;
    private final List<Frame> frames;
    private final Map<Long, Frame> current;
    private final long committedPageCount;

    private WalFile(FileChannel channel, int pageSize, List<Frame> frames, Map<Long, Frame> current,
                    long committedPageCount) {
        this.channel = channel;
        this.pageSize = pageSize;
        this.frames = frames;
        this.current = current;
        this.committedPageCount = committedPageCount;
    }

    /** The WAL beside a database, or null when there is none or it holds no frame of this page size. */
    static WalFile open(Path wal, int dbPageSize) throws IOException {
        if (!Files.isRegularFile(wal) || Files.size(wal) < HEADER + FRAME_HEADER) {
            return null;
        }
        FileChannel ch = FileChannel.open(wal, StandardOpenOption.READ);
        try {
            byte[] h = read(ch, 0, HEADER);
            long magic = DbHeader.u32(h, 0);
            if (magic != 0x377f0682L && magic != 0x377f0683L) {
                ch.close();
                return null;
            }
            boolean bigEndian = magic == 0x377f0683L;
            int pageSize = (int) DbHeader.u32(h, 8);
            if (pageSize == 1) {
                pageSize = 65_536;
            }
            if (pageSize != dbPageSize) {
                ch.close();
                return null;
            }
            long salt1 = DbHeader.u32(h, 16);
            long salt2 = DbHeader.u32(h, 20);
            int[] sum = checksum(h, 0, 24, new int[2], bigEndian);
            boolean headerValid = (sum[0] & 0xFFFFFFFFL) == DbHeader.u32(h, 24)
                    && (sum[1] & 0xFFFFFFFFL) == DbHeader.u32(h, 28);
            List<Frame> raw = new ArrayList<>();
            List<Boolean> chainValid = new ArrayList<>();
            List<Long> commits = new ArrayList<>();
            long size = ch.size();
            boolean chain = headerValid;
            int n = 0;
            for (long at = HEADER; at + FRAME_HEADER + pageSize <= size; at += FRAME_HEADER + pageSize) {
                n++;
                byte[] fh = read(ch, at, FRAME_HEADER);
                long page = DbHeader.u32(fh, 0);
                if (chain) {
                    byte[] data = read(ch, at + FRAME_HEADER, pageSize);
                    boolean salts = DbHeader.u32(fh, 8) == salt1 && DbHeader.u32(fh, 12) == salt2;
                    sum = checksum(fh, 0, 8, sum, bigEndian);
                    sum = checksum(data, 0, pageSize, sum, bigEndian);
                    chain = salts && (sum[0] & 0xFFFFFFFFL) == DbHeader.u32(fh, 16)
                            && (sum[1] & 0xFFFFFFFFL) == DbHeader.u32(fh, 20);
                }
                raw.add(new Frame(n, page, at + FRAME_HEADER, false));
                chainValid.add(chain);
                commits.add(chain ? DbHeader.u32(fh, 4) : 0L);
            }
            int lastCommit = -1;
            long pageCount = 0;
            for (int i = 0; i < raw.size(); i++) {
                if (chainValid.get(i) && commits.get(i) > 0) {
                    lastCommit = i;
                    pageCount = commits.get(i);
                }
            }
            List<Frame> frames = new ArrayList<>();
            Map<Long, Frame> current = new HashMap<>();
            for (int i = 0; i < raw.size(); i++) {
                Frame f = raw.get(i);
                Frame marked = new Frame(f.number(), f.page(), f.dataOffset(), i <= lastCommit);
                frames.add(marked);
                if (marked.committed()) {
                    current.put(f.page(), marked); // a later frame of the page replaces an earlier one
                }
            }
            return new WalFile(ch, pageSize, frames, current, pageCount);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** SQLite's WAL checksum over 8-byte steps, continued from {@code s}. */
    private static int[] checksum(byte[] b, int from, int len, int[] s, boolean bigEndian) {
        int s0 = s[0];
        int s1 = s[1];
        ByteBuffer buf = ByteBuffer.wrap(b, from, len).order(bigEndian ? java.nio.ByteOrder.BIG_ENDIAN
                : java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = from; i + 8 <= from + len; i += 8) {
            s0 += buf.getInt(i) + s1;
            s1 += buf.getInt(i + 4) + s0;
        }
        return new int[] {s0, s1};
    }

    private static byte[] read(FileChannel ch, long at, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(len);
        while (buf.hasRemaining()) {
            if (ch.read(buf, at + buf.position()) < 0) {
                throw new IOException("WAL ends inside a frame");
            }
        }
        return buf.array();
    }

    List<Frame> frames() {
        return frames;
    }

    /** The committed frame that holds a page as SQLite sees it, or null. */
    Frame current(long page) {
        return current.get(page);
    }

    /** The database's page count after the last commit, 0 when no commit is in the WAL. */
    long committedPageCount() {
        return committedPageCount;
    }

    byte[] page(Frame f) throws IOException {
        return read(channel, f.dataOffset(), pageSize);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
