package org.phonetriage.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.io.file.PathUtils;

/**
 * Prepares the next evidence item on a thread of its own while the current one is parsed: opening
 * it (unpacking an archive), planning its parse, copying and hashing its databases and scanning
 * them for deleted records, so a second core does that part. One item ahead at most, so
 * memory and the work folder hold two items, never all. A preparation that fails is dropped: the
 * item's turn does it again and meets the failure where it is reported.
 */
final class ItemPrefetch implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "item-prefetch");
        t.setDaemon(true);
        return t;
    });
    private final EvidenceIngest ingest;
    private final Path workDir;
    private int index = -1;
    private Future<PreparedItem> next;

    ItemPrefetch(EvidenceIngest ingest, Path workDir) {
        this.ingest = ingest;
        this.workDir = workDir;
    }

    /** Starts preparing the item at this index of the run (after the one prepared before is taken). */
    void start(int index, CaseIngest.Item item) {
        drop();
        Path folder = workDir.resolve("item-" + (index + 1));
        this.index = index;
        this.next = thread.submit(() -> {
            try {
                return ingest.prepare(item.path(), item.deviceLabel(), folder);
            } catch (Exception | Error e) {
                deleteQuietly(folder);
                throw e;
            }
        });
    }

    /** The item at this index, prepared; null when it was not started or its preparation failed. */
    PreparedItem take(int index) {
        if (next == null || this.index != index) {
            return null;
        }
        Future<PreparedItem> f = next;
        next = null;
        try {
            return f.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Waits for a preparation under way and discards it. */
    private void drop() {
        PreparedItem unused = take(index);
        if (unused != null) {
            try {
                unused.close();
            } catch (IOException ignored) {
                // the work folder is deleted whole when the ingest ends
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            if (Files.exists(folder)) {
                PathUtils.deleteDirectory(folder);
            }
        } catch (IOException ignored) {
            // the work folder is deleted whole when the ingest ends
        }
    }

    /** Waits for the preparation under way (it writes in the work folder) and discards it. */
    @Override
    public void close() {
        try {
            drop();
        } finally {
            thread.shutdown();
        }
    }
}
