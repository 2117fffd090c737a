package org.phonetriage.recovery;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The 100-byte header of a SQLite database (sqlite.org, "Database File Format" §1.3): what the
 * page reader needs to find pages, the freelist and the text encoding.
 */
record DbHeader(int pageSize, int reserved, long pageCount, long freelistTrunk, long freelistCount,
                Charset encoding, boolean autoVacuum) {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** The header, or a {@link NotSqlite} naming what is wrong with it. */
    static DbHeader parse(byte[] first, long fileSize) throws NotSqlite {
        if (first.length < 100) {
            throw new NotSqlite("shorter than a SQLite header");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (first[i] != MAGIC[i]) {
                throw new NotSqlite("no SQLite header");
            }
        }
        int raw = u16(first, 16);
        int pageSize = raw == 1 ? 65_536 : raw;
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw new NotSqlite("page size " + raw + " is not a power of two from 512 to 65536");
        }
        int reserved = first[20] & 0xFF;
        if (pageSize - reserved < 480) {
            throw new NotSqlite("reserved space " + reserved + " leaves too little of a page");
        }
        long inHeader = u32(first, 28);
        long byFile = fileSize / pageSize;
        // the header's count is valid only when the change counter matches "version valid for" (§1.3.8)
        long pageCount = inHeader > 0 && u32(first, 24) == u32(first, 92) ? Math.min(inHeader, Math.max(byFile, 1))
                : byFile;
        Charset encoding = switch ((int) u32(first, 56)) {
            case 2 -> StandardCharsets.UTF_16LE;
            case 3 -> StandardCharsets.UTF_16BE;
            default -> StandardCharsets.UTF_8;
        };
        return new DbHeader(pageSize, reserved, pageCount, u32(first, 32), u32(first, 36), encoding,
                u32(first, 52) != 0);
    }

    int usable() {
        return pageSize - reserved;
    }

    static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    static long u32(byte[] b, int at) {
        return ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFFL) << 16) | ((b[at + 2] & 0xFFL) << 8) | (b[at + 3] & 0xFFL);
    }

    /** A file that is not a SQLite database this reader can read. */
    static final class NotSqlite extends Exception {
        NotSqlite(String reason) {
            super(reason);
        }
    }
}
