package org.phonetriage.xref.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.xref.XrefReport.OtherCase;
import org.phonetriage.xref.XrefReport.OtherCaseDevice;
import org.phonetriage.xref.XrefReport.OtherCaseHit;

/**
 * Folds the occurrences of a case's identifiers in other cases into {@code other_cases}: per
 * identifier, case and device, the best level, the roles, the count and the first and last time.
 * Rows come grouped by (key, case, device, level, role) in any order; the result is sorted.
 */
public final class OtherCaseFold {

    /** Levels from the best: a device's level for an identifier is the best of its occurrences. */
    private static final List<String> LEVELS = List.of("strong", "candidate", "service");

    private final Map<String, Map<String, Map<String, Device>>> found = new TreeMap<>();

    public void add(String key, String otherCase, String device, String level, String role, long occurrences,
                    String firstSeen, String lastSeen) {
        found.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(otherCase, k -> new TreeMap<>())
                .computeIfAbsent(device, k -> new Device()).add(level, role, occurrences, firstSeen, lastSeen);
    }

    /** The hits, sorted by key, then case name, then device label. */
    public List<OtherCaseHit> hits() {
        List<OtherCaseHit> out = new ArrayList<>();
        found.forEach((key, cases) -> {
            List<OtherCase> list = new ArrayList<>();
            cases.forEach((name, devices) -> {
                List<OtherCaseDevice> ds = new ArrayList<>();
                devices.forEach((label, d) -> ds.add(d.toReport(label)));
                list.add(new OtherCase(name, ds));
            });
            out.add(new OtherCaseHit(key, list));
        });
        return out;
    }

    /** What one device of another case holds of an identifier. */
    private static final class Device {
        String level;
        final TreeSet<String> roles = new TreeSet<>();
        long occurrences;
        String first;
        String last;

        void add(String level, String role, long n, String from, String to) {
            if (this.level == null || rank(level) < rank(this.level)) {
                this.level = level;
            }
            roles.add(role);
            occurrences += n;
            if (from != null && (first == null || from.compareTo(first) < 0)) {
                first = from;
            }
            if (to != null && (last == null || to.compareTo(last) > 0)) {
                last = to;
            }
        }

        private static int rank(String level) {
            int i = LEVELS.indexOf(level);
            return i < 0 ? LEVELS.size() : i;
        }

        OtherCaseDevice toReport(String label) {
            return new OtherCaseDevice(label, level, List.copyOf(roles), occurrences, first, last);
        }
    }
}
