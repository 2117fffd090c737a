package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * CsvBytes writes a number as CsvTable does: Long.toString's digits; and the fields of joined texts
 * only when each is its own field.
 */
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

    @Test
    void joinedPlainTextsAreCopiedFieldByField() {
        int[] ends = new int[4];
        byte[] joined = "a\u001f\u001f+33612\u001fsms".getBytes(StandardCharsets.UTF_8);
        assertTrue(CsvBytes.plainFields(joined, 4, true, ends));
        CsvBytes b = new CsvBytes();
        for (int i = 0; i < 4; i++) {
            b.field(joined, ends, i);
            b.comma();
        }
        assertEquals("a,,+33612,sms,", new String(b.bytes(), 0, b.size(), StandardCharsets.US_ASCII));
        assertTrue(CsvBytes.plainFields(new byte[] {31, 31, 31}, 4, true, ends), "four empty texts");
        assertArrayEquals(new int[] {0, 1, 2, 3}, ends);
    }

    @Test
    void joinedTextsAreReadOneByOneWhenOneIsNotItsOwnFieldOrTheCountIsWrong() {
        int[] ends = new int[3];
        for (String joined : new String[] {"a\u001fb,c\u001fd", "a\u001f\"b\u001fd", "a\u001fé\u001fd", "a\u001fb\nc\u001fd",
                "a\u001fb", "a\u001fb\u001fc\u001fd"}) {
            assertFalse(CsvBytes.plainFields(joined.getBytes(StandardCharsets.UTF_8), 3, false, ends), joined);
        }
        for (String guarded : new String[] {"=1+1", "@x", "+x", "-2+3"}) {
            byte[] joined = ("a\u001f" + guarded + "\u001fd").getBytes(StandardCharsets.UTF_8);
            assertFalse(CsvBytes.plainFields(joined, 3, true, ends), guarded);
            assertTrue(CsvBytes.plainFields(joined, 3, false, ends), guarded + " unguarded");
        }
        assertTrue(CsvBytes.plainFields("a\u001f+33.5\u001f-".getBytes(StandardCharsets.UTF_8), 3, true, ends));
    }
}
