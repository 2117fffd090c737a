package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.query.TimelineQuery;
import org.phonetriage.store.CaseDb;

/**
 * An occurrence's reading looked up by id gives what the timeline's LEFT JOIN of readings and
 * identifiers gave, however few readings are kept at hand (each lookup a miss, or ranges evicting
 * one another) and when the occurrence's identifier is not its reading's or either row is gone.
 */
class TimelineReadingsTest {

    @TempDir
    Path tmp;

    @Test
    void aReadingLookedUpIsWhatTheJoinGave() throws Exception {
        Path caseFile = tmp.resolve("case.db");
        NetworkCaseBuilder network = new NetworkCaseBuilder(List.of("BR"));
        List<NetworkCaseBuilder.DeviceSpec> devices = network.threePhones();
        for (int i = 0; i < 400; i++) {
            String number = i % 3 == 0 ? "(11) 98765-" + String.format("%04d", i) : "+5511987650" + String.format("%03d", i);
            devices.get(i % 3).call(number, "incoming", "2024-03-01T10:00:00Z", i);
            devices.get((i + 1) % 3).sms(i % 5 == 0 ? "=cmd" : number, "outgoing", "2024-03-01T10:00:00Z", "hi");
        }
        network.write(caseFile);
        try (Connection db = CaseDb.open(caseFile, false); Statement st = db.createStatement()) {
            st.execute("UPDATE readings SET alternatives = '+390612345678 it-national\n=x|y region' WHERE id % 7 = 0");
            st.execute("UPDATE occurrences SET reading_id = 999999 WHERE id % 50 = 1");
            st.execute("UPDATE occurrences SET identifier_id = 999999 WHERE id % 50 = 2");
            st.execute("UPDATE occurrences SET identifier_id = identifier_id + 1 WHERE id % 50 = 3");
            for (int capacity : List.of(1, 4, 300, 1 << 16)) {
                for (boolean guard : List.of(true, false)) {
                    assertLikeTheJoin(db, capacity, guard);
                }
            }
        }
    }

    private static void assertLikeTheJoin(Connection db, int capacity, boolean guard) throws Exception {
        int parties = 0;
        try (TimelineReadings readings = new TimelineReadings(db, capacity, guard);
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT o.reading_id, o.identifier_id, i.key, i.type, r.raw, r.rule,"
                     + " r.alternatives FROM occurrences o LEFT JOIN readings r ON r.id = o.reading_id"
                     + " LEFT JOIN identifiers i ON i.id = o.identifier_id ORDER BY o.record_table, o.record_id, o.id")) {
            while (rs.next()) {
                TimelineReadings.Reading r = readings.of(rs.getLong(1), rs.getLong(2));
                String what = "occurrence of reading " + rs.getLong(1) + ", capacity " + capacity;
                String key = rs.getString(3);
                assertEquals(key, r.key(), what);
                assertEquals(rs.getString(4), r.type(), what);
                assertEquals(rs.getString(5), r.raw(), what);
                assertEquals(TimelineQuery.isParty(key, rs.getString(6)), r.party(), what);
                List<String> alternatives = TimelineQuery.party(null, null, null, null, null, false, rs.getString(7))
                        .alternatives();
                assertEquals(alternatives, r.alternatives(), what);
                assertArrayEquals(field(key, true, guard), r.keyField(), what);
                assertArrayEquals(field(rs.getString(5), false, guard), r.rawField(), what);
                assertArrayEquals(field(String.join(";", alternatives), true, guard), r.alternativesField(), what);
                parties += r.party() ? 1 : 0;
            }
        }
        assertTrue(parties > 500, "most occurrences are parties: " + parties);
    }

    /** The field as CsvTable writes the value in a column of keys or not. */
    private static byte[] field(String value, boolean identifiers, boolean guard) {
        String f = !guard ? CsvField.plain(value) : identifiers ? CsvField.ofIdentifiers(value) : CsvField.of(value);
        return f.getBytes(StandardCharsets.UTF_8);
    }
}
