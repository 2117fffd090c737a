package org.phonetriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantTextTest {

    @Test
    void writesWhatInstantToStringWrites() {
        SplittableRandom random = new SplittableRandom(15);
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long end = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 300_000; i++) {
            // the whole range, and around now where evidence's times are; every fraction form
            long seconds = i % 2 == 0 ? random.nextLong(first - 1_000_000, end + 1_000_000)
                    : random.nextLong(0, 4_102_444_800L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(seconds, nanos);
            assertEquals(t.toString(), InstantText.of(t), () -> seconds + "s " + nanos + "ns");
        }
    }

    /**
     * Times in order, many a day, as a phone's messages come, and two days in turn: each day's date
     * is written once and kept, so a kept date must be the right day's (fails if the day kept is
     * reused for the next one, or around midnight and before 1970).
     */
    @Test
    void timesInOrderAndDaysInTurn() {
        long start = Instant.parse("1969-12-25T00:00:00Z").getEpochSecond();
        for (long seconds = start; seconds < start + 20 * 86_400L; seconds += 1_237) {
            Instant t = Instant.ofEpochSecond(seconds, seconds % 3 == 0 ? 0 : 5_000_000);
            assertEquals(t.toString(), InstantText.of(t));
        }
        Instant midnight = Instant.parse("2020-03-01T00:00:00Z");
        for (int i = 0; i < 1_000; i++) {
            Instant t = midnight.plusSeconds(i % 2 == 0 ? -1 - i : i);
            assertEquals(t.toString(), InstantText.of(t));
        }
    }

    @Test
    void bordersOfTheFastFormAndOfTheCalendar() {
        for (String s : new String[] {"0000-01-01T00:00:00Z", "-0001-12-31T23:59:59.999999999Z",
                "9999-12-31T23:59:59.999Z", "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.000001Z", "2000-02-29T12:00:00.100Z", "1900-02-28T23:59:59Z",
                "2100-03-01T00:00:00.000000001Z", "1601-01-01T00:00:00Z"}) {
            Instant t = Instant.parse(s);
            assertEquals(t.toString(), InstantText.of(t));
        }
        assertEquals("2024-03-01T09:05:00.250Z", InstantText.of(Instant.parse("2024-03-01T09:05:00.25Z")));
    }
}
