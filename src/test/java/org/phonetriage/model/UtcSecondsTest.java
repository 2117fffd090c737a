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
    void nullStaysNullAndTextThatIsNoTimeIsKept() {
        assertNull(UtcSeconds.of((String) null));
        assertNull(UtcSeconds.of((Instant) null));
        assertEquals("01/02/2021 08:00", UtcSeconds.of("01/02/2021 08:00"));
        assertTrue(UtcSeconds.now().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    }
}
