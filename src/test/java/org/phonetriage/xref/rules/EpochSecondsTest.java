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
            // from year 0 to 9999, some with fractions (3, 6 or 9 digits as Instant writes them)
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
                "+10000-01-01T00:00:00Z", "2024-03-01T10:22:00.5Z", "2024-01-01T24:00:00Z",
                "1969-12-31T23:59:59.000000001Z", "1900-02-28T23:59:59.99Z", "2016-12-31T23:59:60.250Z",
                "2024-02-29T00:00:00.1234Z", "0000-01-01T00:00:00.0Z")) {
            assertEquals(Instant.parse(text).getEpochSecond(), EpochSeconds.of(text), text);
        }
    }

    @Test
    void textThatIsNoTimeFailsAsTheJdkFails() {
        for (String text : List.of("2023-02-29T10:00:00Z", "2024-13-01T10:00:00Z", "2024-01-01T10:60:00Z", "2024-0a-01T10:00:00Z", "2024-01-01 10:00:00Z", "",
                "2023-02-29T10:00:00.123Z", "2024-01-01T10:00:00.1234567890Z", "2024-01-01T10:00:00.12a4Z",
                "2024-01-01T10:00:00.123")) {
            assertThrows(DateTimeParseException.class, () -> EpochSeconds.of(text), text);
        }
    }

    @Test
    void fractionsOfOddShapesGetTheJdksAnswer() {
        // a dot without digits or a comma: whatever the JDK's parser makes of them, the answer is its own
        for (String text : List.of("2024-01-01T10:00:00.Z", "2024-01-01T10:00:00,123Z", "2024-01-01T10:00:00.١٢٣Z")) {
            Object expected;
            try {
                expected = Instant.parse(text).getEpochSecond();
            } catch (DateTimeParseException e) {
                expected = DateTimeParseException.class;
            }
            Object actual;
            try {
                actual = EpochSeconds.of(text);
            } catch (DateTimeParseException e) {
                actual = DateTimeParseException.class;
            }
            assertEquals(expected, actual, text);
        }
    }
}
