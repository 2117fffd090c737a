package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.store.CaseDb;

/**
 * occurrences.csv, read in stored order and sorted in Java ({@link SortedRows}), is byte for byte
 * what SQLite's own join and sort of the occurrence_details view gave (the query kept here as the
 * reference): with and without the formula guard, in one run and spilled to disk in many, on a case
 * of several devices sharing numbers, with hostile, quoted and non-ASCII names, and one holding
 * the separator the SQL joins a row's plain texts with.
 */
class OccurrencesCsvTest {

    @TempDir
    Path tmp;

    @Test
    void sortedInJavaIsWhatSqliteSortedWithTheGuardOnAndOffInOneRunOrMany() throws Exception {
        Path caseFile = tmp.resolve("case.db");
        network().write(caseFile);
        try (Connection db = CaseDb.open(caseFile, false)) {
            for (boolean guard : List.of(true, false)) {
                byte[] expected = reference(db, tmp.resolve("reference-" + guard + ".csv"), guard);
                Path one = tmp.resolve("one-" + guard + ".csv");
                long rows = OccurrencesCsv.write(db, one, guard);
                assertArrayEquals(expected, Files.readAllBytes(one), "guard " + guard);
                assertEquals(count(db, "SELECT count(*) FROM occurrences"), rows);
                Path many = tmp.resolve("many-" + guard + ".csv");
                OccurrencesCsv.write(db, many, guard, 300); // a few rows a run: spilled and merged
                assertArrayEquals(expected, Files.readAllBytes(many), "spilled, guard " + guard);
            }
            String text = Files.readString(tmp.resolve("one-true.csv"));
            assertTrue(text.contains("'=HYPERLINK(1)") && text.contains("\"Zé \"\"Zezinho\"\" Silva, Jr\"")
                    && text.contains("\"Ana\nMaria\""), text);
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".sort.phonetriage-")),
                    "the spilled runs are deleted");
        }
    }

    @Test
    void anOccurrenceWhoseReadingOrIdentifierIsGoneIsLeftOutAndAReadingOfAnotherKeyIsFound() throws Exception {
        Path caseFile = tmp.resolve("case.db");
        network().write(caseFile);
        try (Connection db = CaseDb.open(caseFile, false); Statement st = db.createStatement()) {
            // what no ingest writes, but a case edited by hand may hold
            st.execute("UPDATE readings SET identifier_id = (SELECT max(id) FROM identifiers)"
                    + " WHERE id = (SELECT min(id) FROM readings)");
            st.execute("DELETE FROM readings WHERE id = (SELECT max(id) FROM readings)");
            st.execute("UPDATE occurrences SET identifier_id = 999999 WHERE id = 3");
            byte[] expected = reference(db, tmp.resolve("reference.csv"), true);
            Path file = tmp.resolve("occurrences.csv");
            long rows = OccurrencesCsv.write(db, file, true);
            assertArrayEquals(expected, Files.readAllBytes(file));
            assertTrue(rows < count(db, "SELECT count(*) FROM occurrences"), "rows " + rows);
        }
    }

    /** Three phones sharing numbers, labels not in the order they were ingested. */
    private static NetworkCaseBuilder network() {
        NetworkCaseBuilder network = new NetworkCaseBuilder(List.of("BR"));
        List<String> names = List.of("=HYPERLINK(1)", "Zé \"Zezinho\" Silva, Jr", "Ana\nMaria", "+5511", "@chefe",
                "Bob", "名前", "-", "Unit\u001fseparated");
        List<NetworkCaseBuilder.DeviceSpec> devices = network.threePhones();
        for (int i = 0; i < 24; i++) {
            String number = i % 3 == 0 ? "(11) 98765-00" + String.format("%02d", i) : "+55119876500" + String.format("%02d", i % 7);
            NetworkCaseBuilder.DeviceSpec d = devices.get(i % 3);
            d.contact(names.get(i % names.size()), number);
            d.call(number, i % 2 == 0 ? "incoming" : "outgoing", "2024-03-01T10:" + String.format("%02d", i) + ":00Z", i);
            d.sms(number, "outgoing", i % 5 == 0 ? "2024-03-01T10:00:00.5Z" : "2024-03-02T10:00:00Z", "body " + i);
        }
        return network;
    }

    /** The query and CSV writer occurrences.csv had before it was sorted in Java. */
    private static byte[] reference(Connection db, Path file, boolean guard) throws Exception {
        String sql = "SELECT o.key, o.type, d.label, o.role, o.record_table, o.record_id, o.raw, o.name,"
                + " o.label, o.party_role, o.direction, o.time_utc, o.confidence, o.rule, o.region, o.level,"
                + " o.device_normalized FROM occurrence_details o"
                + " JOIN devices d ON d.id = o.device_id ORDER BY o.key, d.label, o.id";
        int recordId = OccurrencesCsv.HEADER.indexOf("record_id");
        try (CsvTable table = CsvTable.create(file, OccurrencesCsv.HEADER, OccurrencesCsv.IDENTIFIERS).formulaGuard(guard);
             Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            Object[] row = new Object[OccurrencesCsv.HEADER.size()];
            while (rs.next()) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = i == recordId ? (Object) rs.getLong(i + 1) : rs.getString(i + 1);
                }
                table.row(Arrays.asList(row));
            }
            table.commit();
        }
        return Files.readAllBytes(file);
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
