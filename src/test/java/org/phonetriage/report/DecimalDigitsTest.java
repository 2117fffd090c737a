package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bytes written are Long.toString's, at the place given, and nothing beside them; the length is theirs. */
class DecimalDigitsTest {

    @Test
    void everyLengthAndTheEdgesGiveLongToString() {
        Random random = new Random(20);
        List<Long> values = new java.util.ArrayList<>(List.of(0L, 9L, 10L, -1L, -10L, Long.MAX_VALUE, Long.MIN_VALUE,
                Long.MIN_VALUE + 1, (long) Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, -(long) Integer.MAX_VALUE - 1));
        for (int i = 0; i < 20_000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        for (long v : values) {
            byte[] buffer = new byte[3 + DecimalDigits.MAX + 3];
            int n = DecimalDigits.write(v, buffer, 3);
            assertEquals(Long.toString(v), new String(buffer, 3, n, StandardCharsets.US_ASCII));
            assertEquals(0, buffer[2], "nothing before");
            assertEquals(0, buffer[3 + n], "nothing after");
            assertEquals(Long.toString(v).length(), DecimalDigits.length(v), Long.toString(v));
        }
    }
}
