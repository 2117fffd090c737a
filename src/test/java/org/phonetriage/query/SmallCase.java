package org.phonetriage.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.phonetriage.store.CaseDb;

/**
 * A case written by hand, for what the test images do not hold: times with fractions of a second
 * and at the same instant on two devices, an untimed call, and a number read two ways (the reading
 * not chosen stored as its own occurrence, as ingest does).
 *
 * <pre>
 * device 1 "B-phone" (owner +33700000000), device 2 "A-phone"
 * calls:1    B-phone 09:05:00.500  +34612345678
 * calls:2    B-phone 09:05:00      +5511987654321 (cached name "Tio")
 * calls:3    A-phone 09:05:00      +5511987654321
 * calls:4    B-phone (no time)     -1, withheld: no identifier
 * messages:1 A-phone 09:04:59.999  sms from 612345678: +34612345678, could also be +33612345678
 * messages:2 B-phone 09:05:00      mms from +5511987654321 (saved as "Boss") to +33700000000 (own)
 * </pre>
 */
final class SmallCase {

    private SmallCase() {
    }

    static Connection create(Path file) throws Exception {
        Connection db = CaseDb.open(file, true);
        try (Statement st = db.createStatement()) {
            for (String sql : new String[] {
                "INSERT INTO devices(id, label, added_at) VALUES (1, 'B-phone', 'x'), (2, 'A-phone', 'x')",
                "INSERT INTO evidence_items(id, device_id, path, abs_path) VALUES (1, 1, 'b.tar', '/b.tar'), (2, 2, 'a', '/a')",
                "INSERT INTO evidence_files(id, item_id, path, sha256, status) VALUES"
                        + " (1, 1, 'db/calllog.db', '" + "b".repeat(64) + "', 'parsed'),"
                        + " (2, 1, 'db/mmssms.db', '" + "c".repeat(64) + "', 'parsed'),"
                        + " (3, 2, 'db/calllog.db', '" + "d".repeat(64) + "', 'parsed'),"
                        + " (4, 2, 'db/mmssms.db', '" + "e".repeat(64) + "', 'parsed')",
                "INSERT INTO parser_runs(id, device_id, file_id, parser_id, parser_version, started_at) VALUES"
                        + " (1, 1, 1, 'android.calls', '1', 'x'), (2, 1, 2, 'android.mmssms.mms', '1', 'x'),"
                        + " (3, 2, 3, 'android.calls', '1', 'x'), (4, 2, 4, 'android.mmssms.sms', '1', 'x'),"
                        + " (5, 1, 2, 'android.contacts2', '1', 'x')",
                "INSERT INTO calls(id, device_id, run_id, src_table, src_row, number_raw, name, time_utc, duration_s,"
                        + " direction) VALUES"
                        + " (1, 1, 1, 'calls', 11, '+34612345678', NULL, '2024-03-01T09:05:00.500Z', 7, 'outgoing'),"
                        + " (2, 1, 1, 'calls', 12, '+5511987654321', 'Tio', '2024-03-01T09:05:00Z', 60, 'incoming'),"
                        + " (3, 2, 3, 'calls', 13, '+5511987654321', NULL, '2024-03-01T09:05:00Z', 60, 'outgoing'),"
                        + " (4, 1, 1, 'calls', 14, '-1', NULL, NULL, 0, 'missed')",
                "INSERT INTO messages(id, device_id, run_id, src_table, src_row, kind, direction, time_utc, body) VALUES"
                        + " (1, 2, 4, 'sms', 21, 'sms', 'incoming', '2024-03-01T09:04:59.999Z', 'hi, \"you\"' || char(10) || 'bye'),"
                        + " (2, 1, 2, 'pdu', 22, 'mms', 'incoming', '2024-03-01T09:05:00Z', 'photo')",
                "INSERT INTO contacts(id, device_id, run_id, src_table, src_row, name) VALUES (1, 1, 5, 'raw_contacts', 31, 'Boss')",
                "INSERT INTO identifiers(id, key, type) VALUES (1, '+34612345678', 'phone'), (2, '+33612345678', 'phone'),"
                        + " (3, '+5511987654321', 'phone'), (4, '+33700000000', 'phone')",
                "INSERT INTO readings(id, identifier_id, raw, confidence, rule, region, level, alternatives) VALUES"
                        + " (1, 1, '+34612345678', 'A', 'e164', 'ES', 'strong', NULL),"
                        + " (2, 1, '612345678', 'C', 'region-fanout', 'ES', 'candidate', '+33612345678 region-fanout'),"
                        + " (3, 2, '612345678', 'C', 'alternative:region-fanout', 'ES', 'candidate', NULL),"
                        + " (4, 3, '+5511987654321', 'A', 'e164', 'BR', 'strong', NULL),"
                        + " (5, 4, '+33700000000', 'A', 'e164', 'FR', 'strong', NULL)",
                "INSERT INTO occurrences(id, identifier_id, reading_id, device_id, role, record_table, record_id, name,"
                        + " party_role) VALUES"
                        + " (1, 1, 1, 1, 'call', 'calls', 1, NULL, NULL),"
                        + " (2, 3, 4, 1, 'call', 'calls', 2, 'Tio', NULL),"
                        + " (3, 3, 4, 2, 'call', 'calls', 3, NULL, NULL),"
                        + " (4, 1, 2, 2, 'sms', 'messages', 1, NULL, 'from'),"
                        + " (5, 2, 3, 2, 'sms', 'messages', 1, NULL, 'from'),"
                        + " (6, 3, 4, 1, 'mms', 'messages', 2, NULL, 'from'),"
                        + " (7, 4, 5, 1, 'mms', 'messages', 2, NULL, 'to'),"
                        + " (8, 3, 4, 1, 'contact', 'contacts', 1, 'Boss', NULL)",
                "INSERT INTO owner_identifiers(device_id, identifier_id, basis) VALUES (1, 4, 'telephony.db siminfo.number')",
            }) {
                st.execute(sql);
            }
        }
        CaseDb.createIndexes(db);
        return db;
    }
}
