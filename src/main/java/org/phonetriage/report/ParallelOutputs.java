package org.phonetriage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.phonetriage.ingest.StopRequest;
import org.phonetriage.model.Problem;

/**
 * Writes independent outputs at the same time on at most as many threads as there are
 * processors, and hands back each one's outcome for the caller to report in its own fixed order.
 * The outputs that stream from the case database (case, occurrences, timeline) go one after
 * another on one lane: they share one SQLite connection, whose calls are serialized anyway, and a
 * full disk met by one of them leaves the ones after it unwritten, as when everything ran in line.
 */
final class ParallelOutputs {

    /** The outputs read from the case database as they are written, in their lane's order. */
    static final Set<String> DATABASE_OUTPUTS = Set.of("case", "occurrences", "timeline");

    /**
     * What writing one output gave: {@code written} or not, with its problem when it failed;
     * neither when it was left out after a full disk; {@code stopped} when a stop came first.
     */
    record Outcome(boolean written, double seconds, Problem problem, NoSpaceLeftException noSpace, List<AtomicOutput.Written> files,
                   StopRequest.Stopped stopped) {
    }

    private final List<String> order;
    private final Map<String, CompletableFuture<Outcome>> outcomes = new LinkedHashMap<>();

    /** The outputs to write, in the order they are reported in. */
    ParallelOutputs(List<String> order) {
        this.order = List.copyOf(order);
        order.forEach(f -> outcomes.put(f, new CompletableFuture<>()));
    }

    /** Starts writing every output; each task comes from {@code outputs} by its format's name. */
    void start(Function<String, CaseOutputs.Output> outputs) {
        List<List<String>> lanes = new ArrayList<>();
        List<String> database = new ArrayList<>();
        for (String format : order) {
            if (DATABASE_OUTPUTS.contains(format)) {
                if (database.isEmpty()) {
                    lanes.add(database); // where the first of them comes in the order
                }
                database.add(format);
            } else {
                lanes.add(List.of(format));
            }
        }
        if (lanes.isEmpty()) {
            return;
        }
        int threads = Math.min(lanes.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "phonetriage-output");
            t.setDaemon(true); // never keeps a stopping JVM alive
            return t;
        });
        for (List<String> lane : lanes) {
            pool.execute(() -> runLane(lane, outputs));
        }
        pool.shutdown(); // the threads end once the queue is done
    }

    private void runLane(List<String> lane, Function<String, CaseOutputs.Output> outputs) {
        boolean full = false;
        for (String format : lane) {
            CompletableFuture<Outcome> outcome = outcomes.get(format);
            try {
                if (full) {
                    outcome.complete(new Outcome(false, 0, null, null, List.of(), null));
                    continue;
                }
                Outcome o = write(format, outputs.apply(format));
                full = o.noSpace() != null;
                outcome.complete(o);
            } catch (Throwable e) { // an Error (out of memory): the caller rethrows it when it reaches this output
                outcome.completeExceptionally(e);
                for (String rest : lane) {
                    outcomes.get(rest).completeExceptionally(e);
                }
                return;
            }
        }
    }

    private static Outcome write(String format, CaseOutputs.Output output) {
        try {
            StopRequest.check();
        } catch (StopRequest.Stopped e) {
            return new Outcome(false, 0, null, null, List.of(), e);
        }
        long started = System.nanoTime();
        try (AtomicOutput.Journal journal = AtomicOutput.journal()) {
            CaseOutputs.Failure failure;
            try {
                failure = CaseOutputs.failureOf(format, output);
            } catch (StopRequest.Stopped e) {
                return new Outcome(false, (System.nanoTime() - started) / 1e9, null, null, List.of(), e);
            }
            return new Outcome(failure == null, (System.nanoTime() - started) / 1e9, failure == null ? null : failure.problem(),
                    failure == null ? null : failure.noSpace(), journal.written(), null);
        }
    }

    /** How writing {@code format} ended, once it has; an Error met while writing it is thrown. */
    Outcome outcome(String format) {
        try {
            return outcomes.get(format).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /**
     * {@code earlier} and the problems of the outputs before {@code format} in the order, once
     * they are written: what a file listing problems showed when the outputs ran in line.
     */
    List<Problem> problemsBefore(String format, List<Problem> earlier) {
        List<Problem> all = new ArrayList<>(earlier);
        for (String f : order) {
            if (f.equals(format)) {
                break;
            }
            Outcome o = outcome(f);
            if (o.problem() != null) {
                all.add(o.problem());
            }
        }
        return all;
    }
}
