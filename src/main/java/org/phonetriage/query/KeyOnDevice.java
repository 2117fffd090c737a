package org.phonetriage.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one device holds of one key, as {@code search} summarises it: how many occurrences in each
 * role, how many of those deleted and recovered, the time span, the names and raw forms the phone
 * gives it and the files they were read from.
 */
public final class KeyOnDevice {
    long occurrences;
    /** Role (and party role) → {occurrences, deleted, recovered}. */
    final Map<String, long[]> roles = new TreeMap<>();
    String first;
    String last;
    final Set<String> names = new TreeSet<>();
    final Set<String> raws = new TreeSet<>();
    final Set<String> sources = new TreeSet<>();

    /** As a role line names it: "sms from", "call", "contact". */
    static String role(String role, String partyRole) {
        return role + (partyRole == null ? "" : " " + partyRole);
    }

    void time(String time) {
        if (time != null) {
            first = first == null || time.compareTo(first) < 0 ? time : first;
            last = last == null || time.compareTo(last) > 0 ? time : last;
        }
    }

    void name(String name) {
        if (name != null && !name.isEmpty()) {
            names.add(name);
        }
    }

    void raw(String raw) {
        if (raw != null) {
            raws.add('"' + raw + '"');
        }
    }

    void source(String parser, String parserVersion, String file, String sha256) {
        sources.add("parser " + parser + " " + parserVersion + ", file " + file + ", sha256 " + sha256);
    }

    /** Everything it holds, for comparing two summaries. */
    @Override
    public String toString() {
        return occurrences + " " + roleCounts() + " " + first + ".." + last + " names " + names + " raws " + raws
                + " sources " + sources;
    }

    private Map<String, List<Long>> roleCounts() {
        Map<String, List<Long>> out = new TreeMap<>();
        roles.forEach((r, n) -> out.put(r, List.of(n[0], n[1], n[2])));
        return out;
    }
}
