package org.phonetriage.report.caseuco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NodeIriTest {

    @Test
    void textIsTheClassAndTheUuidsCanonicalForm() {
        Random random = new Random(15);
        for (int i = 0; i < 2_000; i++) {
            UcoTerm type = UcoTerm.values()[random.nextInt(UcoTerm.values().length)];
            long msb = random.nextLong();
            long lsb = i % 3 == 0 ? -1L >>> random.nextInt(64) : random.nextLong();
            NodeIri iri = new NodeIri(type, msb, lsb);
            String expected = "kb:" + type.localName() + "-" + new UUID(msb, lsb);
            assertEquals(expected, iri.toString());
            assertEquals(expected.length(), iri.length());
            byte[] out = new byte[iri.length() + 7];
            assertEquals(3 + iri.length(), iri.write(out, 3));
        }
    }

    @Test
    void aNodeIriPartIsHashedAsItsText() {
        NodeIri call = CaseIri.iri(UcoTerm.CALL, "D01-android abc", "calls", 12L, 0L);
        assertEquals(CaseIri.of(UcoTerm.CALL, "D01-android abc", "calls", 12L, 0L), call.toString());
        assertEquals(CaseIri.of(UcoTerm.CALL_FACET, call.toString()), CaseIri.iri(UcoTerm.CALL_FACET, call).toString());
        assertEquals(CaseIri.of(UcoTerm.CONTACT_PHONE, call.toString(), "+33612345678", 1L),
                CaseIri.iri(UcoTerm.CONTACT_PHONE, call, "+33612345678", 1L).toString());
    }

    @Test
    void equalAsTheirTexts() {
        NodeIri a = new NodeIri(UcoTerm.PHONE_ACCOUNT, 1, 2);
        assertEquals(a, new NodeIri(UcoTerm.PHONE_ACCOUNT, 1, 2));
        assertEquals(a.hashCode(), new NodeIri(UcoTerm.PHONE_ACCOUNT, 1, 2).hashCode());
        assertNotEquals(a, new NodeIri(UcoTerm.PHONE_ACCOUNT, 1, 3));
        assertNotEquals(a, new NodeIri(UcoTerm.EMAIL_ADDRESS, 1, 2));
        // two terms of one local name (action:object, core:object) make the same text
        assertEquals(new NodeIri(UcoTerm.ACTION_OBJECT, 1, 2), new NodeIri(UcoTerm.CORE_OBJECT, 1, 2));
    }
}
