package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;
import org.phonetriage.cli.BadInputTest;
import org.phonetriage.cli.Main;
import org.phonetriage.query.KeySummaryQuery;
import org.phonetriage.report.CaseState;
import org.phonetriage.store.CaseDb;
import org.phonetriage.store.OccurrenceFacts;
import org.phonetriage.xref.rules.OccurrenceSql;

/**
 * The one pass over the occurrences gives, per (identifier, device) and per device-link group,
 * what the SQL it replaced aggregated over the sorted copy of the occurrences (OccurrenceFacts,
 * still there for the other readers): compared on a case of varied test images (Android and
 * iPhone apps, group chats, a SIM card seized apart from its phone) and a real WhatsApp database
 * with deleted records, recovered as earlier versions of live ones (realdata
 * Er-Simon__Sqlite3-restore-deleted-records, whose owner's counterpart is a phone of the case).
 */
class OccurrencePassTest {

    private static final List<String> IMAGES = List.of("test-images/D01-android.tar", "test-images/D02-android.zip",
            "test-images/D03-android", "test-images/D13-android-messengers", "test-images/D14-android-apps.tar",
            "test-images/D10-ios-backup", "test-images/S01-sim");

    @TempDir
    static Path tmp;
    static Path caseFile;
    static OccurrencePass pass;
    static int rows;

    @BeforeAll
    static void ingest() throws Exception {
        caseFile = tmp.resolve("case.db");
        Path italian = Files.createDirectories(tmp.resolve("IT-phone/data/data/com.whatsapp/databases"));
        RealData.copyDatabase("Er-Simon__Sqlite3-restore-deleted-records/msgstore.db", italian);
        Path prefs = Files.createDirectories(tmp.resolve("counterpart/data/data/com.whatsapp/shared_prefs"));
        Files.writeString(prefs.resolve("com.whatsapp_preferences_light.xml"), "<map><string name=\"registration_jid\">"
                + "393482606211</string><string name=\"cc\">39</string><string name=\"ph\">3482606211</string></map>");
        List<String> args = new ArrayList<>(List.of("ingest", "--case", caseFile.toString(), "--region", "IT"));
        args.addAll(IMAGES);
        args.addAll(List.of(italian.getParent().getParent().getParent().getParent().toString(),
                prefs.getParent().getParent().getParent().getParent().toString()));
        BadInputTest.Run run = BadInputTest.Run.of(args);
        assertTrue(run.exit() == Main.OK || run.exit() == Main.PROBLEMS, run.err());
        try (Connection db = CaseDb.open(caseFile, false)) {
            pass = OccurrencePass.read(db, row -> rows++);
        }
    }

    @Test
    void eachRowIsHandedOnAndTheCaseIsVaried() throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            assertEquals(count(db, "SELECT count(*) FROM occurrences"), rows);
            assertTrue(count(db, "SELECT count(*) FROM occurrences WHERE record_table = 'contacts'") > 0);
            assertTrue(count(db, "SELECT count(*) FROM occurrences WHERE record_table = 'messages'") > 0);
            assertTrue(count(db, "SELECT count(DISTINCT device_id) FROM occurrences") >= IMAGES.size());
            assertTrue(count(db, "SELECT count(*) FROM messages WHERE recovered_version_of IS NOT NULL") > 0);
        }
    }

    @Test
    void perDeviceFactsAreWhatTheListingsSqlAggregated() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        try (Connection db = CaseDb.open(caseFile, false); OccurrenceFacts facts = OccurrenceFacts.read(db);
             Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                     "SELECT o.identifier_id, o.device_id, group_concat(DISTINCT o.role), count(*), min(o.time_utc),"
                     + " max(o.time_utc), min(o.confidence), " + OccurrenceSql.anyStrong("o")
                     + ", substr(min(o.confidence || '|' || o.rule), 3), " + OccurrenceSql.anyService("o")
                     + ", sum(o.recovered), max(CASE WHEN " + OccurrenceSql.counted("o") + " THEN 1 ELSE 0 END),"
                     + " max(CASE WHEN " + OccurrenceSql.linking("o") + " AND " + OccurrenceSql.chosen("o")
                     + " AND o.role <> 'owner' THEN 1 ELSE 0 END)"
                     + " FROM occurrence_details o GROUP BY o.identifier_id, o.device_id")) {
            while (rs.next()) {
                expected.put(rs.getLong(1) + "/" + rs.getLong(2), String.join(" ", List.of(
                        new TreeSet<>(List.of(rs.getString(3).split(","))).toString(), rs.getString(4),
                        String.valueOf(rs.getString(5)), String.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getString(13), distinct(db, "name", rs.getLong(1), rs.getLong(2)),
                        distinct(db, "raw", rs.getLong(1), rs.getLong(2)))));
            }
        }
        Map<String, String> actual = new TreeMap<>();
        for (OccurrencePass.OnDevice d : pass.pairs()) {
            String rule = d.confidenceRule.substring(2);
            actual.put(d.identifierId + "/" + d.deviceId, String.join(" ", List.of(d.roles.sorted().toString(),
                    String.valueOf(d.occurrences), String.valueOf(d.first), String.valueOf(d.last), d.confidence,
                    bit(d.strong), rule, bit(d.service), String.valueOf(d.recovered), bit(d.counted), bit(d.held),
                    d.names.sorted().toString(), d.raws.sorted().toString())));
        }
        assertTrue(expected.size() > 50, "pairs: " + expected.size());
        assertEquals(expected, actual);
    }

    @Test
    void deviceLinkGroupsAreWhatTheirSqlAggregated() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        try (Connection db = CaseDb.open(caseFile, false); OccurrenceFacts facts = OccurrenceFacts.read(db);
             Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                     "SELECT ow.device_id, o.device_id, ow.identifier_id, o.role, " + OccurrenceSql.anyStrong("o")
                     + ", count(*), min(o.time_utc), max(o.time_utc)"
                     + " FROM (SELECT DISTINCT device_id, identifier_id FROM owner_identifiers) ow"
                     + " JOIN occurrence_details o ON o.identifier_id = ow.identifier_id AND o.device_id <> ow.device_id"
                     + " WHERE " + OccurrenceSql.linking("o") + " AND o.earlier_version = 0"
                     + " GROUP BY ow.device_id, o.device_id, ow.identifier_id, o.role")) {
            while (rs.next()) {
                expected.put(rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getString(4),
                        rs.getInt(5) + " " + rs.getLong(6) + " " + rs.getString(7) + " " + rs.getString(8));
            }
        }
        Map<String, String> actual = new TreeMap<>();
        pass.linkGroups().forEach((g, f) -> actual.put(g.ownerDevice() + "/" + g.device() + "/" + g.identifierId()
                + "/" + g.role(), bit(f.strong) + " " + f.count + " " + f.first + " " + f.last));
        assertTrue(!expected.isEmpty());
        assertEquals(expected, actual);
    }

    /**
     * What {@code xref} stores for search's summary (key_summaries, aggregated as the pass reads the
     * occurrences) is, value for value and type for type, what the GROUP BY over the copy of the
     * occurrences stored before.
     */
    @Test
    void searchSummariesTheXrefStoresAreWhatTheirSqlAggregated() throws Exception {
        List<String> expected = new ArrayList<>();
        try (Connection db = CaseDb.open(caseFile, false); OccurrenceFacts facts = OccurrenceFacts.read(db);
             Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                     "SELECT quote(identifier_id), quote(device_id), quote(role), quote(party_role), quote(name),"
                     + " quote(reading_id), quote(run_id), quote(count(*)), quote(coalesce(sum(deleted = 1), 0)),"
                     + " quote(coalesce(sum(recovered), 0)), quote(min(time_utc)), quote(max(time_utc))"
                     + " FROM " + OccurrenceFacts.TABLE
                     + " GROUP BY identifier_id, device_id, role, party_role, name, reading_id, run_id")) {
            while (rs.next()) {
                expected.add(row(rs));
            }
        }
        Path copy = tmp.resolve("summaries/case.db");
        Files.createDirectories(copy.getParent());
        Files.copy(caseFile, copy);
        BadInputTest.Run run = BadInputTest.Run.of(List.of("xref", "--case", copy.toString(), "-o",
                tmp.resolve("summaries/xref.json").toString()));
        assertTrue(run.exit() == Main.OK || run.exit() == Main.PROBLEMS, run.err());
        List<String> stored = new ArrayList<>();
        try (Connection db = CaseDb.open(copy, false); Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT quote(identifier_id), quote(device_id), quote(role), quote(party_role), quote(name),"
                + " quote(reading_id), quote(run_id), quote(occurrences), quote(deleted), quote(recovered),"
                + " quote(first_time), quote(last_time) FROM key_summaries")) {
            while (rs.next()) {
                stored.add(row(rs));
            }
            assertTrue(KeySummaryQuery.of(db, CaseState.of(db).digest()).stored());
            assertTrue(count(db, "SELECT count(*) FROM key_summaries WHERE recovered > 0") > 0);
            assertTrue(count(db, "SELECT count(*) FROM key_summaries WHERE deleted > 0") > 0);
            assertTrue(count(db, "SELECT count(*) FROM key_summaries WHERE run_id IS NOT NULL") > 0);
            assertTrue(count(db, "SELECT count(DISTINCT identifier_id) FROM key_summaries")
                    == count(db, "SELECT count(DISTINCT identifier_id) FROM occurrences"));
        }
        expected.sort(null);
        stored.sort(null);
        assertTrue(expected.size() > 100, "groups: " + expected.size());
        for (int i = 0; i < Math.min(expected.size(), stored.size()); i++) {
            assertEquals(expected.get(i), stored.get(i), "row " + i);
        }
        assertEquals(expected.size(), stored.size());
    }

    private static String row(ResultSet rs) throws SQLException {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            b.append(rs.getString(i)).append('\t');
        }
        return b.toString();
    }

    @Test
    void textIsComparedAsSqliteComparesIt() throws Exception {
        // a supplementary character (a surrogate pair in Java) sorts after U+E000..U+FFFF in UTF-8
        List<String> values = List.of("", "a", "ab", "b", "Z", "é", "\uE000", "\uFFFD", "\uD83D\uDE00", "\uD83D\uDE00a",
                "+331", "+3310", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00.5Z");
        try (Connection db = CaseDb.open(tmp.resolve("compare.db"), true)) {
            for (String a : values) {
                for (String b : values) {
                    try (var ps = db.prepareStatement("SELECT (? < ?) - (? > ?)")) {
                        ps.setString(1, a);
                        ps.setString(2, b);
                        ps.setString(3, a);
                        ps.setString(4, b);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            assertEquals(rs.getInt(1), -Integer.signum(BinaryText.compare(a, b)), a + " vs " + b);
                        }
                    }
                }
            }
        }
    }

    @Test
    void distinctHoldsOneValueAloneAndSortsSeveral() {
        SortedStrings one = new SortedStrings();
        assertEquals(List.of(), one.sorted());
        one.add("sms");
        one.add("sms");
        assertEquals(List.of("sms"), one.sorted());
        one.add("call");
        one.add("sms");
        one.add("contact");
        assertEquals(List.of("call", "contact", "sms"), one.sorted());
    }

    private static String distinct(Connection db, String column, long identifier, long device) throws SQLException {
        TreeSet<String> values = new TreeSet<>();
        try (var ps = db.prepareStatement("SELECT DISTINCT o." + column + " FROM occurrence_details o"
                + " WHERE o.identifier_id = ? AND o.device_id = ? AND o." + column + " IS NOT NULL"
                + ("raw".equals(column) ? " AND o.raw <> ''" : ""))) {
            ps.setLong(1, identifier);
            ps.setLong(2, device);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values.toString();
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String bit(boolean b) {
        return b ? "1" : "0";
    }
}
