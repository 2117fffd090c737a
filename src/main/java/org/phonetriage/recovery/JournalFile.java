package org.phonetriage.recovery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A rollback journal (sqlite.org, "Database File Format" §3): the original images of the pages a
 * transaction changed. A journal left behind (a crash, journal_mode PERSIST or TRUNCATE before the
 * truncation) still holds rows the transaction deleted or changed.
 */
final class JournalFile {

    private static final long MAGIC = 0xd9d505f920a163d7L;

    /** One page image: the page's number and its bytes before the transaction. */
    record PageImage(long page, byte[] bytes) {
    }

    private JournalFile() {
    }

    /**
     * The page images of the journal beside a database. A header whose magic was zeroed (PERSIST
     * mode ends a transaction so) is read with the database's page size and a 512-byte sector.
     */
    static List<PageImage> read(Path journal, int dbPageSize, long dbPages) throws IOException {
        List<PageImage> pages = new ArrayList<>();
        if (!Files.isRegularFile(journal) || Files.size(journal) < 28) {
            return pages;
        }
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ)) {
            long size = ch.size();
            long at = 0;
            while (at + 28 <= size) {
                byte[] h = read(ch, at, 28);
                long magic = ByteBuffer.wrap(h, 0, 8).getLong();
                long sector;
                int pageSize;
                if (magic == MAGIC) {
                    sector = DbHeader.u32(h, 20);
                    pageSize = (int) DbHeader.u32(h, 24);
                    if (pageSize == 1) {
                        pageSize = 65_536;
                    }
                } else if (magic == 0) {
                    sector = 512;
                    pageSize = dbPageSize;
                } else {
                    break;
                }
                if (pageSize != dbPageSize || sector < 32 || sector > 65_536 || Long.bitCount(sector) != 1) {
                    break;
                }
                long record = 4L + pageSize + 4;
                long p = at + sector;
                int read = 0;
                while (p + record <= size) {
                    byte[] number = read(ch, p, 4);
                    long page = DbHeader.u32(number, 0);
                    if (page < 1 || page > Math.max(dbPages, 1) * 2 + 1024) {
                        break; // past the last record of this segment
                    }
                    pages.add(new PageImage(page, read(ch, p + 4, pageSize)));
                    p += record;
                    read++;
                }
                if (read == 0) {
                    break;
                }
                // another segment may follow, its header on the next sector boundary
                at = (p + sector - 1) / sector * sector;
            }
        }
        return pages;
    }

    private static byte[] read(FileChannel ch, long at, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(len);
        while (buf.hasRemaining()) {
            if (ch.read(buf, at + buf.position()) < 0) {
                throw new IOException("journal ends inside a record");
            }
        }
        return buf.array();
    }
}
