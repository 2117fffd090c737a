package org.phonetriage.xref.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The graph's fast reading of a stored time gives what {@code Instant.parse} gives, or fails as it does. */
class EpochSecondsTest {

    @Test
    void randomTimesOfEveryShapeAgreeWithTheJdk() {
        Random random = new Random(15);
        for (int i = 0; i < 200_000; i++) {
            // from year 0 to 9999, some with fractions (which the fast path leaves to the JDK)
            Instant t = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_799L),
                    random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
            String text = t.toString();
            assertEquals(t.getEpochSecond(), EpochSeconds.of(text), text);
        }
    }

    @Test
    void unusualShapesAgreeWithTheJdk() {
        for (String text : List.of("2024-02-29T23:59:59Z", "1969-12-31T23:59:59.999Z", "1970-01-01T00:00:00Z",
                "0000-01-01T00:00:00Z", "2024-03-01T10:22:00+02:00", "2016-12-31T23:59:60Z",
                "+10000-01-01T00:00:00Z", "2024-03-01T10:22:00.5Z", "2024-01-01T24:00:00Z")) {
            assertEquals(Instant.parse(text).getEpochSecond(), EpochSeconds.of(text), text);
        }
    }

    @Test
    void textThatIsNoTimeFailsAsTheJdkFails() {
        for (String text : List.of("2023-02-29T10:00:00Z", "2024-13-01T10:00:00Z", "2024-01-01T10:60:00Z", "2024-0a-01T10:00:00Z", "2024-01-01 10:00:00Z", "")) {
            assertThrows(DateTimeParseException.class, () -> EpochSeconds.of(text), text);
        }
    }
}
