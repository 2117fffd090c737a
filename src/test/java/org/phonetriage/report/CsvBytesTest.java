package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** CsvBytes writes a number as CsvTable does: Long.toString's digits. */
class CsvBytesTest {

    @Test
    void numbersAreTheirDecimalDigits() {
        for (long n : new long[] {0, 7, 10, 99, 100, 123_456_789, -1, -12, Long.MAX_VALUE, Long.MIN_VALUE}) {
            CsvBytes b = new CsvBytes();
            b.append(new byte[] {'x'});
            b.number(n);
            b.comma();
            assertEquals("x" + n + ",", new String(b.bytes(), 0, b.size(), StandardCharsets.US_ASCII));
        }
    }
}
