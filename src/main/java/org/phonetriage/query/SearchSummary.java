package org.phonetriage.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Search results for people, by default: per value its reading (as {@link SearchTable} shows
 * it), then per key and device one block — how many occurrences in each role, the time span,
 * the names and raw forms the phone gives it and the files they were read from. A number a
 * whole case revolves around occurs hundreds of thousands of times; the list of every occurrence
 * is {@link SearchTable} ({@code search --occurrences}) or {@code --json}.
 */
public final class SearchSummary implements Search.Listener {

    /** At most this many names and raw forms are shown per device; the count says how many more. */
    static final int SHOWN = 10;

    private final PrintWriter out;
    private final SearchTable header;
    private String key;
    private final Map<String, Device> devices = new TreeMap<>();

    public SearchSummary(PrintWriter out) {
        this.out = out;
        this.header = new SearchTable(out);
    }

    /** What one device holds of one key. */
    private static final class Device {
        long occurrences;
        final Map<String, long[]> roles = new TreeMap<>(); // role → {occurrences, deleted, recovered}
        String first;
        String last;
        final Set<String> names = new TreeSet<>();
        final Set<String> raws = new TreeSet<>();
        final Set<String> sources = new TreeSet<>();
    }

    @Override
    public void begin(ResolvedValue value) {
        header.begin(value);
        key = null;
        devices.clear();
    }

    @Override
    public void hit(OccurrenceHit h) {
        if (!h.key().equals(key)) {
            endKey();
            key = h.key();
        }
        Device d = devices.computeIfAbsent(h.device(), k -> new Device());
        d.occurrences++;
        long[] role = d.roles.computeIfAbsent(h.role() + (h.partyRole() == null ? "" : " " + h.partyRole()),
                k -> new long[3]);
        role[0]++;
        role[1] += h.deleted() ? 1 : 0;
        role[2] += h.recovered() != null ? 1 : 0;
        if (h.timeUtc() != null) {
            d.first = d.first == null || h.timeUtc().compareTo(d.first) < 0 ? h.timeUtc() : d.first;
            d.last = d.last == null || h.timeUtc().compareTo(d.last) > 0 ? h.timeUtc() : d.last;
        }
        if (h.name() != null && !h.name().isEmpty()) {
            d.names.add(h.name());
        }
        if (h.raw() != null) {
            d.raws.add('"' + h.raw() + '"');
        }
        Provenance s = h.source();
        d.sources.add("parser " + s.parser() + " " + s.parserVersion() + ", file " + s.file() + ", sha256 "
                + s.sha256());
    }

    @Override
    public void end(ResolvedValue value, long hits) {
        endKey();
        if (hits == 0) {
            String keys = String.join(", ", value.keys());
            out.printf("%n  not found in this case%s%n", keys.isEmpty() ? "" : " (looked up " + keys + ")");
        } else {
            out.printf("  every occurrence with its record: search --occurrences, or --json%n");
        }
        out.println();
    }

    private void endKey() {
        if (key == null) {
            return;
        }
        long total = 0;
        for (Map.Entry<String, Device> e : devices.entrySet()) {
            Device d = e.getValue();
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
        key = null;
        devices.clear();
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
