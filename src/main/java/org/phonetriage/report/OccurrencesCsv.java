package org.phonetriage.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * csv/occurrences.csv (the {@code occurrences} format): every occurrence of the case, one a row, in
 * key, device label and occurrence order.
 *
 * <p>Written for millions of rows: the occurrences are read once in stored order with their record's
 * time and direction (the records are then read in order too, not at random), each row is encoded
 * as it will be written, and {@link SortedRows} puts the rows in the file's order in bounded memory.
 * The key, type and reading columns come from a second cursor over the identifiers and their
 * readings in key order, merged with the sorted rows; devices are few and read first. SQLite
 * sorting the joined rows cost about three times as much.
 */
public final class OccurrencesCsv {

    public static final String FILE_NAME = "occurrences.csv";
    static final List<String> HEADER = List.of("key", "type", "device", "role",
            "record_table", "record_id", "raw", "name", "label", "party_role", "direction", "time_utc",
            "confidence", "rule", "region", "level", "device_normalized");
    static final List<String> IDENTIFIERS = List.of("key", "device_normalized");

    /** The memory the encoded rows of one sorted run may take before they are spilled to disk. */
    static final int RUN_BYTES = 48 << 20;

    /** The occurrence's own columns and its record's time and direction, in stored order. */
    private static final String OCCURRENCES = "SELECT o.identifier_id, o.device_id, o.reading_id, o.role,"
            + " o.record_table, o.record_id, o.name, o.label, o.party_role,"
            + " COALESCE(c.direction, m.direction), COALESCE(c.time_utc, m.time_utc), o.device_normalized,"
            // the same columns as one value, read at once (JoinedColumns)
            + JoinedColumns.sql(List.of(JoinedColumns.csvText("o.role"), JoinedColumns.csvText("o.record_table"),
                    JoinedColumns.csvText("o.name"), JoinedColumns.csvText("o.label"),
                    JoinedColumns.csvText("o.party_role"), JoinedColumns.csvText("COALESCE(c.direction, m.direction)"),
                    JoinedColumns.csvText("COALESCE(c.time_utc, m.time_utc)"),
                    JoinedColumns.csvText("o.device_normalized")))
            + " FROM occurrences o"
            + " LEFT JOIN calls c ON o.record_table = 'calls' AND c.id = o.record_id"
            + " LEFT JOIN messages m ON o.record_table = 'messages' AND m.id = o.record_id ORDER BY o.id";

    private OccurrencesCsv() {
    }

    /** Streams every occurrence into {@code file} (a case can hold millions); returns the rows. */
    public static long write(Connection db, Path file, boolean formulaGuard) throws SQLException, IOException {
        return write(db, file, formulaGuard, RUN_BYTES);
    }

    static long write(Connection db, Path file, boolean formulaGuard, int runBytes) throws SQLException, IOException {
        Devices devices = new Devices(db, formulaGuard);
        KeyOrder keys = KeyOrder.of(db);
        long rows = 0;
        Path spillFolder = spillFolder(file);
        String spillPrefix = spillPrefix(file);
        try (SortedRows sorted = new SortedRows(keys.size() * (long) devices.size(), runBytes, spillFolder, spillPrefix);
             AtomicOutput out = AtomicOutput.create(file)) {
            readOccurrences(db, devices, keys, formulaGuard, sorted);
            OutputStream stream = out.stream();
            stream.write((String.join(",", HEADER.stream().map(CsvField::quoteIfNeeded).toList()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            try (KeyReadings readings = new KeyReadings(db, keys, formulaGuard, runBytes, spillFolder, spillPrefix)) {
                SortedRows.Cursor row = sorted.sorted();
                // lines gathered and handed over 32 KB at a time: the stream takes a lock per call
                CsvBytes lines = new CsvBytes();
                while (row.next()) {
                    int rank = (int) (row.key() / devices.size());
                    int device = (int) (row.key() % devices.size());
                    KeyReadings.Reading reading = readings.reading(rank, row.tag());
                    if (reading == null) {
                        continue; // an occurrence whose reading is gone: not listed, as the join left it out
                    }
                    byte[] b = row.bytes();
                    lines.append(readings.keyAndType());
                    lines.comma();
                    lines.append(devices.label(device));
                    lines.comma();
                    lines.append(b, row.start(), row.cut1() - row.start());
                    lines.append(reading.raw());
                    lines.append(b, row.cut1(), row.cut2() - row.cut1());
                    lines.append(reading.tail());
                    lines.append(b, row.cut2(), row.end() - row.cut2());
                    lines.newLine();
                    rows++;
                    if (lines.size() >= 1 << 15) {
                        stream.write(lines.bytes(), 0, lines.size());
                        lines.clear();
                    }
                }
                stream.write(lines.bytes(), 0, lines.size());
            }
            out.commit();
        } catch (IOException e) {
            throw NoSpaceLeftException.orItself(e, file); // a full disk while runs were spilled too
        }
        return rows;
    }

    /**
     * Encodes each occurrence, in stored order, as three parts of its line, each field followed by
     * its comma: role to record_id; name to time_utc; device_normalized. The reading's columns go
     * between them when written (raw after record_id, confidence to level after time_utc).
     */
    private static void readOccurrences(Connection db, Devices devices, KeyOrder keys, boolean guard,
            SortedRows sorted) throws SQLException, IOException {
        CsvBytes line = new CsvBytes();
        // the texts of columns 4, 5 and 7 to 12 as one value (JoinedColumns); its fields are numbered from 0
        JoinedColumns texts = new JoinedColumns(4, 5, 7, 8, 9, 10, 11, 12);
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(OCCURRENCES)) {
            while (rs.next()) {
                int rank = keys.rank(rs.getLong(1));
                int device = devices.rank(rs.getLong(2));
                if (rank < 0 || device < 0) {
                    continue; // no such identifier or device: left out, as the joins of the old query did
                }
                texts.read(rs, 13);
                line.clear();
                texts.csv(rs, 0, false, guard, line);
                line.comma();
                texts.csv(rs, 1, false, guard, line);
                line.comma();
                line.number(rs.getLong(6));
                line.comma();
                int cut1 = line.size();
                for (int field = 2; field <= 6; field++) {
                    texts.csv(rs, field, false, guard, line);
                    line.comma();
                }
                int cut2 = line.size();
                texts.csv(rs, 7, true, guard, line);
                sorted.add((long) rank * devices.size() + device, rs.getLong(3), line.bytes(), 0, cut1, cut2,
                        line.size());
            }
        }
    }

    /**
     * Where sorted runs too large for memory are written: beside the file, else (the file is a
     * device such as /dev/stdout, or its folder is read-only) the system's temporary folder.
     */
    static Path spillFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        boolean beside = folder != null && Files.isDirectory(folder) && Files.isWritable(folder)
                && (Files.isRegularFile(file) || !Files.exists(file));
        return beside ? folder : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * How spilled runs are named: as {@link AtomicOutput}'s temporary files, so that those a killed
     * run left are removed by the next run's clean-up ({@link AtomicOutput#cleanStale}).
     */
    static String spillPrefix(Path file) {
        return "." + file.getFileName() + ".sort.phonetriage-" + ProcessHandle.current().pid() + "-";
    }

    /** The case's devices in label order, their labels encoded as fields. */
    private static final class Devices {
        private final Map<Long, Integer> rank = new HashMap<>();
        /** The same by id, for the small ids a case has (looked up once per occurrence). */
        private final int[] rankById = new int[256];
        private final List<byte[]> labels = new ArrayList<>();

        Devices(Connection db, boolean guard) throws SQLException {
            Arrays.fill(rankById, -1);
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, label FROM devices ORDER BY label")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    rank.put(id, labels.size());
                    if (id >= 0 && id < rankById.length) {
                        rankById[(int) id] = labels.size();
                    }
                    labels.add(CsvBytes.field(rs.getString(2), false, guard));
                }
            }
        }

        int size() {
            return Math.max(1, labels.size());
        }

        int rank(long id) {
            if (id >= 0 && id < rankById.length) {
                return rankById[(int) id];
            }
            Integer r = rank.get(id);
            return r == null ? -1 : r;
        }

        byte[] label(int rank) {
            return labels.get(rank);
        }
    }

    /** Each identifier's place in key order, by id. */
    private static final class KeyOrder {
        private final int[] rankById;
        private final int size;

        private KeyOrder(int[] rankById, int size) {
            this.rankById = rankById;
            this.size = size;
        }

        static KeyOrder of(Connection db) throws SQLException {
            try (Statement st = db.createStatement()) {
                long maxId;
                try (ResultSet rs = st.executeQuery("SELECT max(id) FROM identifiers")) {
                    maxId = rs.next() ? rs.getLong(1) : 0;
                }
                int[] ranks = new int[Math.toIntExact(Math.max(0, maxId) + 1)];
                Arrays.fill(ranks, -1);
                int n = 0;
                try (ResultSet rs = st.executeQuery("SELECT id FROM identifiers ORDER BY key")) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (id >= 0) {
                            ranks[(int) id] = n;
                        }
                        n++;
                    }
                }
                return new KeyOrder(ranks, Math.max(1, n));
            }
        }

        int size() {
            return size;
        }

        int rank(long id) {
            return id >= 0 && id < rankById.length ? rankById[(int) id] : -1;
        }
    }

    /**
     * The identifiers in key order with their readings, one identifier at a time, moved forward to
     * the rank of each row written. The readings are read in stored order and sorted by their
     * identifier's rank ({@link SortedRows}: SQLite joining and sorting them cost as much as all
     * the occurrences); a reading of another identifier (none in a case phonetriage wrote) is looked
     * up by id.
     */
    private static final class KeyReadings implements AutoCloseable {

        record Reading(byte[] raw, byte[] tail) {
        }

        private final boolean guard;
        private final SortedRows sorted;
        private final SortedRows.Cursor next;
        private boolean more;
        private final Statement st;
        private final ResultSet keys;
        private final PreparedStatement byId;
        private int rank = -1;
        private byte[] keyAndType;
        /** The current identifier's readings (a few): ids and readings side by side, looked up once per row. */
        private long[] readingIds = new long[8];
        private Reading[] readings = new Reading[8];
        private int readingCount;
        private final Map<Long, Reading> elsewhere = new HashMap<>();

        KeyReadings(Connection db, KeyOrder order, boolean guard, int runBytes, Path spillFolder, String spillPrefix)
                throws SQLException, IOException {
            this.guard = guard;
            this.sorted = new SortedRows(order.size(), runBytes, spillFolder, spillPrefix);
            try (Statement all = db.createStatement(); ResultSet rs = all.executeQuery(
                    "SELECT identifier_id, id, raw, confidence, rule, region, level FROM readings ORDER BY id")) {
                CsvBytes b = new CsvBytes();
                while (rs.next()) {
                    int rank = order.rank(rs.getLong(1));
                    if (rank >= 0) {
                        b.clear();
                        int cut = encode(rs, b);
                        sorted.add(rank, rs.getLong(2), b.bytes(), 0, cut, b.size(), b.size());
                    }
                }
            }
            this.next = sorted.sorted();
            this.more = next.next();
            this.st = db.createStatement();
            this.keys = st.executeQuery("SELECT key, type FROM identifiers ORDER BY key");
            this.byId = db.prepareStatement("SELECT NULL, id, raw, confidence, rule, region, level"
                    + " FROM readings WHERE id = ?");
        }

        /** The key and type fields of the identifier of the last {@link #reading}. */
        byte[] keyAndType() {
            return keyAndType;
        }

        /** Reading {@code id} of the identifier at {@code rank}; null when there is no such reading. */
        Reading reading(int rank, long id) throws SQLException, IOException {
            while (this.rank < rank && keys.next()) {
                advance();
            }
            if (this.rank != rank) {
                return null; // not an identifier of the case: cannot happen, ranks are read from the same table
            }
            Reading r = null;
            for (int i = 0; i < readingCount && r == null; i++) {
                r = readingIds[i] == id ? readings[i] : null;
            }
            if (r == null) {
                r = elsewhere.get(id);
            }
            if (r == null) {
                byId.setLong(1, id);
                try (ResultSet one = byId.executeQuery()) {
                    if (one.next()) {
                        CsvBytes b = new CsvBytes();
                        int cut = encode(one, b);
                        r = new Reading(Arrays.copyOf(b.bytes(), cut), Arrays.copyOfRange(b.bytes(), cut, b.size()));
                        elsewhere.put(id, r);
                    }
                }
            }
            return r;
        }

        /** Moves to the next identifier and takes its readings. */
        private void advance() throws SQLException, IOException {
            rank++;
            CsvBytes b = new CsvBytes();
            b.append(CsvBytes.field(keys.getString(1), true, guard));
            b.comma();
            b.append(CsvBytes.field(keys.getString(2), false, guard));
            keyAndType = Arrays.copyOf(b.bytes(), b.size());
            readingCount = 0;
            while (more && next.key() < rank) {
                more = next.next();
            }
            while (more && next.key() == rank) {
                byte[] bytes = next.bytes();
                if (readingCount == readingIds.length) {
                    readingIds = Arrays.copyOf(readingIds, readingCount * 2);
                    readings = Arrays.copyOf(readings, readingCount * 2);
                }
                readingIds[readingCount] = next.tag();
                readings[readingCount++] = new Reading(Arrays.copyOfRange(bytes, next.start(), next.cut1()),
                        Arrays.copyOfRange(bytes, next.cut1(), next.end()));
                more = next.next();
            }
        }

        /**
         * The raw field with its comma, then confidence to level each with its comma, from columns 3
         * to 7; returns where the second part starts.
         */
        private int encode(ResultSet r, CsvBytes b) throws SQLException {
            b.text(r, 3, false, guard);
            b.comma();
            int cut = b.size();
            for (int column = 4; column <= 7; column++) {
                b.text(r, column, false, guard);
                b.comma();
            }
            return cut;
        }

        @Override
        public void close() throws SQLException, IOException {
            try (st; byId; sorted) {
                keys.close();
            }
        }
    }
}
