package org.phonetriage.store;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The one thread that talks to the case database. Parsing and normalising go on in the caller's
 * thread while SQLite inserts the previous batch here, so the two cores both work. Tasks run in
 * the order given; at most a few batches wait, so memory stays bounded.
 */
final class WriterThread implements AutoCloseable {

    interface SqlTask {
        void run() throws SQLException;
    }

    interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static final int MAX_WAITING = 4;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "case-writer");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore waiting = new Semaphore(MAX_WAITING);
    private volatile SQLException failure;

    /** Queues a task; blocks while too many are waiting. A failure surfaces on the next call. */
    void async(SqlTask task) throws SQLException {
        rethrow();
        waiting.acquireUninterruptibly();
        thread.execute(() -> {
            try {
                if (failure == null) {
                    task.run();
                }
            } catch (SQLException e) {
                failure = e;
            } catch (RuntimeException | Error e) {
                // an Error here (out of memory) must stop the ingest like any write failure, not vanish with a batch
                failure = new SQLException(e.toString(), e);
            } finally {
                waiting.release();
            }
        });
    }

    /** Runs a call after everything queued before it, and returns its result. */
    <T> T sync(SqlCall<T> call) throws SQLException {
        rethrow();
        Future<T> result = thread.submit(call::call);
        try {
            T value = result.get();
            rethrow();
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while writing the case", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof SQLException s ? s : new SQLException(cause.getMessage(), cause);
        }
    }

    private void rethrow() throws SQLException {
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
