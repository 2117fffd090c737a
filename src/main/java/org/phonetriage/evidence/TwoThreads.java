package org.phonetriage.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

/**
 * Runs independent tasks on two threads, taken in the order given (the largest first spreads them
 * best), and returns only once every one has ended, so nothing is still reading or writing when the
 * caller goes on (or deletes the work folder after a failure). The first failure in the tasks' order
 * is thrown.
 */
public final class TwoThreads {

    private TwoThreads() {
    }

    /** Runs {@code task} for 0 to {@code n} - 1, the largest {@code size} first. */
    public static void forEachLargestFirst(int n, IntToLongFunction size, IntConsumer task) {
        List<Runnable> tasks = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> size.applyAsLong(i)).reversed())
                .map(i -> (Runnable) () -> task.accept(i)).toList();
        runAll(tasks);
    }

    public static void runAll(List<Runnable> tasks) {
        if (tasks.size() < 2) {
            tasks.forEach(Runnable::run); // no thread to start for one
            return;
        }
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "two-threads");
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
                throw new IllegalStateException("interrupted while waiting for its tasks", e);
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
