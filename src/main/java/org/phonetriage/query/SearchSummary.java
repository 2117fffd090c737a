package org.phonetriage.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Search results for people, by default: per value its reading (as {@link SearchTable} shows
 * it), then per key and device one block — how many occurrences in each role, the time span,
 * the names and raw forms the phone gives it and the files they were read from. A number a
 * whole case revolves around occurs hundreds of thousands of times; the list of every occurrence
 * is {@link SearchTable} ({@code search --occurrences}) or {@code --json}. The summary is
 * aggregated by the case database ({@link KeySummaryQuery}), never read occurrence by occurrence.
 */
public final class SearchSummary {

    /** At most this many names and raw forms are shown per device; the count says how many more. */
    static final int SHOWN = 10;

    private final PrintWriter out;
    private final SearchTable header;

    public SearchSummary(PrintWriter out) {
        this.out = out;
        this.header = new SearchTable(out);
    }

    public void begin(ResolvedValue value) {
        header.begin(value);
    }

    /** One key the value may stand for, with each device that holds it (by label). */
    public void key(String key, Map<String, KeyOnDevice> devices) {
        long total = 0;
        for (Map.Entry<String, KeyOnDevice> e : devices.entrySet()) {
            KeyOnDevice d = e.getValue();
            total += d.occurrences;
            out.printf("%n  %s on %s: %,d occurrence(s)%s%n", key, e.getKey(), d.occurrences,
                    d.first == null ? "" : ", " + d.first + " to " + d.last);
            out.printf("    %-24s %11s %9s %9s%n", "ROLE", "OCCURRENCES", "DELETED", "RECOVERED");
            d.roles.forEach((role, n) -> out.printf("    %-24s %,11d %,9d %,9d%n", role, n[0], n[1], n[2]));
            shown("names", d.names);
            shown("raw forms", d.raws);
            d.sources.forEach(s -> out.printf("    source %s%n", s));
        }
        out.printf("  %s: %d occurrence(s) on %d device(s)%n", key, total, devices.size());
    }

    public void end(ResolvedValue value, long hits) {
        if (hits == 0) {
            String keys = String.join(", ", value.keys());
            out.printf("%n  not found in this case%s%n", keys.isEmpty() ? "" : " (looked up " + keys + ")");
        } else {
            out.printf("  every occurrence with its record: search --occurrences, or --json%n");
        }
        out.println();
    }

    private void shown(String what, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        List<String> first = new ArrayList<>(values).subList(0, Math.min(SHOWN, values.size()));
        out.printf("    %s: %s%s%n", what, String.join(", ", first),
                values.size() > SHOWN ? " and " + (values.size() - SHOWN) + " more" : "");
    }
}
