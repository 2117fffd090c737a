package org.phonetriage.recovery;

import java.io.IOException;
import java.util.function.LongPredicate;

/**
 * A table b-tree cell's payload: the part kept on the page and the rest in its overflow chain
 * (sqlite.org, "Database File Format" §1.6, cell payload overflow).
 */
final class Payloads {

    private Payloads() {
    }

    /** How many payload bytes of a table leaf cell stay on the page. */
    static int localSize(long payload, int usable) {
        int x = usable - 35;
        if (payload <= x) {
            return (int) payload;
        }
        int m = ((usable - 12) * 32 / 255) - 23;
        long k = m + ((payload - m) % (usable - 4));
        return (int) (k <= x ? k : m);
    }

    /** Bytes a cell whose payload starts at {@code at} occupies from there (the overflow pointer included). */
    static int onPage(long payload, int usable) {
        int local = localSize(payload, usable);
        return local < payload ? local + 4 : local;
    }

    /**
     * The whole payload starting at {@code at}, or null when it does not fit before {@code limit} or its
     * overflow chain leaves the database, loops, or passes a page {@code usable} refuses.
     */
    static byte[] read(DatabaseImage image, byte[] page, int at, long payload, int limit, LongPredicate pageOk)
            throws IOException {
        int usable = image.header().usable();
        if (payload < 0 || payload > 1L << 30) {
            return null;
        }
        int local = localSize(payload, usable);
        boolean overflow = local < payload;
        if (at < 0 || at + local + (overflow ? 4 : 0) > limit) {
            return null;
        }
        if (!overflow) {
            return java.util.Arrays.copyOfRange(page, at, at + local);
        }
        long pages = (payload - local + usable - 5) / (usable - 4);
        if (pages > image.pageCount()) {
            return null; // more overflow pages than the database has: a length no cell had
        }
        // the chain first, the bytes after: a garbage length must not allocate before it fails
        long[] chain = new long[(int) pages];
        long next = DbHeader.u32(page, at + local);
        for (int i = 0; i < pages; i++) {
            if (next < 2 || next > image.pageCount() || !pageOk.test(next)) {
                return null;
            }
            chain[i] = next;
            next = i + 1 < pages ? DbHeader.u32(image.page(next), 0) : 0;
        }
        byte[] out = new byte[(int) payload];
        System.arraycopy(page, at, out, 0, local);
        int filled = local;
        for (long n : chain) {
            byte[] p = image.page(n);
            int len = (int) Math.min(usable - 4, payload - filled);
            System.arraycopy(p, 4, out, filled, len);
            filled += len;
        }
        return out;
    }
}
