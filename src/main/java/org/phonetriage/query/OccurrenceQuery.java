package org.phonetriage.query;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Every occurrence of one key in a case, with its record's provenance, streamed from a cursor
 * (a key can occur in hundreds of thousands of messages). Grouped by device: its owner and
 * address-book entries first, then calls and messages in time order.
 */
public final class OccurrenceQuery {

    private static final String SQL = """
            SELECT d.label, o.role, o.name, o.label, o.party_role, r.raw,
                   COALESCE(c.direction, m.direction), COALESCE(c.time_utc, m.time_utc),
                   COALESCE(ct.deleted, c.deleted, m.deleted),
                   r.confidence, r.rule, r.region, r.level, r.alternatives,
                   CASE WHEN r.rule LIKE 'alternative:%' THEN (
                       SELECT i2.key FROM occurrences o2
                         JOIN readings r2 ON r2.id = o2.reading_id
                         JOIN identifiers i2 ON i2.id = o2.identifier_id
                        WHERE o2.id < o.id AND o2.record_table = o.record_table AND o2.record_id = o.record_id
                          AND r2.raw = r.raw AND r2.rule NOT LIKE 'alternative:%'
                        ORDER BY o2.id DESC LIMIT 1) END,
                   o.record_table, o.record_id,
                   COALESCE(c.src_table, m.src_table, ct.src_table, s.src_table, sv.src_table || '.' || sv.src_column),
                   COALESCE(c.src_row, m.src_row, ct.src_row, s.src_row, sv.src_row),
                   p.parser_id, p.parser_version, f.path, f.sha256,
                   COALESCE(ct.recovered, c.recovered, m.recovered)
              FROM identifiers i
              JOIN occurrences o ON o.identifier_id = i.id
              JOIN readings r ON r.id = o.reading_id
              JOIN devices d ON d.id = o.device_id
              LEFT JOIN calls c ON o.record_table = 'calls' AND c.id = o.record_id
              LEFT JOIN messages m ON o.record_table = 'messages' AND m.id = o.record_id
              LEFT JOIN contacts ct ON o.record_table = 'contacts' AND ct.id = o.record_id
              LEFT JOIN sims s ON o.record_table = 'sims' AND s.id = o.record_id
              LEFT JOIN swept_values sv ON o.record_table = 'swept_values' AND sv.id = o.record_id
              LEFT JOIN parser_runs p ON p.id = COALESCE(c.run_id, m.run_id, ct.run_id, s.run_id, sv.run_id)
              LEFT JOIN evidence_files f ON f.id = p.file_id
             WHERE i.key = ?
             ORDER BY d.label,
                      CASE o.role WHEN 'owner' THEN 0 WHEN 'contact' THEN 1 WHEN 'whatsapp-contact' THEN 2 WHEN 'unmodelled' THEN 4 ELSE 3 END,
                      COALESCE(c.time_utc, m.time_utc) IS NULL, rtrim(COALESCE(c.time_utc, m.time_utc), 'Z'), o.id
            """;

    private final Connection db;

    public OccurrenceQuery(Connection db) {
        this.db = db;
    }

    /** Passes each occurrence of {@code key} to {@code sink}; returns how many there were. */
    public long forEach(String key, IoConsumer<OccurrenceHit> sink) throws SQLException, IOException {
        long count = 0;
        try (PreparedStatement ps = db.prepareStatement(SQL)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(hit(key, rs));
                    count++;
                }
            }
        }
        return count;
    }

    private static OccurrenceHit hit(String key, ResultSet rs) throws SQLException {
        Provenance source = new Provenance(rs.getString(16), rs.getLong(17), rs.getString(18),
                nullableLong(rs, 19), rs.getString(20), rs.getString(21),
                rs.getString(22), rs.getString(23));
        return new OccurrenceHit(key, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9) == 1,
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                StoredAlternatives.parse(rs.getString(14)), rs.getString(15), source, rs.getString(24));
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
