package org.phonetriage.recovery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A database's pages as SQLite would see them — the main file with the committed WAL frames laid
 * over it — read straight from the bytes, never through SQLite (which would checkpoint the WAL).
 */
final class DatabaseImage implements AutoCloseable {

    private final FileChannel main;
    private final DbHeader header;
    private final WalFile wal;
    private final long pageCount;

    private DatabaseImage(FileChannel main, DbHeader header, WalFile wal, long pageCount) {
        this.main = main;
        this.header = header;
        this.wal = wal;
        this.pageCount = pageCount;
    }

    /** Opens a database file and its {@code -wal} beside it, if any. */
    static DatabaseImage open(Path db) throws IOException, DbHeader.NotSqlite {
        FileChannel ch = FileChannel.open(db, StandardOpenOption.READ);
        try {
            byte[] first = new byte[(int) Math.min(100, ch.size())];
            ch.read(ByteBuffer.wrap(first), 0);
            DbHeader fileHeader = DbHeader.parse(first, ch.size());
            WalFile wal = WalFile.open(db.resolveSibling(db.getFileName() + "-wal"), fileHeader.pageSize());
            DbHeader header = fileHeader;
            long pages = fileHeader.pageCount();
            if (wal != null && wal.current(1) != null) {
                // page 1 in the WAL holds the header as of the last commit (the freelist, the encoding)
                byte[] p1 = wal.page(wal.current(1));
                header = DbHeader.parse(p1, Math.max(ch.size(), (long) fileHeader.pageSize() * wal.committedPageCount()));
            }
            if (wal != null && wal.committedPageCount() > 0) {
                pages = wal.committedPageCount();
            }
            return new DatabaseImage(ch, header, wal, pages);
        } catch (IOException | DbHeader.NotSqlite | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    DbHeader header() {
        return header;
    }

    long pageCount() {
        return pageCount;
    }

    /** The WAL, or null. */
    WalFile wal() {
        return wal;
    }

    /** Page {@code n} (1-based) as SQLite sees it; a page past the end of the file is zeros. */
    byte[] page(long n) throws IOException {
        if (n < 1 || n > pageCount) {
            throw new IOException("page " + n + " is outside the database (" + pageCount + " pages)");
        }
        if (wal != null) {
            WalFile.Frame f = wal.current(n);
            if (f != null) {
                return wal.page(f);
            }
        }
        return mainPage(n);
    }

    /** Page {@code n} as the main file holds it (before the WAL's frames). */
    byte[] mainPage(long n) throws IOException {
        int size = header.pageSize();
        ByteBuffer buf = ByteBuffer.allocate(size);
        long at = (n - 1) * size;
        while (buf.hasRemaining()) {
            int r = main.read(buf, at + buf.position());
            if (r < 0) {
                break;
            }
        }
        return buf.array();
    }

    /** How many pages the main file holds. */
    long mainPageCount() throws IOException {
        return main.size() / header.pageSize();
    }

    @Override
    public void close() throws IOException {
        try {
            main.close();
        } finally {
            if (wal != null) {
                wal.close();
            }
        }
    }
}
