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
    void partsCannotRunIntoEachOther() {
        assertNotEquals(CaseIri.of(UcoTerm.TOOL, "ab", "c"), CaseIri.of(UcoTerm.TOOL, "a", "bc"));
        assertNotEquals(CaseIri.of(UcoTerm.TOOL, "a|1:b"), CaseIri.of(UcoTerm.TOOL, "a", "b"));
    }
}
