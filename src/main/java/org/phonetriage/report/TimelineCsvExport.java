package org.phonetriage.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.phonetriage.query.TimelineCsv;
import org.phonetriage.query.TimelineParty;
import org.phonetriage.query.TimelineQuery;
import org.phonetriage.query.TimelineStats;
import org.phonetriage.report.caseuco.CanonicalInstant;

/**
 * csv/timeline.csv (the {@code timeline} format), byte for byte what {@link TimelineCsv} writes from
 * {@link TimelineQuery}, for cases of millions of records: SQLite sorting the joined wide rows was
 * most of its cost. Here the calls, then the messages, are read in stored order, each merged with
 * its occurrences (which the record index gives in record order, no sort), encoded as its line and
 * put in time order by {@link SortedRows} in bounded memory; the line's last three fields, its
 * parser run's (half its bytes), are not sorted but added by run as the lines come out. Devices,
 * parser runs, owner identifiers and contact names are small tables read first; readings and
 * identifiers are looked up as they come ({@link TimelineReadings}).
 *
 * <p>The order is the timeline's: time (as {@code rtrim(time_utc, 'Z')} sorts as text), device
 * label, record table, record id; records without a time last. For times in the form phonetriage
 * stores ({@code Instant.toString}: {@link CanonicalInstant}) text order is time order, so the key
 * is the second and the minor key the nanosecond and the device's place; table and id are the
 * order rows are added in, which the stable sort keeps. A case holding any other form of time
 * (written by another tool) is written by SQLite's sort instead ({@link TimelineCsv#writeBySql}).
 */
public final class TimelineCsvExport {

    /** The memory the encoded rows of one sorted run may take before they are spilled to disk. */
    static final int RUN_BYTES = 48 << 20;

    /** Seconds from 1000-01-01 with months of 31 days: not a calendar, but in the order of the text. */
    private static final long SECONDS_BOUND = ((9999L - 1000) * 372 + 12 * 31) * 86_400;
    /** The key of a record without a time: after every time. */
    private static final long UNTIMED = SECONDS_BOUND;

    /**
     * Both record tables read alike: id, device, run, kind, direction, time, duration, body, number,
     * name; then time, kind, direction and body joined ({@link JoinedColumns}: fewer JNI calls).
     */
    private static final String CALLS = "SELECT id, device_id, run_id, 'call', direction, time_utc, duration_s, NULL,"
            + " number_raw, name, " + recordTexts("'call'", "NULL") + " FROM calls ORDER BY id";
    private static final String MESSAGES = "SELECT id, device_id, run_id, kind, direction, time_utc, NULL, body,"
            + " NULL, NULL, " + recordTexts("kind", "body") + " FROM messages ORDER BY id";
    /** Fields of {@link #recordTexts}, by their own columns. */
    private static final int[] RECORD_TEXT_COLUMNS = {6, 4, 5, 8};
    /**
     * A table's occurrences in record order, then their own (as the timeline lists parties); then
     * party role and name joined. Their readings and identifiers are not joined here but looked up
     * by id ({@link TimelineReadings}).
     */
    private static final String OCCURRENCES = "SELECT o.record_id, o.party_role, o.name, o.device_id,"
            + " o.identifier_id, o.reading_id, "
            + JoinedColumns.sql(List.of(JoinedColumns.text("o.party_role"), JoinedColumns.text("o.name")))
            + " FROM occurrences o WHERE o.record_table = ? ORDER BY o.record_id, o.id";

    private TimelineCsvExport() {
    }

    private static String recordTexts(String kind, String body) {
        return JoinedColumns.sql(List.of(JoinedColumns.text("time_utc"), JoinedColumns.csvText(kind),
                JoinedColumns.csvText("direction"), JoinedColumns.csvText(body)));
    }

    /** Writes the whole timeline of a case to {@code file}; {@code formulaGuard} as {@link CsvTable}'s. */
    public static TimelineStats write(Connection db, Path file, boolean formulaGuard) throws SQLException, IOException {
        return write(db, file, formulaGuard, RUN_BYTES);
    }

    static TimelineStats write(Connection db, Path file, boolean formulaGuard, int runBytes)
            throws SQLException, IOException {
        TimelineStats stats = writeSortedInJava(db, file, formulaGuard, runBytes);
        return stats != null ? stats : TimelineCsv.writeBySql(db, file, formulaGuard);
    }

    /** Sorted in Java; null (and {@code file} left as it was) when the case holds a time of another form. */
    static TimelineStats writeSortedInJava(Connection db, Path file, boolean formulaGuard, int runBytes)
            throws SQLException, IOException {
        Path spillFolder = OccurrencesCsv.spillFolder(file);
        String spillPrefix = OccurrencesCsv.spillPrefix(file);
        try (SortedRows sorted = new SortedRows(UNTIMED + 1, runBytes, spillFolder, spillPrefix);
             Reader reader = new Reader(db, formulaGuard, sorted)) {
            if (!reader.read("calls", CALLS, true) || !reader.read("messages", MESSAGES, false)) {
                return null;
            }
            try (AtomicOutput out = AtomicOutput.create(file)) {
                OutputStream stream = out.stream();
                stream.write((String.join(",", TimelineCsv.HEADER.stream().map(CsvField::quoteIfNeeded).toList())
                        + "\n").getBytes(StandardCharsets.UTF_8));
                SortedRows.Cursor row = sorted.sorted();
                // lines gathered and handed over 32 KB at a time: the stream takes a lock per call
                CsvBytes lines = new CsvBytes();
                while (row.next()) {
                    lines.append(row.bytes(), row.start(), row.end() - row.start());
                    lines.append(reader.source(row.tag()));
                    lines.newLine();
                    if (lines.size() >= 1 << 15) {
                        stream.write(lines.bytes(), 0, lines.size());
                        lines.clear();
                    }
                }
                stream.write(lines.bytes(), 0, lines.size());
                out.commit();
            }
            return new TimelineStats(reader.records, reader.untimed, 0);
        } catch (IOException e) {
            throw NoSpaceLeftException.orItself(e, file); // a full disk while runs were spilled too
        }
    }

    /**
     * The sort key of a time in {@link CanonicalInstant}'s form, the second: fields packed in their
     * order (months of 31 days), so keys compare as the texts do; -1 for any other form.
     */
    static long seconds(String t) {
        if (!CanonicalInstant.is(t)) {
            return -1;
        }
        long days = (digits(t, 0, 4) - 1000) * 372L + (digits(t, 5, 7) - 1) * 31L + digits(t, 8, 10) - 1;
        return days * 86_400 + digits(t, 11, 13) * 3600L + digits(t, 14, 16) * 60L + digits(t, 17, 19);
    }

    /** The nanoseconds of a time in {@link CanonicalInstant}'s form: its fraction of 0, 3, 6 or 9 digits. */
    static long nanos(String t) {
        int digits = t.length() - 21;
        if (digits <= 0) {
            return 0;
        }
        long n = digits(t, 20, t.length() - 1);
        for (int i = digits; i < 9; i++) {
            n *= 10;
        }
        return n;
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }

    /** Reads the records of the case and adds each, encoded as its line, to the sorted rows. */
    private static final class Reader implements AutoCloseable {
        private final Connection db;
        private final boolean guard;
        private final SortedRows sorted;
        private final IdTable<Device> devices = new IdTable<>();
        private final int deviceCount;
        private final IdTable<byte[]> runs = new IdTable<>();
        private final Set<DeviceIdentifier> owners = new HashSet<>();
        private final Map<DeviceIdentifier, String> contactNames;
        private final CsvBytes line = new CsvBytes();
        private final JoinedColumns partyTexts = new JoinedColumns(2, 3);
        private final TimelineReadings readings;
        private final RoleFields roles;
        /** The readings of the record's parties, in the order of its parties. */
        private final List<TimelineReadings.Reading> partyReadings = new ArrayList<>();
        long records;
        long untimed;

        Reader(Connection db, boolean guard, SortedRows sorted) throws SQLException {
            this.db = db;
            this.guard = guard;
            this.sorted = sorted;
            try (Statement st = db.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT id, label FROM devices ORDER BY label")) {
                    int place = -1;
                    String previous = null;
                    while (rs.next()) {
                        String label = rs.getString(2);
                        if (place < 0 || !Objects.equals(label, previous)) {
                            place++; // devices of one label sort by record table and id, as one device's records
                        }
                        previous = label;
                        devices.put(rs.getLong(1), new Device(place, CsvBytes.field(label, false, guard)));
                    }
                    deviceCount = Math.max(1, place + 1);
                }
                try (ResultSet rs = st.executeQuery("SELECT p.id, p.parser_id, f.path, f.sha256 FROM parser_runs p"
                        + " LEFT JOIN evidence_files f ON f.id = p.file_id")) {
                    CsvBytes b = new CsvBytes();
                    while (rs.next()) {
                        b.clear();
                        b.text(rs.getString(2), false, guard);
                        b.comma();
                        b.text(rs.getString(3), false, guard);
                        b.comma();
                        b.text(rs.getString(4), false, guard);
                        runs.put(rs.getLong(1), Arrays.copyOf(b.bytes(), b.size()));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT device_id, identifier_id FROM owner_identifiers")) {
                    while (rs.next()) {
                        owners.add(new DeviceIdentifier(rs.getLong(1), rs.getLong(2)));
                    }
                }
            }
            contactNames = contactNames(db);
            readings = new TimelineReadings(db, RECENT_VALUES, guard);
            roles = new RoleFields(guard);
        }

        @Override
        public void close() throws SQLException {
            readings.close();
        }

        /**
         * One name per identifier and device: its first phone-book entry, else its first messenger
         * entry (the timeline's SQL took the row of min((role <> 'contact') * 1e15 + id)).
         */
        private static Map<DeviceIdentifier, String> contactNames(Connection db) throws SQLException {
            Map<DeviceIdentifier, String> names = new HashMap<>();
            Map<DeviceIdentifier, Double> best = new HashMap<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT device_id, identifier_id, name, (role <> 'contact') * 1e15 + id FROM occurrences"
                            + " WHERE record_table = 'contacts' AND name IS NOT NULL")) {
                while (rs.next()) {
                    DeviceIdentifier pair = new DeviceIdentifier(rs.getLong(1), rs.getLong(2));
                    double rank = rs.getDouble(4);
                    Double before = best.get(pair);
                    if (before == null || rank < before) {
                        best.put(pair, rank);
                        names.put(pair, rs.getString(3));
                    }
                }
            }
            return names;
        }

        /**
         * Adds the records of {@code table}, read by {@code sql}, with their parties; false (and
         * nothing more added) at a time this key cannot place. {@code durations}: whether the
         * table has them (the messages' query selects NULL there, not read per row).
         */
        boolean read(String table, String sql, boolean durations) throws SQLException, IOException {
            byte[] recordPrefix = (table + ":").getBytes(StandardCharsets.US_ASCII);
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql);
                 PreparedStatement ps = db.prepareStatement(OCCURRENCES)) {
                ps.setString(1, table);
                try (ResultSet occurrences = ps.executeQuery()) {
                    boolean more = occurrences.next();
                    long at = more ? occurrences.getLong(1) : 0; // the record of the occurrence under the cursor
                    List<TimelineParty> parties = new ArrayList<>();
                    JoinedColumns texts = new JoinedColumns(RECORD_TEXT_COLUMNS);
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        parties.clear();
                        partyReadings.clear();
                        while (more && at <= id) {
                            if (at == id) {
                                addParty(occurrences, parties);
                            }
                            more = occurrences.next();
                            at = more ? occurrences.getLong(1) : 0;
                        }
                        Device device = devices.get(rs.getLong(2));
                        if (device == null) {
                            continue; // no such device: left out, as the join of the SQL did
                        }
                        texts.read(rs, 11);
                        String time = texts.string(rs, 0);
                        long key;
                        long minor;
                        if (time == null) {
                            key = UNTIMED;
                            minor = device.place;
                            untimed++;
                        } else {
                            key = seconds(time);
                            if (key < 0) {
                                return false;
                            }
                            minor = nanos(time) * deviceCount + device.place;
                        }
                        encode(rs, texts, time, device, parties, recordPrefix, id, durations);
                        // the source's fields (half a line) are added as the rows come out, by run: not sorted
                        sorted.add(key, minor, rs.getLong(3), line.bytes(), 0, line.size(), line.size(), line.size());
                        records++;
                    }
                }
            }
            return true;
        }

        private void addParty(ResultSet o, List<TimelineParty> parties) throws SQLException {
            long identifierId = o.getLong(5); // o.identifier_id and o.reading_id are NOT NULL in every case's schema
            TimelineReadings.Reading reading = readings.of(o.getLong(6), identifierId);
            if (!reading.party()) {
                return;
            }
            DeviceIdentifier pair = new DeviceIdentifier(o.getLong(4), identifierId);
            partyTexts.read(o, 7);
            String name = partyTexts.string(o, 1);
            parties.add(new TimelineParty(reading.key(), reading.type(), reading.raw(), partyTexts.string(o, 0),
                    name != null ? name : contactNames.get(pair), owners.contains(pair), reading.alternatives()));
            partyReadings.add(reading);
        }

        /**
         * The record's line up to its source ({@link #source}), as {@link TimelineCsv} writes it, into
         * {@link #line}.
         */
        private void encode(ResultSet rs, JoinedColumns texts, String time, Device device, List<TimelineParty> parties,
                byte[] recordPrefix, long id, boolean durations) throws SQLException {
            line.clear();
            line.text(time, false, guard);
            line.comma();
            line.append(device.label);
            line.comma();
            texts.csv(rs, 1, false, guard, line); // kind
            line.comma();
            texts.csv(rs, 2, false, guard, line); // direction
            line.comma();
            if (parties.size() == 1) {
                onePartyColumns(parties.get(0), partyReadings.get(0));
            } else {
                // a call's own number and name are read only for a call without parties: rarely
                String[] columns = TimelineCsv.partyColumns(parties.isEmpty()
                        ? TimelineQuery.partiesOrCaller(parties, rs.getString(9), rs.getString(10)) : parties);
                for (int i = 0; i < columns.length; i++) {
                    // counterpart_keys and alternative_keys are identifier columns
                    line.text(columns[i], i == 0 || i == 4, guard);
                    line.comma();
                }
            }
            if (durations) {
                long duration = rs.getLong(7);
                if (!rs.wasNull()) {
                    line.number(duration);
                }
            }
            line.comma();
            texts.csv(rs, 3, false, guard, line); // body
            line.comma();
            line.append(recordPrefix);
            line.number(id);
            line.comma();
        }

        /** parser, source_file and source_sha256 of the records of parser run {@code runId} (NOT NULL). */
        byte[] source(long runId) {
            byte[] source = runs.get(runId);
            return source != null ? source : EMPTY_SOURCE;
        }

        /**
         * The party columns of a record of one party, as {@link TimelineCsv#partyColumns} gives them
         * (of one value, an empty one is the empty field either way), its key, number and alternatives
         * encoded once per reading: most records have one party, and the generic join was a tenth of the export.
         */
        private void onePartyColumns(TimelineParty party, TimelineReadings.Reading reading) {
            line.append(reading.keyField());
            line.comma();
            line.append(reading.rawField());
            line.comma();
            line.append(roles.of(party));
            line.comma();
            line.text(party.name(), false, guard);
            line.comma();
            line.append(reading.alternativesField());
            line.comma();
        }
    }

    /**
     * The party_roles field of a party ({@link TimelineCsv#role}), encoded once per role and
     * ownership: a record's party has one of a few roles, and making the text again per record
     * ({@code role + " own"}) was a twentieth of the export.
     */
    private static final class RoleFields {
        private static final int MAX_ROLES = 64;
        private final boolean guard;
        private final Map<String, byte[]> others = new HashMap<>();
        private final Map<String, byte[]> own = new HashMap<>();

        RoleFields(boolean guard) {
            this.guard = guard;
        }

        byte[] of(TimelineParty party) {
            Map<String, byte[]> fields = party.own() ? own : others;
            String role = Objects.toString(party.role(), "");
            byte[] field = fields.get(role);
            if (field == null) {
                field = CsvBytes.field(TimelineCsv.role(party), false, guard);
                if (fields.size() < MAX_ROLES) { // roles are a few words; a case of odd ones is not kept whole
                    fields.put(role, field);
                }
            }
            return field;
        }
    }

    /** parser, source_file and source_sha256 of a record without a parser run: empty fields. */
    private static final byte[] EMPTY_SOURCE = {',', ','};

    /**
     * Values of a small table by id, looked up once per record: in an array for the small ids a case
     * has (a HashMap of boxed ids was 5% of the export), else in a map.
     */
    private static final class IdTable<T> {
        private static final int ARRAY_IDS = 1 << 16;
        private Object[] byId = new Object[16];
        private final Map<Long, T> others = new HashMap<>();

        void put(long id, T value) {
            if (id >= 0 && id < ARRAY_IDS) {
                if (id >= byId.length) {
                    byId = Arrays.copyOf(byId, (int) Math.min(ARRAY_IDS, Math.max(id + 1, byId.length * 2L)));
                }
                byId[(int) id] = value;
            } else {
                others.put(id, value);
            }
        }

        @SuppressWarnings("unchecked")
        T get(long id) {
            if (id >= 0 && id < ARRAY_IDS) {
                return id < byId.length ? (T) byId[(int) id] : null;
            }
            return others.get(id);
        }
    }

    /** A device: its place in label order and its label as a field. */
    private record Device(int place, byte[] label) {
    }

    private record DeviceIdentifier(long device, long identifier) {
    }

    /** How many readings the export keeps at hand (see {@link TimelineReadings}). */
    private static final int RECENT_VALUES = 1 << 16;

}
