package org.phonetriage.report.caseuco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseIriTest {

    @Test
    void uuid5MatchesTheRfcAlgorithm() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertEquals(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"), CaseIri.uuid5(dns, "python.org"));
    }

    @Test
    void sameDataSameIriAndTheClassLeadsIt() {
        String a = CaseIri.of(UcoTerm.CALL, "D01-android abc", "calls", 12);
        assertEquals(a, CaseIri.of(UcoTerm.CALL, "D01-android abc", "calls", 12));
        assertTrue(a.matches("kb:Call-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), a);
        assertNotEquals(a, CaseIri.of(UcoTerm.CALL, "D01-android abc", "calls", 13));
    }

    @Test
    void numbersOfEveryLengthAreNamedAsTheirDecimalText() {
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 5_000; i++) {
            long v = random.nextLong() >> random.nextInt(64); // every magnitude, both signs
            String text = Long.toString(v);
            assertEquals(CaseIri.uuid5(NAMESPACE, "Call|" + text.length() + ":" + text).toString(),
                    CaseIri.of(UcoTerm.CALL, v).substring("kb:Call-".length()), text);
            assertEquals(CaseIri.of(UcoTerm.CALL, v), CaseIri.of(UcoTerm.CALL, (int) v == v ? (Object) (int) v : v));
        }
    }

    private static final UUID NAMESPACE =
            CaseIri.uuid5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), CaseIri.KB);

    @Test
    void partsCannotRunIntoEachOther() {
        assertNotEquals(CaseIri.of(UcoTerm.TOOL, "ab", "c"), CaseIri.of(UcoTerm.TOOL, "a", "bc"));
        assertNotEquals(CaseIri.of(UcoTerm.TOOL, "a|1:b"), CaseIri.of(UcoTerm.TOOL, "a", "b"));
    }

    @Test
    void madeInPlaceAsFromTheNameString() {
        // the reference: the name concatenated as a String, encoded and hashed by the JDK, formatted by UUID
        UUID ns = CaseIri.uuid5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), CaseIri.KB);
        Object[][] cases = {
            {"D01-android abc", "calls", 12L, 0L},
            {-7L, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, 0, 9, 10, 99, 100},
            {null, "", "Zoë", "日本語", "\uD83D\uDE00 emoji", "unpaired \uD800 high", "low \uDC00", "é\uD800"},
            {"x".repeat(1000), "ü".repeat(300)},
            {3.5, true, 'c'},
            {},
        };
        for (Object[] parts : cases) {
            for (UcoTerm type : new UcoTerm[] {UcoTerm.CALL, UcoTerm.OBSERVABLE_RELATIONSHIP}) {
                StringBuilder name = new StringBuilder(type.localName());
                for (Object p : parts) {
                    String s = String.valueOf(p);
                    name.append('|').append(s.length()).append(':').append(s);
                }
                assertEquals("kb:" + type.localName() + "-" + CaseIri.uuid5(ns, name.toString()),
                        CaseIri.of(type, parts), name::toString);
            }
        }
    }
}
