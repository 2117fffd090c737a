package org.phonetriage.sweep;

/**
 * Whether a column (or a document's key) holds identifiers, from its name and the values of a
 * sample: the share that read as identifiers, and whether they are times (epoch seconds or
 * milliseconds: 10- and 13-digit integers a column of numbers would not be full of).
 */
final class ColumnVerdict {

    /** Values read before deciding whether to read the whole column. */
    static final int SAMPLE = 64;
    /** The share of a column's values that must read as identifiers; half that for a telling name. */
    static final double SHARE = 0.5;

    /** The column's or key's name: some app ids are told only under a name that says whose they are. */
    private final String column;
    private int values;
    private int identifiers;
    private int epochs;

    ColumnVerdict(String column) {
        this.column = column;
    }

    void add(String value) {
        values++;
        if (ValueShapes.kindOf(value, column) != null) {
            identifiers++;
        }
        if (isEpoch(value)) {
            epochs++;
        }
    }

    int values() {
        return values;
    }

    double share() {
        return values == 0 ? 0 : (double) identifiers / values;
    }

    /** True when the values are worth reading: enough identifiers, and not a column of times. */
    boolean holdsIdentifiers(String name) {
        if (identifiers == 0 || epochs * 2 > values) {
            return false;
        }
        double needed = ColumnNames.nameScore(name) >= 1 ? SHARE / 2 : SHARE;
        return share() >= needed;
    }

    /** 0-1: the name's score and the share of values that read, weighted towards the values. */
    double confidence(String name) {
        return Math.round((0.4 * ColumnNames.nameScore(name) + 0.6 * share()) * 100) / 100.0;
    }

    /** Seconds or milliseconds since 1970 between 2001 and 2035. */
    static boolean isEpoch(String value) {
        String v = value.strip();
        if (!v.matches("\\d{10}|\\d{13}")) {
            return false;
        }
        long n = Long.parseLong(v);
        long seconds = v.length() == 13 ? n / 1000 : n;
        return seconds >= 978_307_200L && seconds <= 2_051_222_400L;
    }
}
