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

    /** Files named in the problem; the rest are counted. */
    private static final int NAMED = 5;

    /** The archive kinds phonetriage opens as items, by name (the hint only; the unread listing tells by content). */
    private static final List<String> ARCHIVE_ENDINGS = List.of(".zip", ".tar", ".tar.gz", ".tgz", ".ab", ".ufdr",
            ".7z", ".rar");

    private NothingParsed() {
    }

    private static boolean isArchiveName(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return ARCHIVE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    /** The first few names, the rest counted. */
    private static String named(List<String> paths) {
        return String.join(", ", paths.subList(0, Math.min(NAMED, paths.size())))
                + (paths.size() > NAMED ? ", … " + (paths.size() - NAMED) + " more" : "");
    }

    static Problem problem(String label, List<String> paths, boolean csvMapGiven) {
        List<String> csv = paths.stream().filter(p -> p.toLowerCase(Locale.ROOT).endsWith(".csv")).toList();
        if (csv.isEmpty()) {
            List<String> archives = paths.stream().filter(NothingParsed::isArchiveName).toList();
            return new Problem(label, null, "nothing in this item could be parsed (" + paths.size() + " files looked at)"
                    + (archives.isEmpty() ? "" : "; " + archives.size() + (archives.size() == 1 ? " is an archive ("
                            : " are archives (") + named(archives) + "), which is not opened inside an item: name each"
                            + " as an evidence item of its own"),
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
        String names = named(csv);
        return new Problem(label, null, "nothing in this item could be parsed (" + paths.size() + " files looked at); "
                + csv.size() + (csv.size() == 1 ? " is CSV (" : " are CSV (") + names + "), and " + why,
                ProblemCode.NOTHING_PARSED);
    }
}
