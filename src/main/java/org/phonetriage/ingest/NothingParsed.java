package org.phonetriage.ingest;

import java.util.List;
import java.util.Locale;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;

/**
 * The problem of an item in which nothing could be parsed, saying why where it can: CSV exports
 * carry no meaning of their own and are read only through the examiner's column map (--map).
 */
final class NothingParsed {

    /** CSV files named in the problem; the rest are counted. */
    private static final int NAMED = 5;

    private NothingParsed() {
    }

    static Problem problem(String label, List<String> paths, boolean csvMapGiven) {
        List<String> csv = paths.stream().filter(p -> p.toLowerCase(Locale.ROOT).endsWith(".csv")).toList();
        if (csv.isEmpty()) {
            return new Problem(label, null, "nothing in this item could be parsed (" + paths.size() + " files looked at)",
                    ProblemCode.NOTHING_PARSED);
        }
        String why = csvMapGiven
                ? "no entry of the --map file names " + (csv.size() == 1 ? "it" : "them")
                        + " (an entry's files glob is matched against the file name)"
                : "CSV exports are read only through a column map: give --map FILE (README, \"CSV exports\")";
        if (paths.size() == 1) {
            return new Problem(label, csv.get(0), "nothing in this item could be parsed: it is CSV, and " + why,
                    ProblemCode.NOTHING_PARSED);
        }
        String names = String.join(", ", csv.subList(0, Math.min(NAMED, csv.size())))
                + (csv.size() > NAMED ? ", … " + (csv.size() - NAMED) + " more" : "");
        return new Problem(label, null, "nothing in this item could be parsed (" + paths.size() + " files looked at); "
                + csv.size() + (csv.size() == 1 ? " is CSV (" : " are CSV (") + names + "), and " + why,
                ProblemCode.NOTHING_PARSED);
    }
}
