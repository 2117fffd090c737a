package org.phonetriage.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineQueryTest {

    @TempDir
    static Path tmp;
    static Connection db;

    @BeforeAll
    static void createCase() throws Exception {
        db = SmallCase.create(tmp.resolve("case.db"));
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void recordsComeInTimeOrderThenDeviceTableAndIdWithUntimedLast() throws Exception {
        List<TimelineRecord> records = new ArrayList<>();
        TimelineStats stats = new TimelineQuery(db, TimelineFilter.ALL).forEach(records::add);
        assertEquals(List.of("messages:1", "calls:3", "calls:2", "messages:2", "calls:1", "calls:4"),
                records.stream().map(r -> r.source().record()).toList());
        assertEquals(new TimelineStats(6, 1, 0), stats);
        assertNull(records.get(5).timeUtc());
    }

    @Test
    void eachRecordHasItsPartiesNamesAndSource() throws Exception {
        Map<String, TimelineRecord> byRecord = new java.util.HashMap<>();
        new TimelineQuery(db, TimelineFilter.ALL).forEach(r -> byRecord.put(r.source().record(), r));

        TimelineRecord sms = byRecord.get("messages:1");
        assertEquals(1, sms.parties().size(), "the reading not chosen is shown with its party, not as another party");
        assertEquals("+34612345678", sms.parties().get(0).key());
        assertEquals("612345678", sms.parties().get(0).raw());
        assertEquals(List.of("+33612345678"), sms.parties().get(0).alternatives());
        assertEquals("android.mmssms.sms", sms.source().parser());
        assertEquals("e".repeat(64), sms.source().sha256());

        TimelineRecord mms = byRecord.get("messages:2");
        assertEquals(List.of("+5511987654321", "+33700000000"), mms.parties().stream().map(TimelineParty::key).toList());
        assertEquals("Boss", mms.parties().get(0).name(), "a message party gets the name its phone saved it under");
        assertFalse(mms.parties().get(0).own());
        assertTrue(mms.parties().get(1).own());
        assertEquals("to", mms.parties().get(1).role());

        assertEquals("Tio", byRecord.get("calls:2").parties().get(0).name(), "the call log's own name comes first");
        assertEquals(60L, byRecord.get("calls:2").durationS());
        TimelineParty withheld = byRecord.get("calls:4").parties().get(0);
        assertNull(withheld.key());
        assertEquals("-1", withheld.raw());
    }

    @Test
    void filtersByKeyAlsoWhereItIsOnlyAReadingNotChosen() throws Exception {
        assertEquals(List.of("messages:1"), records(new TimelineFilter(List.of("+33612345678"), List.of(), TimeRange.ALL)));
        assertEquals(List.of("calls:3", "calls:2", "messages:2"),
                records(new TimelineFilter(List.of("+5511987654321"), List.of(), TimeRange.ALL)));
    }

    @Test
    void filtersByDeviceAndInclusiveRange() throws Exception {
        TimeRange instant = TimeRange.parse("2024-03-01T09:05:00Z", "2024-03-01T09:05:00Z");
        assertEquals(List.of("calls:3", "calls:2", "messages:2"), records(new TimelineFilter(List.of(), List.of(), instant)));
        assertEquals(List.of("calls:2", "messages:2", "calls:1", "calls:4"),
                records(new TimelineFilter(List.of(), List.of("B-phone"), TimeRange.ALL)));
        TimelineStats stats = new TimelineQuery(db, new TimelineFilter(List.of(), List.of("B-phone"),
                TimeRange.parse("2024-03-01", null))).forEach(r -> { });
        assertEquals(new TimelineStats(3, 0, 1), stats, "the untimed call is left out of a range, and counted");
    }

    @Test
    void csvKeepsPartiesAlignedAndTheBodyInOneField() throws Exception {
        StringWriter out = new StringWriter();
        try (TimelineCsv csv = new TimelineCsv(out)) {
            new TimelineQuery(db, TimelineFilter.ALL).forEach(csv);
        }
        assertEquals(TimelineCsv.HEADER, CsvRows.header(out.toString()));
        List<Map<String, String>> rows = CsvRows.parse(out.toString());
        assertEquals(6, rows.size());
        assertEquals("hi, \"you\"\nbye", rows.get(0).get("body"));
        Map<String, String> mms = rows.get(3);
        assertEquals("+5511987654321 | +33700000000", mms.get("counterpart_keys"));
        assertEquals("from | to own", mms.get("counterpart_roles"));
        assertEquals("Boss | ", mms.get("names"));
        assertEquals("messages:2", mms.get("record"));
        assertEquals("", rows.get(5).get("time_utc"));
    }

    @Test
    void jsonHasOneObjectPerRecord() throws Exception {
        StringWriter out = new StringWriter();
        try (TimelineJson json = new TimelineJson(out)) {
            new TimelineQuery(db, TimelineFilter.ALL).forEach(json);
        }
        JsonNode records = new ObjectMapper().readTree(out.toString());
        assertEquals(6, records.size());
        JsonNode sms = records.get(0);
        assertEquals("hi, \"you\"\nbye", sms.get("body").asText());
        assertEquals("+33612345678", sms.get("counterparts").get(0).get("alternatives").get(0).asText());
        assertEquals("messages:1", sms.get("source").get("record").asText());
    }

    private static List<String> records(TimelineFilter filter) throws Exception {
        List<String> out = new ArrayList<>();
        new TimelineQuery(db, filter).forEach(r -> out.add(r.source().record()));
        return out;
    }
}
