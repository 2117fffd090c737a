package org.phonetriage.xref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phonetriage.query.KeySummaryQuery;

/**
 * What search's stored summary ({@link KeySummaryQuery}) holds, aggregated as the cross-reference's
 * one pass over the occurrences reads them ({@link OccurrencePass}): per identifier, device, role,
 * party role, name, reading and parser run, the occurrences, how many the source marks deleted,
 * how many were recovered from deleted bytes, and the first and last record time — what SQLite's
 * {@code GROUP BY} gave over a sorted copy of every occurrence, here one hash entry per group.
 */
public final class KeySummaryAggregates {

    /** One group's key; the strings are compared by value, as GROUP BY compares them (BINARY). */
    private record Group(long identifierId, long deviceId, String role, String partyRole, String name,
                         long readingId, Long runId) {
    }

    private static final class Counts {
        long occurrences;
        long deleted;
        long recovered;
        String first;
        String last;
    }

    private final Map<Group, Counts> groups = new HashMap<>();

    /** Adds one occurrence; {@code time} is its record's (null when it has none). */
    void add(long identifierId, long deviceId, String role, String partyRole, String name, long readingId,
             Long runId, boolean deleted, boolean recovered, String time) {
        Counts c = groups.computeIfAbsent(new Group(identifierId, deviceId, role, partyRole, name, readingId, runId),
                k -> new Counts());
        c.occurrences++;
        c.deleted += deleted ? 1 : 0;
        c.recovered += recovered ? 1 : 0;
        c.first = BinaryText.min(c.first, time);
        c.last = BinaryText.max(c.last, time);
    }

    /**
     * The groups by identifier (the stored table's index then grows at its end, not at random
     * pages), otherwise in no particular order.
     */
    public List<KeySummaryQuery.Summary> summaries() {
        List<KeySummaryQuery.Summary> out = new ArrayList<>(groups.size());
        groups.forEach((g, c) -> out.add(new KeySummaryQuery.Summary(g.identifierId(), g.deviceId(), g.role(),
                g.partyRole(), g.name(), g.readingId(), g.runId(), c.occurrences, c.deleted, c.recovered, c.first,
                c.last)));
        out.sort(Comparator.comparingLong(KeySummaryQuery.Summary::identifierId));
        return out;
    }
}
