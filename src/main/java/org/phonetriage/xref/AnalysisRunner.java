package org.phonetriage.xref;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Runs the analyses of a case as named steps. A step that fails gives its empty result and is
 * remembered with a one-line reason; the steps after it still run, so one broken measure never
 * takes the other analyses or the outputs down. {@link #execute} is where a step is run: a test
 * overrides it to make one named analysis fail.
 */
public class AnalysisRunner {

    /** One step of an analysis: its result, or an exception. */
    @FunctionalInterface
    public interface Step<T> {
        T run() throws Exception;
    }

    /** An analysis that failed, and why (one line, for a person). */
    public record Failure(String analysis, String reason, Throwable cause) {
    }

    private final List<Failure> failures = new ArrayList<>();

    /** Runs a step; when it fails, records the failure and returns {@code empty}. */
    public final <T> T run(String analysis, T empty, Step<T> step) {
        try {
            return execute(analysis, step);
        } catch (Exception | StackOverflowError e) {
            // a deep recursion in a graph library is a failure of that analysis, not of the JVM
            failures.add(new Failure(analysis, describe(e), e));
            return empty;
        }
    }

    /**
     * Runs {@code step} now and gives a step that returns its result or throws what it threw: the
     * work is done early (while another thread computes), and is reported, failed or not, where
     * the returned step is {@link #run} (errors other than a stack overflow are not delayed).
     */
    public static <T> Step<T> ranAhead(Step<T> step) {
        try {
            T result = step.run();
            return () -> result;
        } catch (Exception e) {
            return () -> {
                throw e;
            };
        } catch (StackOverflowError e) {
            return () -> {
                throw e;
            };
        }
    }

    /** Runs one step (override to substitute a step in a test). */
    protected <T> T execute(String analysis, Step<T> step) throws Exception {
        return step.run();
    }

    /**
     * A runner for steps run on another thread from now on: their failures count as if the steps
     * had run here at this point, once {@link Fork#join() joined} (the order problems are listed in).
     */
    public Fork fork() {
        return new Fork(failures.size());
    }

    /** Steps run elsewhere, reported at the place they were forked from. */
    public final class Fork {
        private final int at;
        private final AnalysisRunner runner = new AnalysisRunner() {
            @Override
            protected <T> T execute(String analysis, Step<T> step) throws Exception {
                return AnalysisRunner.this.execute(analysis, step);
            }
        };
        private boolean joined;

        private Fork(int at) {
            this.at = at;
        }

        /** The runner for the forked steps (one thread at a time). */
        public AnalysisRunner runner() {
            return runner;
        }

        /** Adds the forked steps' failures where they were forked; once, after those steps ended. */
        public void join() {
            if (!joined) {
                joined = true;
                failures.addAll(at, runner.failures);
            }
        }
    }

    /** The failures so far, in the order the steps ran. */
    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** The names of the analyses that failed, sorted. */
    public List<String> failed() {
        TreeSet<String> names = new TreeSet<>();
        failures.forEach(f -> names.add(f.analysis()));
        return List.copyOf(names);
    }

    public boolean failed(String analysis) {
        return failures.stream().anyMatch(f -> f.analysis().equals(analysis));
    }

    /** For callers that want no partial result: throws when any step failed. */
    public void requireNoFailure() {
        if (!failures.isEmpty()) {
            Failure first = failures.get(0);
            throw new IllegalStateException("analysis " + first.analysis() + " failed: " + first.reason(),
                    first.cause());
        }
    }

    /**
     * An exception as one line: its type and message, and for a bug (an unchecked exception
     * thrown by a library, or without a message) where it was thrown, which names the library
     * class at fault without a stack trace.
     */
    public static String describe(Throwable e) {
        boolean quiet = e.getMessage() == null || e.getMessage().isBlank();
        String message = quiet ? "" : ": " + e.getMessage().replaceAll("\\s+", " ").trim();
        StackTraceElement[] trace = e.getStackTrace();
        boolean bug = !(e instanceof Exception) || e instanceof RuntimeException;
        String where = "";
        if (bug && trace.length > 0 && (quiet || !trace[0].getClassName().startsWith("org.phonetriage."))) {
            String cls = trace[0].getClassName();
            where = " at " + cls.substring(cls.lastIndexOf('.') + 1) + "." + trace[0].getMethodName();
        }
        return e.getClass().getSimpleName() + message + where;
    }
}
