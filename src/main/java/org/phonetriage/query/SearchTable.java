package org.phonetriage.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.phonetriage.normalize.NormalizedId;
import org.phonetriage.normalize.NormalizedId.Alternative;

/**
 * Search results for people: per value its reading, then per key and device one line per
 * occurrence with the source of its record on the line below.
 */
public final class SearchTable implements Search.Listener {

    private static final String LINE = "    %-17s %-18s %-24s %-20s %-24s %s%n";
    private static final String SOURCE = "    %17s %s%n";

    private final PrintWriter out;
    private String key;
    private String device;
    private long keyHits;
    private final Set<String> keyDevices = new LinkedHashSet<>();

    public SearchTable(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(ResolvedValue value) {
        NormalizedId r = value.reading();
        out.printf("SEARCH %s%n", quoted(value.input()));
        if (r.key() == null) {
            out.printf("  not an identifier: %s%n", Objects.toString(r.reason(), r.type()));
        } else {
            out.printf("  read as %s (%s)%n", r.key(), reading(r));
        }
        for (Alternative a : r.alternatives()) {
            out.printf("  could also be %s (%s)%n", a.key(), a.rule());
        }
        key = null;
    }

    @Override
    public void hit(OccurrenceHit h) {
        if (!h.key().equals(key)) {
            endKey();
            key = h.key();
            device = null;
        }
        if (!h.device().equals(device)) {
            device = h.device();
            out.printf("%n  %s on %s%n", key, device);
            out.printf(LINE, "ROLE", "DIRECTION", "TIME (UTC)", "NAME", "RAW", "READING");
        }
        keyHits++;
        keyDevices.add(h.device());
        out.printf(LINE, role(h), dash(h.direction()), dash(h.timeUtc()), dash(name(h)), quoted(h.raw()),
                occurrenceReading(h));
        Provenance s = h.source();
        out.printf(SOURCE, "", "source " + s.record() + " (" + s.srcTable() + " row " + s.srcRow() + "), parser "
                + s.parser() + " " + s.parserVersion() + ", file " + s.file() + ", sha256 " + s.sha256()
                + (h.recovered() == null ? "" : ", recovered from " + h.recovered()));
    }

    @Override
    public void end(ResolvedValue value, long hits) {
        endKey();
        if (hits == 0) {
            String keys = String.join(", ", value.keys());
            out.printf("%n  not found in this case%s%n", keys.isEmpty() ? "" : " (looked up " + keys + ")");
        }
        out.println();
    }

    private void endKey() {
        if (key != null) {
            out.printf("  %s: %d occurrence(s) on %d device(s)%n", key, keyHits, keyDevices.size());
        }
        key = null;
        keyHits = 0;
        keyDevices.clear();
    }

    /** The saved name; for a caller-ID app's lookup, which has none, its label ("caller ID: …"). */
    private static String name(OccurrenceHit h) {
        return h.name() == null && h.role().endsWith("caller-id") ? h.label() : h.name();
    }

    private static String role(OccurrenceHit h) {
        String role = h.role() + (h.partyRole() == null ? "" : " " + h.partyRole());
        if (h.recovered() != null) {
            return role + " (recovered)";
        }
        return h.deleted() ? role + " (deleted)" : role;
    }

    private static String occurrenceReading(OccurrenceHit h) {
        List<String> parts = new ArrayList<>();
        parts.add(h.confidence() + " " + h.rule() + " " + h.level()
                + (h.region() == null ? "" : " " + h.region()));
        if (h.alternativeOnly()) {
            parts.add("only a reading not chosen" + (h.chosenKey() == null ? "" : ": read as " + h.chosenKey()));
        }
        for (Alternative a : h.alternatives()) {
            parts.add("could also be " + a.key() + " (" + a.rule() + ")");
        }
        return String.join("; ", parts);
    }

    private static String reading(NormalizedId r) {
        List<String> parts = new ArrayList<>(List.of(r.type()));
        parts.add("confidence " + r.confidence());
        parts.add("rule " + r.rule());
        if (r.region() != null) {
            parts.add("region " + r.region());
        }
        if (r.level() != null) {
            parts.add("level " + r.level());
        }
        return String.join(", ", parts);
    }

    private static String dash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }

    private static String quoted(String value) {
        return value == null ? "-" : '"' + value + '"';
    }
}
