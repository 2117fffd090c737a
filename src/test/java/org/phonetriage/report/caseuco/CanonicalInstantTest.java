package org.phonetriage.report.caseuco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CanonicalInstantTest {

    @Test
    void acceptsWhatInstantPrints() {
        assertTrue(CanonicalInstant.is("2024-03-01T09:05:00Z"));
        assertTrue(CanonicalInstant.is("2024-02-29T23:59:59.250Z"));
        assertTrue(CanonicalInstant.is("2024-03-01T09:05:00.000001Z"));
        assertTrue(CanonicalInstant.is("2024-03-01T09:05:00.123456789Z"));
    }

    @Test
    void refusesWhatInstantWouldPrintOtherwiseOrNotParse() {
        assertFalse(CanonicalInstant.is("2024-03-01T09:05:00.000Z")); // printed without the fraction
        assertFalse(CanonicalInstant.is("2024-03-01T09:05:00.500000Z")); // printed as .500
        assertFalse(CanonicalInstant.is("2023-02-29T09:05:00Z")); // no such day
        assertFalse(CanonicalInstant.is("2024-03-01T24:00:00Z"));
        assertFalse(CanonicalInstant.is("2024-12-31T23:59:60Z")); // a leap second: parsed instead
        assertFalse(CanonicalInstant.is("2024-03-01 09:05:00Z"));
        assertFalse(CanonicalInstant.is("2024-03-01T09:05Z"));
        assertFalse(CanonicalInstant.is("0999-03-01T09:05:00Z"));
        assertFalse(CanonicalInstant.is("2024-03-01T09:05:0xZ"));
    }

    /** The check must agree with parsing and printing on every string, or case.jsonld would change. */
    @Test
    void agreesWithInstantOnRandomStrings() {
        Random random = new Random(15);
        String[] shapes = {"dddd-dd-ddTdd:dd:ddZ", "dddd-dd-ddTdd:dd:dd.dddZ", "dddd-dd-ddTdd:dd:dd.ddddddZ",
            "dddd-dd-ddTdd:dd:dd.dddddddddZ"};
        for (int i = 0; i < 200_000; i++) {
            String shape = shapes[random.nextInt(shapes.length)];
            StringBuilder s = new StringBuilder();
            for (char c : shape.toCharArray()) {
                // digits biased to valid dates, so that both answers are often seen
                s.append(c == 'd' ? (char) ('0' + (random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(3)))
                        : random.nextInt(500) == 0 ? 'x' : c);
            }
            String text = s.toString();
            if (CanonicalInstant.is(text)) {
                assertEquals(text, Instant.parse(text).toString(), text);
            } else {
                String printed;
                try {
                    printed = Instant.parse(text).toString();
                } catch (DateTimeParseException e) {
                    continue;
                }
                // refused though canonical: allowed only for the cases the class leaves to parsing
                if (printed.equals(text)) {
                    assertTrue(text.startsWith("0") || text.substring(17, 19).equals("60"), text);
                }
            }
        }
    }
}
