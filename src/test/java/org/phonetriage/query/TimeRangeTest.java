package org.phonetriage.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    @Test
    void aDateStartsAtMidnightAndAnEndDateCoversTheWholeDay() {
        TimeRange r = TimeRange.parse("2024-03-01", "2024-03-01");
        assertEquals(Instant.parse("2024-03-01T00:00:00Z"), r.from());
        assertEquals(Instant.parse("2024-03-01T23:59:59.999999999Z"), r.to());
        assertTrue(r.bounded());
    }

    @Test
    void dateTimesTakeZOffsetsOrUtc() {
        assertEquals(Instant.parse("2024-03-01T10:00:00Z"), TimeRange.parse("2024-03-01T10:00:00Z", null).from());
        assertEquals(Instant.parse("2024-03-01T09:00:00Z"), TimeRange.parse("2024-03-01T10:00:00+01:00", null).from());
        assertEquals(Instant.parse("2024-03-01T10:00:00Z"), TimeRange.parse("2024-03-01T10:00", null).from());
        assertNull(TimeRange.parse(null, null).from());
        assertFalse(TimeRange.ALL.bounded());
    }

    @Test
    void badDatesAndReversedRangesAreRefusedWithTheOptionNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeRange.parse("yesterday", null));
        assertTrue(e.getMessage().startsWith("--from: 'yesterday' is not a date"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TimeRange.parse(null, "2024-02-30"))
                .getMessage().startsWith("--to:"));
        assertThrows(IllegalArgumentException.class, () -> TimeRange.parse("2024-03-02", "2024-03-01"));
    }

    @Test
    void theSortableFormOrdersAsTimeDoesWhereTheStoredFormDoesNot() {
        List<Instant> times = List.of(Instant.parse("2024-03-01T09:04:59.999Z"), Instant.parse("2024-03-01T09:05:00Z"),
                Instant.parse("2024-03-01T09:05:00.000500Z"), Instant.parse("2024-03-01T09:05:00.5Z"));
        assertTrue(times.get(1).toString().compareTo(times.get(3).toString()) > 0, "why the stored form is not used");
        List<String> sortable = new ArrayList<>(times.stream().map(TimeRange::sortable).toList());
        List<String> sorted = new ArrayList<>(sortable);
        sorted.sort(null);
        assertEquals(sortable, sorted);
    }
}
