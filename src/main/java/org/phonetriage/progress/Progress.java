package org.phonetriage.progress;

import org.phonetriage.model.Problem;

/**
 * What long work reports while it runs. The command line chooses how it is shown: a live line on
 * a terminal, plain lines in a log, JSON lines for a lab's pipeline, or nothing but problems.
 */
public interface Progress {

    /**
     * An evidence item is about to be read (index counts from 1) as {@code device}; {@code kept}
     * when a resumed triage keeps its complete device instead of reading it again.
     */
    void itemStarted(int index, int total, String item, String device, boolean kept);

    /** Records read so far by a parser run still going (called every so many records). */
    void recordsSoFar(String device, String parser, long records);

    /** A parser run finished. */
    void parserFinished(String device, String parser, String file, long records, double seconds);

    /** Something in the evidence could not be read as expected: always shown, one line. */
    void problem(Problem problem);

    /** An evidence item is done. */
    void itemFinished(String device, long records, int files, int problems, double seconds);

    /** A later stage (cross-reference, report) starts or ends (seconds < 0 when it starts). */
    void stage(String name, double seconds);

    /** A stage ended having gone through {@code rows} rows (records, occurrences, lines written; < 0: not counted). */
    default void stage(String name, double seconds, long rows) {
        stage(name, seconds);
    }

    /** The same, with the CPU time the whole process used meanwhile ({@link ProcessCpu}; < 0: not known). */
    default void stage(String name, double seconds, long rows, double cpuSeconds) {
        stage(name, seconds, rows);
    }
}
