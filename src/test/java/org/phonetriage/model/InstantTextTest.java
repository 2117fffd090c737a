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
