package org.phonetriage.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Every duration form the exports write, and what is no duration. */
class DurationsTest {

    @Test
    void forms() {
        assertEquals(95L, Durations.seconds("95"));
        assertEquals(95L, Durations.seconds("1:35"));
        assertEquals(221L, Durations.seconds("00:03:41"));
        assertEquals(221L, Durations.seconds(" 00:03:41.5000000 "));
        assertEquals(90_061L, Durations.seconds("1.01:01:01"), "Cellebrite's TimeSpan with days");
        assertEquals(65L, Durations.seconds("01:05.500"));
        assertNull(Durations.seconds("3 min"));
        assertNull(Durations.seconds(""));
        assertNull(Durations.seconds(null));
        assertNull(Durations.seconds("0044444444444444444444444:03:05"), "more digits than a long holds");
        assertNull(Durations.seconds("999999999999999999:00"), "fits a long, but not once in seconds");
    }
}
