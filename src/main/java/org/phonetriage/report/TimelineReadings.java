package org.phonetriage.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.phonetriage.query.TimelineQuery;

/**
 * What timeline.csv shows of an occurrence's reading and identifier (i.key, i.type, r.raw, r.rule,
 * r.alternatives), by reading id, its fields encoded once: for the readings lately met
 * ({@link RecentById}). SQLite joining readings and identifiers to every occurrence was most of
 * the export's SQLite time (two b-tree searches a row for a few thousand distinct rows), and
 * encoding the same key and number again per record a tenth of the rest (the formula guard scans
 * a {@code +33…} as a number).
 *
 * <p>A reading not at hand is read together with the others of its block of {@value #RANGE} ids
 * (ingest makes readings as it meets them, so the next records' readings are mostly among them;
 * blocks do not overlap, so none is read twice while it stays at hand). Its
 * identifier is the occurrence's {@code identifier_id}, as the timeline's join had it: a reading
 * read in a range is taken only when its own {@code identifier_id} is that one, else the pair is
 * read as the join read it (a gone reading or identifier gives NULL columns, as a LEFT JOIN).
 */
final class TimelineReadings implements AutoCloseable {

    static final int RANGE = 256;

    private static final String RANGE_SQL = "SELECT r.id, r.identifier_id, i.key, i.type, r.raw, r.rule,"
            + " r.alternatives FROM readings r LEFT JOIN identifiers i ON i.id = r.identifier_id"
            + " WHERE r.id >= ? AND r.id < ?";
    private static final String PAIR_SQL = "SELECT q.reading, q.identifier, i.key, i.type, r.raw, r.rule,"
            + " r.alternatives FROM (SELECT ? AS reading, ? AS identifier) q"
            + " LEFT JOIN readings r ON r.id = q.reading LEFT JOIN identifiers i ON i.id = q.identifier";

    /** A reading as a party shows it; the fields are those {@link CsvBytes#text} writes of each value. */
    record Reading(long identifierId, String key, String type, String raw, List<String> alternatives, boolean party,
            byte[] keyField, byte[] rawField, byte[] alternativesField) {
    }

    private final boolean guard;
    private final PreparedStatement range;
    private final PreparedStatement pair;
    private final RecentById<Reading> recent;

    /** {@code capacity}: how many readings are kept at hand; {@code guard}: the formula guard of the fields. */
    TimelineReadings(Connection db, int capacity, boolean guard) throws SQLException {
        this.guard = guard;
        this.recent = new RecentById<>(capacity);
        this.range = db.prepareStatement(RANGE_SQL);
        try {
            this.pair = db.prepareStatement(PAIR_SQL);
        } catch (SQLException e) {
            range.close();
            throw e;
        }
    }

    /** The reading {@code readingId} of an occurrence of identifier {@code identifierId}. */
    Reading of(long readingId, long identifierId) throws SQLException {
        Reading known = recent.get(readingId);
        if (known == null) {
            readRange(readingId);
            known = recent.get(readingId);
        }
        if (known == null || known.identifierId() != identifierId) {
            pair.setLong(1, readingId);
            pair.setLong(2, identifierId);
            try (ResultSet rs = pair.executeQuery()) {
                rs.next();
                known = reading(rs, identifierId);
            }
            recent.put(readingId, known);
        }
        return known;
    }

    private void readRange(long id) throws SQLException {
        long from = Math.floorDiv(id, RANGE) * RANGE;
        range.setLong(1, from);
        range.setLong(2, from > Long.MAX_VALUE - RANGE ? Long.MAX_VALUE : from + RANGE);
        try (ResultSet rs = range.executeQuery()) {
            while (rs.next()) {
                recent.put(rs.getLong(1), reading(rs, rs.getLong(2)));
            }
        }
    }

    /** Columns 3 to 7 of {@code rs}: key, type, raw, rule, alternatives. */
    private Reading reading(ResultSet rs, long identifierId) throws SQLException {
        String key = rs.getString(3);
        String raw = rs.getString(5);
        // TimelineQuery.party's parse of the stored alternatives
        List<String> alternatives = TimelineQuery.party(null, null, null, null, null, false, rs.getString(7))
                .alternatives();
        return new Reading(identifierId, key, rs.getString(4), raw, alternatives,
                TimelineQuery.isParty(key, rs.getString(6)), CsvBytes.field(key, true, guard),
                CsvBytes.field(raw, false, guard), CsvBytes.field(String.join(";", alternatives), true, guard));
    }

    @Override
    public void close() throws SQLException {
        try {
            range.close();
        } finally {
            pair.close();
        }
    }
}
