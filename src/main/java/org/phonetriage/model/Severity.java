package org.phonetriage.model;

import java.util.Locale;

/**
 * How much of the evidence (or of the outputs) a problem cost, worst first. A script decides on
 * it without reading reasons: the run-finished event gives the worst one and the count of each.
 */
public enum Severity {
    /** An evidence item could not be read at all (nothing of it is in the case), or an output was not written. */
    ERROR,
    /** Part of an item was not read (a file, a database, some records), or an analysis failed. */
    WARNING,
    /** Everything was read; something the examiner should know (a value read on an assumption). */
    INFO;

    /** The name in events, case.db and problems.csv: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The worse of two (null counts as none). */
    public static Severity worse(Severity a, Severity b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
