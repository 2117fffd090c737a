package org.phonetriage.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs independent tasks on two threads and returns only once every one has ended, so nothing is
 * still writing in the work folder when the caller goes on (or deletes it after a failure). The
 * first task's failure is thrown, in the tasks' order.
 */
final class TwoThreads {

    private TwoThreads() {
    }

    static void runAll(List<Runnable> tasks) {
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "staging");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Callable<Object>> callables = new ArrayList<>();
            tasks.forEach(task -> callables.add(Executors.callable(task)));
            List<Future<Object>> done;
            try {
                done = threads.invokeAll(callables); // waits for all, whatever they end with
            } catch (InterruptedException e) {
                threads.shutdownNow();
                awaitQuietly(threads);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while staging databases", e);
            }
            for (Future<Object> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw (Error) e.getCause(); // a Runnable throws nothing else
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // not reached: every future is done
                }
            }
        } finally {
            threads.shutdown();
        }
    }

    private static void awaitQuietly(ExecutorService threads) {
        try {
            threads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
