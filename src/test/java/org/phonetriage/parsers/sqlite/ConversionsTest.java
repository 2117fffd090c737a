package org.phonetriage.parsers.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.phonetriage.model.Timestamp;

/** Time conversions on the values a damaged or hostile database may hold. */
class ConversionsTest {

    @Test
    void aTimeBeyondTheYear9999KeepsItsRawValueAndNoInstant() {
        Timestamp s = (Timestamp) Conversions.apply("unix-s", Long.MAX_VALUE);
        assertNull(s.utc());
        assertEquals(String.valueOf(Long.MAX_VALUE), s.raw());
        assertNull(((Timestamp) Conversions.apply("unix-ms", "253402300800000")).utc(), "10000-01-01");
        assertEquals("9999-12-31T23:59:59Z", ((Timestamp) Conversions.apply("unix-s", 253_402_300_799L)).utc().toString());
        assertEquals("2024-03-11T19:05:00Z", ((Timestamp) Conversions.apply("unix-ms", 1_710_183_900_000L)).utc()
                .toString());
    }
}
