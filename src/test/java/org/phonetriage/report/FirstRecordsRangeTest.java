package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.cli.BadInputTest;
import org.phonetriage.query.TimeRange;
import org.phonetriage.query.TimelineFilter;
import org.phonetriage.query.TimelineQuery;
import org.phonetriage.query.TimelineRecord;
import org.phonetriage.store.CaseDb;

/**
 * The timeline bounded by {@link FirstRecordsRange} begins with the same records, in the same
 * order, as the whole timeline, for every count of records shown, on the demo's three phones.
 */
class FirstRecordsRangeTest {

    @TempDir
    Path tmp;

    @Test
    void theBoundedTimelineStartsAsTheWholeOne() throws Exception {
        Path out = tmp.resolve("demo");
        BadInputTest.Run.of(List.of("triage", "--out", out.toString(), "--quiet", "test-images/D01-android.tar",
                "test-images/D02-android.zip", "test-images/D03-android"));
        try (Connection db = CaseDb.open(out.resolve("case.db"), false)) {
            List<String> keys = new ArrayList<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT DISTINCT i.key"
                    + " FROM identifiers i JOIN occurrences o ON o.identifier_id = i.id"
                    + " WHERE o.record_table IN ('calls', 'messages') ORDER BY i.key")) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            List<String> some = keys.subList(0, keys.size() / 3); // a part of the network, as the report's core
            for (List<String> shown : List.of(keys, some)) {
                List<TimelineRecord> whole = timeline(db, shown, TimeRange.ALL);
                assertTrue(whole.size() > 20, "the demo has records: " + whole.size());
                int bounded = 0;
                for (int n = 1; n <= whole.size() + 1; n++) {
                    TimeRange range = FirstRecordsRange.of(db, shown, n);
                    List<TimelineRecord> first = timeline(db, shown, range);
                    assertEquals(whole.subList(0, Math.min(n, whole.size())), first.subList(0, Math.min(n, first.size())),
                            "the first " + n + " records");
                    if (range.to() != null) {
                        bounded++;
                        assertTrue(first.size() >= n, "a bounded timeline holds the first " + n);
                    }
                }
                assertTrue(bounded > whole.size() / 2, "most counts are bounded: " + bounded);
                assertTrue(timeline(db, shown, FirstRecordsRange.of(db, shown, 1)).size() < whole.size(),
                        "the range leaves the later records out");
                assertEquals(TimeRange.ALL, FirstRecordsRange.of(db, shown, whole.size() + 1),
                        "more records than there are: the whole timeline");
            }
        }
    }

    private static List<TimelineRecord> timeline(Connection db, List<String> keys, TimeRange range) throws Exception {
        List<TimelineRecord> records = new ArrayList<>();
        new TimelineQuery(db, new TimelineFilter(keys, List.of(), range)).forEach(records::add);
        return records;
    }
}
