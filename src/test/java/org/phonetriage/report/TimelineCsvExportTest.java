package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;
import org.phonetriage.cli.BadInputTest;
import org.phonetriage.cli.Main;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.query.TimelineCsv;
import org.phonetriage.query.TimelineStats;
import org.phonetriage.store.CaseDb;

/**
 * timeline.csv sorted in Java ({@link TimelineCsvExport}) is byte for byte what SQLite's join and
 * sort gave ({@link TimelineCsv#writeBySql}, kept as the reference), with the guard on and off, in
 * one run and spilled in many: on test images of every kind of phone with a real WhatsApp database,
 * and on a case edited to hold what ingest never writes.
 */
class TimelineCsvExportTest {

    private static final List<String> IMAGES = List.of("test-images/D01-android.tar", "test-images/D02-android.zip",
            "test-images/D03-android", "test-images/D06-ufdr.ufdr", "test-images/D07-xry", "test-images/D08-axiom.xml",
            "test-images/D10-ios-backup", "test-images/D13-android-messengers", "test-images/D19-ios-telegram.tar",
            "test-images/S01-sim");

    @TempDir
    Path tmp;

    @Test
    void sortedInJavaIsWhatSqliteSortedOnTestImagesAndARealWhatsApp() throws Exception {
        Path caseFile = tmp.resolve("case.db");
        Path italian = Files.createDirectories(tmp.resolve("IT-phone/data/data/com.whatsapp/databases"));
        RealData.copyDatabase("Er-Simon__Sqlite3-restore-deleted-records/msgstore.db", italian);
        List<String> args = new ArrayList<>(List.of("ingest", "--case", caseFile.toString(), "--region", "IT"));
        args.addAll(IMAGES);
        args.add(tmp.resolve("IT-phone").toString());
        BadInputTest.Run run = BadInputTest.Run.of(args);
        assertTrue(run.exit() == Main.OK || run.exit() == Main.PROBLEMS, run.err());
        try (Connection db = CaseDb.open(caseFile, false)) {
            assertTrue(count(db, "SELECT count(*) FROM messages") > 100, "a varied case");
            assertSameAsSql(db, 2_000);
        }
    }

    @Test
    void sortedInJavaIsWhatSqliteSortedOnACaseHoldingWhatIngestNeverWrites() throws Exception {
        Path caseFile = tmp.resolve("case.db");
        network().write(caseFile);
        try (Connection db = CaseDb.open(caseFile, false); Statement st = db.createStatement()) {
            assertSameAsSql(db, 300);
            // the same instants on several devices, fractions of 3, 6 and 9 digits, untimed records,
            // a record of no device, of a parser run that is gone, a party whose identifier is gone
            st.execute("UPDATE calls SET time_utc = '2024-03-01T10:00:00.500Z' WHERE id % 4 = 0");
            st.execute("UPDATE messages SET time_utc = '2024-03-01T10:00:00.500001Z' WHERE id % 4 = 1");
            st.execute("UPDATE messages SET time_utc = '2024-03-01T10:00:00.499999999Z' WHERE id % 4 = 2");
            st.execute("UPDATE calls SET time_utc = NULL WHERE id % 5 = 1");
            st.execute("UPDATE messages SET time_utc = NULL WHERE id % 5 = 2");
            st.execute("UPDATE calls SET device_id = 999 WHERE id = 3");
            st.execute("UPDATE messages SET run_id = 999 WHERE id = 4");
            st.execute("UPDATE occurrences SET identifier_id = 999999 WHERE id = (SELECT min(id) FROM occurrences"
                    + " WHERE record_table = 'calls')");
            // an occurrence whose reading is gone, one whose identifier is not its reading's
            st.execute("UPDATE occurrences SET reading_id = 999999 WHERE id = (SELECT max(id) FROM occurrences"
                    + " WHERE record_table = 'messages')");
            st.execute("UPDATE occurrences SET identifier_id = (SELECT max(id) FROM identifiers)"
                    + " WHERE id = (SELECT min(id) FROM occurrences WHERE record_table = 'messages')");
            st.execute("UPDATE occurrences SET name = NULL WHERE record_table <> 'contacts'");
            // readings with alternatives (one, two, one a spreadsheet would evaluate): joined per reading
            st.execute("UPDATE readings SET alternatives = '+390612345678 it-national' WHERE id % 3 = 0");
            st.execute("UPDATE readings SET alternatives = '+441234567890 gb\n=cmd|x region' WHERE id % 3 = 1");
            assertSameAsSql(db, 300);
            Path file = tmp.resolve("stats.csv");
            TimelineStats stats = TimelineCsvExport.write(db, file, true);
            assertEquals(count(db, "SELECT (SELECT count(*) FROM calls WHERE device_id <> 999)"
                    + " + (SELECT count(*) FROM messages)"), stats.records());
            assertEquals(count(db, "SELECT (SELECT count(*) FROM calls WHERE time_utc IS NULL AND device_id <> 999)"
                    + " + (SELECT count(*) FROM messages WHERE time_utc IS NULL)"), stats.untimed());

            // a time in another form (another tool's case): SQLite's sort writes it, the same bytes
            st.execute("UPDATE messages SET time_utc = '2024-03-01 10:00:00' WHERE id = 6");
            assertSameAsSql(db, 300);
            assertEquals(null, TimelineCsvExport.writeSortedInJava(db, tmp.resolve("other.csv"), true, 300));
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".sort.phonetriage-")),
                    "the spilled runs are deleted");
        }
    }

    @Test
    void theKeyOfAStoredTimeSortsAsItsTextDoes() {
        Random random = new Random(15);
        List<String> times = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            long second = 946_684_800L + random.nextInt(1_000) * (random.nextBoolean() ? 1L : 86_400L * 31);
            int nano = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            times.add(Instant.ofEpochSecond(second, nano).toString());
        }
        times.add("1000-01-01T00:00:00Z");
        times.add("9999-12-31T23:59:59.999999999Z");
        for (int i = 1; i < times.size(); i++) {
            String a = times.get(i - 1);
            String b = times.get(i);
            int text = Integer.signum(a.substring(0, a.length() - 1).compareTo(b.substring(0, b.length() - 1)));
            long ka = TimelineCsvExport.seconds(a);
            long kb = TimelineCsvExport.seconds(b);
            int key = ka != kb ? Long.compare(ka, kb)
                    : Long.compare(TimelineCsvExport.nanos(a), TimelineCsvExport.nanos(b));
            assertEquals(text, Integer.signum(key), a + " vs " + b);
        }
        assertEquals(-1, TimelineCsvExport.seconds("2024-03-01 10:00:00"));
        assertEquals(-1, TimelineCsvExport.seconds("+10000-01-01T00:00:00Z"));
        assertEquals(-1, TimelineCsvExport.seconds("2024-03-01T10:00:00.500000Z"), "not Instant's own form");
    }

    /** Both writers, guard on and off, one run and spilled runs of {@code runBytes}. */
    private void assertSameAsSql(Connection db, int runBytes) throws Exception {
        boolean storedForm = count(db, "SELECT count(*) FROM (SELECT time_utc FROM calls UNION ALL"
                + " SELECT time_utc FROM messages) WHERE time_utc NOT GLOB '[1-9][0-9][0-9][0-9]-*Z'") == 0;
        for (boolean guard : List.of(true, false)) {
            Path reference = tmp.resolve("reference-" + guard + ".csv");
            TimelineStats expected = TimelineCsv.writeBySql(db, reference, guard);
            byte[] bytes = Files.readAllBytes(reference);
            Path one = tmp.resolve("one-" + guard + ".csv");
            TimelineStats inJava = TimelineCsvExport.writeSortedInJava(db, one, guard, TimelineCsvExport.RUN_BYTES);
            assertEquals(expected, inJava != null ? inJava : TimelineCsvExport.write(db, one, guard));
            assertArrayEquals(bytes, Files.readAllBytes(one), "guard " + guard);
            assertEquals(storedForm, inJava != null, "sorted in Java unless a time is of another form");
            Path many = tmp.resolve("many-" + guard + ".csv");
            assertEquals(expected, TimelineCsvExport.write(db, many, guard, runBytes));
            assertArrayEquals(bytes, Files.readAllBytes(many), "spilled, guard " + guard);
        }
    }

    /** Three phones sharing numbers with hostile, quoted and non-ASCII names, labels not in ingest order. */
    private static NetworkCaseBuilder network() {
        NetworkCaseBuilder network = new NetworkCaseBuilder(List.of("BR"));
        List<String> names = List.of("=HYPERLINK(1)", "Zé \"Zezinho\" Silva, Jr", "Ana\nMaria", "+5511", "@chefe",
                "Bob", "名前", "-");
        List<NetworkCaseBuilder.DeviceSpec> devices = network.threePhones();
        for (int i = 0; i < 30; i++) {
            String number = i % 3 == 0 ? "(11) 98765-00" + String.format("%02d", i)
                    : "+55119876500" + String.format("%02d", i % 7);
            NetworkCaseBuilder.DeviceSpec d = devices.get(i % 3);
            d.contact(names.get(i % names.size()), number);
            d.call(i % 7 == 0 ? "-1" : number, i % 2 == 0 ? "incoming" : "outgoing",
                    "2024-03-01T10:" + String.format("%02d", i % 4) + ":00Z", i);
            d.sms(number, "outgoing", i % 5 == 0 ? "2024-03-01T10:00:00.500Z" : "2024-03-02T10:00:00Z",
                    names.get((i + 1) % names.size()) + " body, " + i);
        }
        return network;
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
