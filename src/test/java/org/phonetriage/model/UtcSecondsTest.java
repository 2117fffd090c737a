package org.phonetriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every time of the JSON contract has one shape: UTC to the second with Z, whatever the evidence's precision. */
class UtcSecondsTest {

    @Test
    void aStoredTimeOfAnyPrecisionIsCutToItsSecond() {
        assertEquals("2021-03-02T08:00:00Z", UtcSeconds.of("2021-03-02T08:00:00Z"));
        assertEquals("2021-03-02T08:00:00Z", UtcSeconds.of("2021-03-02T08:00:00.999Z")); // Android's unix-ms
        assertEquals("2021-03-02T08:00:00Z", UtcSeconds.of("2021-03-02T08:00:00.123456789Z")); // Cocoa nanoseconds
        assertEquals("1969-12-31T23:59:59Z", UtcSeconds.of(Instant.ofEpochMilli(-1)));
    }

    @Test
    void aYearPastNineThousandNineHundredAndNinetyNineKeepsItsSign() {
        // seconds misread as milliseconds' worth of seconds: damaged evidence, still said as it reads
        String far = UtcSeconds.of(Instant.ofEpochSecond(1_588_858_433_593L));
        assertTrue(far.matches("\\+\\d{5}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), far);
        assertEquals(far, UtcSeconds.of(Instant.parse(far).plusMillis(250).toString()));
    }

    @Test
    void aTimeToTheSecondIsGivenBackAsParsingAndPrintingIt() {
        java.util.Random random = new java.util.Random(28);
        String[] edges = {"2024-02-29T10:00:00Z", "2023-02-29T10:00:00Z", "2024-04-31T10:00:00Z", "2024-00-10T10:00:00Z",
            "2024-13-10T10:00:00Z", "2024-01-00T10:00:00Z", "2024-12-31T24:00:00Z", "2024-12-31T24:00:01Z",
            "2024-12-31T23:59:60Z", "2024-12-31T23:60:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
            "2024-01-01T00:00:00z", "2024-01-01t00:00:00Z", "2024-01-01T00:00:0aZ", "2024-01-01T00:00:00.5Z"};
        for (String t : edges) {
            assertEquals(UtcSeconds.parsed(t), UtcSeconds.of(t), t);
        }
        for (int i = 0; i < 20_000; i++) {
            String t = String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62));
            assertEquals(UtcSeconds.parsed(t), UtcSeconds.of(t), t);
        }
    }

    @Test
    void nullStaysNullAndTextThatIsNoTimeIsKept() {
        assertNull(UtcSeconds.of((String) null));
        assertNull(UtcSeconds.of((Instant) null));
        assertEquals("01/02/2021 08:00", UtcSeconds.of("01/02/2021 08:00"));
        assertTrue(UtcSeconds.now().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    }
}
