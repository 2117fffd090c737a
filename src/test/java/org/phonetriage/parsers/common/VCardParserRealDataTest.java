package org.phonetriage.parsers.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phonetriage.RealData;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.sqlite.CollectingSink;

/** vCards exported by real phones and apps (realdata INVENTORY §4). */
class VCardParserRealDataTest {

    @Test
    void whatsAppExportersContactsWithQuotedPrintableAndVersionMix() throws IOException {
        List<Contact> contacts = parse("KnugiHK__WhatsApp-Chat-Exporter/tests/data/contacts.vcf").contacts;
        assertEquals(6, contacts.size());
        assertEquals("Sample Contact", contacts.get(0).name());
        assertEquals("+85288888888", contacts.get(0).values().get(0).raw());
        assertEquals("cell", contacts.get(0).values().get(0).label());
        assertEquals("Yard Lawn Guy, Jose Lopez", contacts.get(1).name());
        assertEquals("5673334444", contacts.get(1).values().get(0).raw());
        assertEquals("John Butler 🌟💫🌟", contacts.get(2).name(), "QP UTF-8 over a soft line break");
        assertEquals("Airline Contact #'s", contacts.get(3).name(), "no FN or N: the organisation");
    }

    @Test
    void brazilianNumbersKeptVerbatim() throws IOException {
        List<Contact> contacts = parse("sepinf-inc__IPED/iped-parsers/iped-parsers-impl/src/test/resources/test-files/"
                + "test_contactsCompleteInfo.vcf").contacts;
        assertEquals(4, contacts.size());
        assertEquals("Taxi Lago Norte", contacts.get(0).name());
        assertEquals("021 (61)3468-2000", contacts.get(0).values().get(0).raw());
        assertEquals("Smart Assistência Técnica", contacts.get(2).name());
    }

    @Test
    void iphoneGroupedItemsTakeTheirAppleLabel() throws IOException {
        List<Contact> contacts = parse("mangstadt__ez-vcard/src/test/resources/ezvcard/io/text/John_Doe_IPHONE.vcf").contacts;
        Contact john = contacts.get(0);
        assertEquals("Mr. John Richter James Doe Sr.", john.name());
        List<String> phones = new ArrayList<>();
        for (ContactValue v : john.values()) {
            if (v.kind().equals("phone")) {
                phones.add(v.raw() + " " + v.label());
            }
        }
        assertTrue(phones.contains("905-222-1234 AssistantPhone"), phones::toString);
        assertTrue(john.values().stream().anyMatch(v -> v.kind().equals("email") && v.raw().equals("john.doe@ibm.com")));
    }

    @Test
    void aFileWithoutCardsIsRefused() {
        assertThrows(IOException.class, () -> new VCardParser().parse(
                new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8)), new FileParser.Source("x", "a.vcf"),
                new CollectingSink()));
    }

    private static CollectingSink parse(String path) throws IOException {
        CollectingSink sink = new CollectingSink();
        try (InputStream in = Files.newInputStream(RealData.path(path))) {
            new VCardParser().parse(in, new FileParser.Source("test", path), sink);
        }
        return sink;
    }
}
