package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** SQL's min() and max() as the cross-reference's Java aggregates take them (BinaryText.compare is checked against SQLite in OccurrencePassTest). */
class BinaryTextTest {

    @Test
    void minAndMaxSkipNullsAsSqlDoes() {
        assertNull(BinaryText.min(null, null));
        assertEquals("b", BinaryText.min(null, "b"));
        assertEquals("a", BinaryText.min("a", null));
        assertEquals("a", BinaryText.min("b", "a"));
        assertEquals("b", BinaryText.max("b", "a"));
        assertEquals("b", BinaryText.max(null, "b"));
        assertEquals("b", BinaryText.max("b", null));
    }

    @Test
    void aCharacterBeyondTheBasicPlaneSortsAfterPrivateUseAsItsUtf8Does() {
        String emoji = "\uD83D\uDE00";
        assertEquals(emoji, BinaryText.max("\uFFFD", emoji));
        assertEquals("\uE000", BinaryText.min(emoji, "\uE000"));
        // text order, as SQL compared the stored times: '.' sorts before 'Z'
        assertEquals("2024-01-01T00:00:00.5Z", BinaryText.min("2024-01-01T00:00:00Z", "2024-01-01T00:00:00.5Z"));
    }
}
