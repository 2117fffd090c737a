package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.phonetriage.xref.rules.OccurrenceSql;

/**
 * One pass over the occurrences of a case in their table order, each joined to its record, with
 * what the cross-reference needs of them aggregated here in Java: per (identifier, device) for the
 * identifier listing, the device counts, common contacts and the graph's node facts; per (owner's
 * device, device, owner identifier, role) for the device links; and every row handed to the graph
 * ({@link Rows}) for its communications and contact edges.
 *
 * <p>Why one pass in table order: SQLite has no hash aggregation, so each GROUP BY or ORDER BY
 * over the occurrences sorts them (about 1.3 µs a row for three integers; a sorted copy of the
 * occurrences with their records' time and direction, which every reader shared, cost 5–6 µs a
 * row), while the table read in its own order, its records read alongside in theirs, costs well
 * under 1 µs a row. Memory holds one entry per (identifier, device), not per occurrence.
 *
 * <p>The predicates are {@link OccurrenceSql}'s, evaluated by SQLite (per reading once, per
 * distinct role or party in the scan), so each reader keeps the rules it had when it was SQL;
 * text is compared as SQLite compares it ({@link BinaryText}). The rows are read on a thread of
 * their own ({@link OccurrenceScan}).
 */
final class OccurrencePass {

    /** What the cross-reference asks of one reading, decided by {@link OccurrenceSql}'s rules. */
    record Reading(String raw, String confidence, String rule, boolean strong, boolean linking, boolean counted,
                   boolean chosen, boolean service, String confidenceRule) {

        Reading(String raw, String confidence, String rule, boolean strong, boolean linking, boolean counted,
                boolean chosen, boolean service) {
            // the listing's "grade|rule" of the best reading: the grade sorts first
            this(raw, confidence, rule, strong, linking, counted, chosen, service, confidence + "|" + rule);
        }
    }

    /** An identifier of the case; {@code index} numbers the case's identifiers from 0 (the pass's own). */
    record Identifier(long id, String key, String type, int index) {
    }

    /** The earliest and latest times seen, with their {@link TimeKey}s: SQL's min() and max(), NULL skipped. */
    static class Span {
        String first;
        String last;
        long firstKey = TimeKey.NONE;
        long lastKey = TimeKey.NONE;

        final void see(String time, long key) {
            if (time == null) {
                return;
            }
            if (TimeKey.before(time, key, first, firstKey)) {
                first = time;
                firstKey = key;
            }
            if (TimeKey.after(time, key, last, lastKey)) {
                last = time;
                lastKey = key;
            }
        }
    }

    /** What one device's occurrences say of one identifier (the aggregates the listing's SQL made). */
    static final class OnDevice extends Span {
        final long identifierId;
        final long deviceId;
        long occurrences;
        final SortedStrings roles = new SortedStrings();
        /** The best grade, and the grade and rule of the best reading ({@code confidence|rule}). */
        String confidence;
        String confidenceRule;
        boolean strong;
        boolean service;
        /** Any occurrence of a level the cross-reference counts (strong, candidate, service). */
        boolean counted;
        /** Any linking, chosen reading in another role than owner (common contacts). */
        boolean held;
        long recovered;
        /** The non-null names its occurrences give it, and the non-empty raw values. */
        final SortedStrings names = new SortedStrings();
        final SortedStrings raws = new SortedStrings();
        private Reading lastReading;
        /** The identifier's entry of another device (the pass chains an identifier's devices). */
        private OnDevice next;
        /**
         * The graph's edges of this (identifier, device), to the owner and from it: its logs are
         * counted into them as they come, found here instead of in a map per row.
         */
        CommunicationGraph.Edge inboundEdge;
        CommunicationGraph.Edge outboundEdge;

        OnDevice(long identifierId, long deviceId) {
            this.identifierId = identifierId;
            this.deviceId = deviceId;
        }

        /** Names the listing shows: not empty. */
        List<String> listedNames() {
            return names.sorted().stream().filter(n -> !n.isEmpty()).toList();
        }
    }

    /** One (owner's device, other device, owner identifier, role) group of the device links. */
    record LinkGroup(long ownerDevice, long device, long identifierId, String role) {
    }

    /** Count, strength and times of one {@link LinkGroup}. */
    static final class LinkFacts extends Span {
        long count;
        boolean strong;
    }

    /** One occurrence with its record, as the scan gives it; reused from row to row. */
    static final class Row {
        long id;
        Identifier identifier;
        /** What the pass holds of the row's (identifier, device), this row counted in. */
        OnDevice onDevice;
        long deviceId;
        Reading reading;
        String role;
        String name;
        /** The record's table: calls, messages, contacts, sims ... */
        String recordTable;
        String time;
        /** The time's {@link TimeKey}. */
        long timeKey;
        long durationSeconds;
        boolean earlierVersion;
        /** OccurrenceSql's inbound, ownersParty and groupSend of the row. */
        boolean inbound;
        boolean ownersParty;
        boolean groupSend;
        /** A contact-book role ({@code …contact}, {@code sim-adn}); a group list's member role. */
        boolean contactRole;
        boolean groupMemberRole;
        /** The group a member list belongs to (OccurrenceSql.groupOfList of its contact's account). */
        String groupOfList;
    }

    /** Receives each row of the pass. */
    interface Rows {
        void row(Row row);
    }

    private final Map<Long, Identifier> identifiers = new HashMap<>();
    private IdTable<Identifier> identifierById;
    private final Map<String, Identifier> byKey = new HashMap<>();
    /**
     * Each identifier's (identifier, device) entries by {@link Identifier#index}, chained, the
     * latest device first: the table holds a device's occurrences together, so the entry a row
     * wants is nearly always the first (no hashing, no boxed key per row).
     */
    private OnDevice[] onDeviceChains;
    private final List<OnDevice> pairs = new ArrayList<>();
    private final Map<Long, List<OnDevice>> byIdentifier = new HashMap<>();
    private final Map<Long, long[]> ownerDevices = new HashMap<>();
    /** The same by {@link Identifier#index}, for the pass: no boxed id per row (112 MB at 5 M rows). */
    private long[][] ownerDevicesByIndex;
    private final Map<LinkGroup, LinkFacts> links = new HashMap<>();

    private OccurrencePass() {
    }

    /** Reads the case's occurrences once, handing each row to {@code rows}. */
    static OccurrencePass read(Connection db, Rows rows) throws SQLException {
        return read(db, rows, null);
    }

    /** The same, each row also added to search's summaries {@code keySummaries} (when not null). */
    static OccurrencePass read(Connection db, Rows rows, KeySummaryAggregates keySummaries) throws SQLException {
        OccurrencePass pass = new OccurrencePass();
        pass.loadIdentifiers(db);
        pass.identifierById = IdTable.of(pass.identifiers);
        pass.onDeviceChains = new OnDevice[pass.identifiers.size()];
        pass.loadOwners(db);
        pass.scan(db, pass.loadReadings(db), rows, keySummaries);
        // in the order a map by (identifier, device) key gave them, so every list is as it was
        Map<Long, OnDevice> byKey = new HashMap<>(pass.pairs.size() * 4 / 3 + 1);
        for (OnDevice d : pass.pairs) {
            byKey.put(key(d.identifierId, d.deviceId, 0), d);
        }
        pass.pairs.clear();
        pass.pairs.addAll(byKey.values());
        for (OnDevice d : pass.pairs) {
            pass.byIdentifier.computeIfAbsent(d.identifierId, k -> new ArrayList<>()).add(d);
        }
        pass.onDeviceChains = null;
        return pass;
    }

    private void loadIdentifiers(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id, key, type FROM identifiers")) {
            while (rs.next()) {
                Identifier i = new Identifier(rs.getLong(1), rs.getString(2), rs.getString(3), identifiers.size());
                identifiers.put(i.id(), i);
                byKey.put(i.key(), i);
            }
        }
    }

    private void loadOwners(Connection db) throws SQLException {
        Map<Long, TreeSet<Long>> owners = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT device_id, identifier_id FROM owner_identifiers")) {
            while (rs.next()) {
                owners.computeIfAbsent(rs.getLong(2), k -> new TreeSet<>()).add(rs.getLong(1));
            }
        }
        owners.forEach((id, devices) -> ownerDevices.put(id, devices.stream().mapToLong(Long::longValue).toArray()));
        ownerDevicesByIndex = new long[identifiers.size()][];
        ownerDevices.forEach((id, devices) -> {
            Identifier i = identifiers.get(id);
            if (i != null) {
                ownerDevicesByIndex[i.index()] = devices;
            }
        });
    }

    private static Map<Long, Reading> loadReadings(Connection db) throws SQLException {
        Map<Long, Reading> readings = new HashMap<>();
        String sql = "SELECT r.id, r.raw, r.confidence, r.rule, " + OccurrenceSql.strong("r") + ", "
                + OccurrenceSql.linking("r") + ", " + OccurrenceSql.counted("r") + ", " + OccurrenceSql.chosen("r")
                + ", r.level = 'service' FROM readings r";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                readings.put(rs.getLong(1), new Reading(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9)));
            }
        }
        return readings;
    }

    /**
     * Aggregates the occurrences as {@link OccurrenceScan} reads them on its thread, batch after
     * batch in table order (so every aggregate is what one thread reading row by row made).
     */
    private void scan(Connection db, Map<Long, Reading> readings, Rows rows, KeySummaryAggregates keySummaries)
            throws SQLException {
        IdTable<Reading> readingById = IdTable.of(readings);
        Row row = new Row();
        try (OccurrenceScan scan = OccurrenceScan.start(db, keySummaries != null)) {
            for (OccurrenceScan.Batch b = scan.next(); b != null; b = scan.next()) {
                for (int i = 0; i < b.size; i++) {
                    long identifierId = b.identifierId[i];
                    long readingId = b.readingId[i];
                    Identifier identifier = identifierById.get(identifierId);
                    Reading reading = readingById.get(readingId);
                    OccurrenceScan.Flags.Role role = b.role[i];
                    OccurrenceScan.Flags.Party party = b.party[i];
                    int bits = b.bits[i];
                    boolean recovered = (bits & 2) != 0;
                    if (keySummaries != null) { // every row, as the stored summaries' GROUP BY counted them
                        keySummaries.add(identifierId, b.deviceId[i], role.role(), party.partyRole(), b.name[i],
                                readingId, b.runId[i], b.deleted[i], recovered, b.time[i]);
                    }
                    if (identifier == null || reading == null) {
                        continue; // as the joins of the SQL this replaces left such a row out
                    }
                    row.id = b.id[i];
                    row.identifier = identifier;
                    row.deviceId = b.deviceId[i];
                    row.reading = reading;
                    row.role = role.role();
                    row.contactRole = role.contact();
                    row.groupMemberRole = role.groupMember();
                    row.name = b.name[i];
                    row.time = b.time[i];
                    row.timeKey = b.timeKey[i];
                    row.earlierVersion = (bits & 1) != 0;
                    row.recordTable = party.recordTable();
                    row.inbound = party.inbound();
                    row.ownersParty = party.ownersParty();
                    row.groupSend = party.groupSend();
                    row.durationSeconds = b.duration[i];
                    row.groupOfList = b.groupOfList[i];
                    add(row, recovered);
                    rows.row(row);
                }
                scan.recycle(b);
            }
        }
    }

    private void add(Row row, boolean recovered) {
        long identifierId = row.identifier.id();
        OnDevice d = onDevice(row.identifier, row.deviceId);
        row.onDevice = d;
        Reading r = row.reading;
        d.occurrences++;
        d.roles.add(row.role);
        String time = row.time;
        long timeKey = row.timeKey;
        d.see(time, timeKey);
        d.confidence = BinaryText.min(d.confidence, r.confidence());
        d.confidenceRule = BinaryText.min(d.confidenceRule, r.confidenceRule());
        d.strong |= r.strong();
        d.service |= r.service();
        d.counted |= r.counted();
        d.held |= r.linking() && r.chosen() && !"owner".equals(row.role);
        d.recovered += recovered ? 1 : 0;
        if (row.name != null) {
            d.names.add(row.name);
        }
        if (r != d.lastReading && r.raw() != null && !r.raw().isEmpty()) { // most rows repeat the last reading
            d.raws.add(r.raw());
        }
        d.lastReading = r;
        long[] owners = ownerDevicesByIndex[row.identifier.index()];
        if (owners != null && r.linking() && !row.earlierVersion) {
            for (long owner : owners) {
                if (owner != row.deviceId) {
                    LinkFacts f = links.computeIfAbsent(new LinkGroup(owner, row.deviceId, identifierId, row.role),
                            k -> new LinkFacts());
                    f.count++;
                    f.strong |= r.strong();
                    f.see(time, timeKey);
                }
            }
        }
    }

    /** The entry of (identifier, device), made when it is the first occurrence of the pair. */
    private OnDevice onDevice(Identifier identifier, long deviceId) {
        OnDevice first = onDeviceChains[identifier.index()];
        for (OnDevice d = first; d != null; d = d.next) {
            if (d.deviceId == deviceId) {
                return d;
            }
        }
        key(identifier.id(), deviceId, 0); // the same range check as before
        OnDevice d = new OnDevice(identifier.id(), deviceId);
        d.next = first;
        onDeviceChains[identifier.index()] = d;
        pairs.add(d);
        return d;
    }

    /**
     * A map key for (identifier, device, a bit): unique while device ids stay below 2^20 (a case's
     * devices are numbered from 1), and multiplied by an odd constant (a bijection) so that
     * {@link Long#hashCode} spreads it; an unmixed key filled HashMap's bins.
     */
    static long key(long identifierId, long deviceId, int bit) {
        if (deviceId < 0 || deviceId >= 1 << 20) {
            throw new IllegalArgumentException("device id out of range: " + deviceId);
        }
        return ((identifierId << 21) | deviceId << 1 | bit) * 0x9E3779B97F4A7C15L;
    }

    /** Every (identifier, device) with occurrences. */
    Collection<OnDevice> pairs() {
        return pairs;
    }

    /** The devices holding one identifier, in no particular order; empty if none. */
    List<OnDevice> onDevices(long identifierId) {
        return byIdentifier.getOrDefault(identifierId, List.of());
    }

    /** Identifiers with occurrences, by id. */
    Set<Long> identifierIds() {
        return byIdentifier.keySet();
    }

    Identifier identifier(long id) {
        return identifiers.get(id);
    }

    /** The identifier of a key, or null. */
    Identifier identifier(String key) {
        return byKey.get(key);
    }

    /** Every identifier of the case, with or without occurrences. */
    Collection<Identifier> identifiers() {
        return identifiers.values();
    }

    /** Whether some device owns the identifier (owner_identifiers). */
    boolean owned(long identifierId) {
        return ownerDevices.containsKey(identifierId);
    }

    /** The owner identifiers' occurrences on other devices, grouped for the device links. */
    Map<LinkGroup, LinkFacts> linkGroups() {
        return links;
    }

    /** Rows of a table by id, in an array when the ids are dense (as the case writer numbers them). */
    private static final class IdTable<T> {
        private final Object[] array;
        private final Map<Long, T> map;

        private IdTable(Object[] array, Map<Long, T> map) {
            this.array = array;
            this.map = map;
        }

        static <T> IdTable<T> of(Map<Long, T> rows) {
            long max = rows.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            long min = rows.keySet().stream().mapToLong(Long::longValue).min().orElse(0);
            if (min < 0 || max > 4L * rows.size() + 1_000_000) {
                return new IdTable<>(null, rows);
            }
            Object[] array = new Object[(int) max + 1];
            rows.forEach((id, row) -> array[id.intValue()] = row);
            return new IdTable<>(array, null);
        }

        @SuppressWarnings("unchecked")
        T get(long id) {
            if (array == null) {
                return map.get(id);
            }
            return id >= 0 && id < array.length ? (T) array[(int) id] : null;
        }
    }
}
