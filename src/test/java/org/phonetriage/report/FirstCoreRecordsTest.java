package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.cli.BadInputTest;
import org.phonetriage.cli.Main;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.query.TimelineFilter;
import org.phonetriage.query.TimelineQuery;
import org.phonetriage.query.TimelineRecord;
import org.phonetriage.store.CaseDb;

/**
 * The first records of a core's timeline walked to in time order ({@link FirstCoreRecords}) are
 * those {@link FirstRecordsRange} and the timeline query found through the keys (kept as the
 * reference, and as the way when the walk cannot say): same records, same order, same parties,
 * for every count shown, on test images and on a case edited to hold ties, untimed records,
 * empty times and another tool's, and a core of rare records.
 */
class FirstCoreRecordsTest {

    @TempDir
    Path tmp;

    @Test
    void theWalkFindsWhatTheKeysFoundOnTestImages() throws Exception {
        Path caseFile = tmp.resolve("case.db");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("ingest", "--case", caseFile.toString(),
                "test-images/D01-android.tar", "test-images/D02-android.zip", "test-images/D03-android",
                "test-images/D06-ufdr.ufdr", "test-images/D07-xry", "test-images/D08-axiom.xml",
                "test-images/D10-ios-backup", "test-images/D13-android-messengers", "test-images/S01-sim"));
        assertTrue(run.exit() == Main.OK || run.exit() == Main.PROBLEMS, run.err());
        try (Connection db = CaseDb.open(caseFile, false)) {
            CaseDb.createIndexes(db);
            List<String> keys = keys(db, "");
            assertTrue(keys.size() > 30, "a varied case: " + keys.size());
            for (List<String> core : List.of(keys, everyThird(keys), keys.subList(0, 2))) {
                assertSameFirstRecords(db, core);
            }
        }
    }

    @Test
    void theWalkFindsWhatTheKeysFoundWithTiesUntimedRecordsAndRareKeys() throws Exception {
        Path caseFile = tmp.resolve("case.db");
        network().write(caseFile);
        try (Connection db = CaseDb.open(caseFile, false); Statement st = db.createStatement()) {
            CaseDb.createIndexes(db);
            List<String> keys = keys(db, "");
            List<String> rare = keys(db, " WHERE i.key LIKE '%99'");
            assertEquals(1, rare.size(), "one number on few records");
            assertSameFirstRecords(db, keys);
            // ties across devices and tables at the times where the first records end, fractions of
            // 3, 6 and 9 digits, untimed records, and a time in another tool's form
            st.execute("UPDATE calls SET time_utc = '2024-03-01T10:00:00.500Z' WHERE id % 4 = 0");
            st.execute("UPDATE messages SET time_utc = '2024-03-01T10:00:00.500Z' WHERE id % 3 = 0");
            st.execute("UPDATE messages SET time_utc = '2024-03-01T10:00:00.500001Z' WHERE id % 4 = 1");
            st.execute("UPDATE messages SET time_utc = '2024-03-01T10:00:00.499999999Z' WHERE id % 4 = 2");
            st.execute("UPDATE calls SET time_utc = '2024-03-01T10:00:00Z' WHERE id % 7 = 3");
            st.execute("UPDATE calls SET time_utc = NULL WHERE id % 5 = 1");
            st.execute("UPDATE messages SET time_utc = NULL WHERE id % 5 = 2");
            for (List<String> core : List.of(keys, everyThird(keys), rare)) {
                assertSameFirstRecords(db, core);
            }
            st.execute("UPDATE messages SET time_utc = '2024-03-01 10:00:00' WHERE id % 6 = 5");
            st.execute("UPDATE calls SET time_utc = 'Z' WHERE id = 2");
            st.execute("UPDATE messages SET time_utc = '' WHERE id = 3");
            assertSameFirstRecords(db, keys);
            assertSameFirstRecords(db, rare);

            // the rare number's records are more than the walk reads for one record wanted
            assertTrue(FirstCoreRecords.of(db, rare, 1, 10).isEmpty(), "left to the keys");
            assertEquals(reference(db, rare, 1), FirstCoreRecords.timeline(db, rare, 1));
            assertTrue(FirstCoreRecords.of(db, List.of("no such key"), 1, Long.MAX_VALUE).isEmpty());

            // a case made before the time indexes: found through the keys, the same
            st.execute("DROP INDEX " + CaseDb.MESSAGES_TIME_INDEX);
            assertFalse(CaseDb.hasTimeIndexes(db));
            assertTrue(FirstCoreRecords.of(db, keys, 5, Long.MAX_VALUE).isEmpty());
            assertEquals(reference(db, keys, 5), FirstCoreRecords.timeline(db, keys, 5));
        }
    }

    /**
     * For every count up to all the core's records and one more: the walk, unbounded and as the
     * report runs it, gives the reference's records. The walk answers whenever the core has that
     * many timed records, so this compares it, not the fallback, with the reference.
     */
    private static void assertSameFirstRecords(Connection db, List<String> core) throws Exception {
        List<TimelineRecord> whole = reference(db, core, Integer.MAX_VALUE);
        long timed = whole.stream().filter(r -> r.timeUtc() != null).count();
        assertTrue(timed > 0, "the core has timed records");
        int walked = 0;
        for (int n = 1; n <= whole.size() + 1; n++) {
            List<TimelineRecord> expected = whole.subList(0, Math.min(n, whole.size()));
            Optional<TimelineQuery.RecordIds> ids = FirstCoreRecords.of(db, core, n, Long.MAX_VALUE);
            assertEquals(n <= timed, ids.isPresent(), "walked to the " + n + "th record");
            if (ids.isPresent()) {
                walked++;
                List<TimelineRecord> found = new ArrayList<>();
                new TimelineQuery(db, TimelineFilter.ALL).forEachRecordOf(ids.get(), found::add);
                assertTrue(found.size() >= n, "the first " + n + " and their ties");
                assertEquals(expected, found.subList(0, n), "the first " + n + " records");
            }
            assertEquals(expected, FirstCoreRecords.timeline(db, core, n), "the report's first " + n);
        }
        assertEquals(timed, walked);
    }

    private static List<TimelineRecord> reference(Connection db, List<String> keys, int n) throws Exception {
        List<TimelineRecord> records = new ArrayList<>();
        FirstCoreRecords.byRange(db, keys, n, r -> {
            if (records.size() < n) {
                records.add(r);
            }
        });
        return records;
    }

    /** The keys named by calls and messages, in order; {@code where} narrows them. */
    private static List<String> keys(Connection db, String where) throws Exception {
        List<String> keys = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT DISTINCT i.key FROM"
                + " identifiers i JOIN occurrences o ON o.identifier_id = i.id AND o.record_table IN ('calls', 'messages')"
                + where + " ORDER BY i.key")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    private static List<String> everyThird(List<String> keys) {
        List<String> some = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += 3) {
            some.add(keys.get(i));
        }
        return some;
    }

    /** Three phones calling and texting a few numbers, one of them (…99) on a handful of records. */
    private static NetworkCaseBuilder network() {
        NetworkCaseBuilder network = new NetworkCaseBuilder(List.of("BR"));
        List<NetworkCaseBuilder.DeviceSpec> devices = network.threePhones();
        for (int i = 0; i < 60; i++) {
            String number = i % 17 == 5 ? "+5511987650099" : "+55119876500" + String.format("%02d", 10 + i % 7);
            NetworkCaseBuilder.DeviceSpec d = devices.get(i % 3);
            d.contact("Name " + i % 7, number);
            d.call(number, i % 2 == 0 ? "incoming" : "outgoing",
                    "2024-03-01T10:" + String.format("%02d", i % 9) + ":00Z", i);
            d.sms(number, "outgoing", "2024-03-0" + (1 + i % 3) + "T10:00:0" + i % 2 + "Z", "body " + i);
        }
        return network;
    }
}
