package org.phonetriage.report.caseuco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small mapping rules of case.jsonld. */
class CaseUcoMappingTest {

    @Test
    void partyValuesAndClasses() {
        assertEquals("+33612345678", PartyNode.value("+33612345678"));
        assertEquals("36179", PartyNode.value("short:FR:36179"));
        assertEquals("a@b.fr", PartyNode.value("email:a@b.fr"));
        assertEquals("ACME: SALE", PartyNode.value("alpha:ACME: SALE"));
        assertEquals(UcoTerm.PHONE_ACCOUNT, PartyNode.nodeClass("short"));
        assertEquals(UcoTerm.EMAIL_ADDRESS, PartyNode.nodeClass("email"));
        assertEquals(UcoTerm.DIGITAL_ACCOUNT, PartyNode.nodeClass("wa-lid"));
    }

    @Test
    void onlyVocabularyScopes() {
        assertEquals("mobile", ContactSection.scope("Mobile"));
        assertEquals("work fax", ContactSection.scope("Work Fax"));
        assertNull(ContactSection.scope("Trampo"));
    }

    @Test
    void aReceivedMessageIsNotDatedByItsArrival() {
        assertEquals("2024-03-01T06:00:00Z", MessageSection.sentTime("outgoing", "2024-03-01T06:00:00Z", null));
        assertNull(MessageSection.sentTime("incoming", "2024-03-01T06:00:05Z", null));
        assertEquals("2024-03-01T06:00:00Z",
                MessageSection.sentTime("incoming", "2024-03-01T06:00:05Z", "2024-03-01T06:00:00Z"));
        assertNull(MessageSection.sentTime("draft", "2024-03-01T06:00:00Z", null));
    }

    @Test
    void androidPackageFromThePathOfTheDatabase() {
        assertEquals(Optional.of("com.android.providers.telephony"), CaseIndex.androidPackage(
                "data/user_de/0/com.android.providers.telephony/databases/telephony.db"));
        assertEquals(Optional.of("com.whatsapp"), CaseIndex.androidPackage("data/data/com.whatsapp/databases/msgstore.db"));
        assertEquals(Optional.empty(), CaseIndex.androidPackage("private/var/mobile/Library/SMS/sms.db"));
    }

    @Test
    void statusAndTimesInTheirXsdForms() {
        assertEquals("Success", ActionSection.status("ok"));
        assertEquals("Fail", ActionSection.status("failed"));
        assertNull(JsonLdGraphWriter.xsdDateTime("2024-03-01 06:00"));
        assertEquals("2026-11-28T21:43:16.721068911Z", JsonLdGraphWriter.xsdDateTime("2026-11-28T21:43:16.721068911Z"));
    }
}
