package org.phonetriage.parsers.cellebrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.XmlCharacterFilter;
import org.phonetriage.parsers.sqlite.CollectingSink;

/** The ways real reports break (research A1.1), each a named problem with the rest still read. */
class UfedReportFailureTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<project xmlns=\"http://pa.cellebrite.com/report/2.0\" reportVersion=\"7.60\">";

    private static String sms(String id, String body, String from) {
        return "<model type=\"SMS\" id=\"" + id + "\" deleted_state=\"Intact\">"
                + "<field name=\"Body\" type=\"String\"><value type=\"String\">" + body + "</value></field>"
                + "<field name=\"TimeStamp\" type=\"TimeStamp\"><value type=\"TimeStamp\">2024-03-02T21:01:00</value>"
                + "</field><multiModelField name=\"Parties\" type=\"Party\"><model type=\"Party\">"
                + "<field name=\"Identifier\" type=\"String\"><value type=\"String\">" + from + "</value></field>"
                + "<field name=\"Role\" type=\"PartyRole\"><value type=\"PartyRole\">From</value></field>"
                + "</model></multiModelField></model>";
    }

    private static String report(String... models) {
        return HEAD + "<metadata section=\"Device Info\"><item name=\"IMEI\">356938035643809</item></metadata>"
                + "<decodedData><modelType type=\"SMS\">" + String.join("", models) + "</modelType></decodedData></project>";
    }

    @Test
    void forbiddenCharacterReferencesAreKeptAsTextAndTheRecordIsRead() throws IOException {
        CollectingSink sink = parse(report(sms("a", "ok&#x1;go&#31;&#x41;", "+33612345678"),
                sms("b", "<![CDATA[raw \u0002 control]]>", "+33612345679")));
        assertEquals(2, sink.messages.size());
        assertEquals("ok&#x1;go&#31;A", sink.messages.get(0).body(), "allowed references still decode");
        assertEquals("raw \uFFFD control", sink.messages.get(1).body());
        assertTrue(sink.problems.stream().anyMatch(p -> p.reason().startsWith("2 character references XML 1.0 forbids")
                && p.reason().contains("1 raw control characters")), () -> sink.problems.toString());
    }

    @Test
    void theFilterHoldsAReferenceSplitAcrossItsBuffer() throws IOException {
        for (int pad = 65_500; pad < 65_560; pad += 7) {
            String text = "x".repeat(pad) + "&#x1;<![CDATA[&#x1;]]>&amp;";
            XmlCharacterFilter f = new XmlCharacterFilter(new StringReader(text));
            StringBuilder out = new StringBuilder();
            char[] buf = new char[4096];
            for (int n; (n = f.read(buf, 0, buf.length)) >= 0; ) {
                out.append(buf, 0, n);
            }
            assertEquals("x".repeat(pad) + "&amp;#x1;<![CDATA[&#x1;]]>&amp;", out.toString(), "pad " + pad);
            assertEquals(1, f.references());
        }
    }

    @Test
    void aTruncatedReportKeepsWhatCameBefore() {
        String whole = report(sms("a", "first", "+33612345678"), sms("b", "second", "+33612345679"));
        String cut = whole.substring(0, whole.indexOf("second") + 3);
        CollectingSink sink = new CollectingSink();
        IOException e = assertThrows(IOException.class, () -> new UfedReportParser().parse(
                new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)), new FileParser.Source("t", "report.xml"),
                sink));
        assertTrue(e.getMessage().startsWith("the report ends before its last element (truncated?) at line 1"),
                e.getMessage());
        assertEquals(List.of("first"), sink.messages.stream().map(m -> m.body()).toList());
        assertEquals(1, sink.owners.size(), "Device Info read before the cut is kept");
    }

    @Test
    void aProtectedReportIsNamedAsSuch() {
        byte[] encrypted = {(byte) 0x8f, 0x12, 0x00, 0x7e, (byte) 0xc3, 0x55, 0x01, 0x02, 0x03};
        IOException e = assertThrows(IOException.class, () -> new UfedReportParser().parse(
                new ByteArrayInputStream(encrypted), new FileParser.Source("t", "report.xml"), new CollectingSink()));
        assertEquals("not XML (it starts with bytes 8f12007ec3550102): a report saved with protection (password)"
                + " cannot be read; ask for an unprotected UFDR or XML report", e.getMessage());
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path tmp) throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<project xmlns=\"http://pa.cellebrite.com/report/2.0\"><decodedData><modelType type=\"SMS\">"
                + sms("a", "&x;", "+33612345678") + "</modelType></decodedData></project>";
        CollectingSink sink = new CollectingSink();
        IOException e = assertThrows(IOException.class, () -> new UfedReportParser().parse(
                new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), new FileParser.Source("t", "report.xml"),
                sink));
        assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
        assertFalse(sink.messages.stream().anyMatch(m -> String.valueOf(m.body()).contains("TOP-SECRET")));
    }

    @Test
    void unknownModelTypesAreCountedAndListed() throws IOException {
        String xml = HEAD + "<metadata section=\"Device Info\"><item name=\"IMEI\">356938035643809</item></metadata>"
                + "<decodedData><modelType type=\"Location\"><model type=\"Location\" id=\"l1\"/>"
                + "<model type=\"Location\" id=\"l2\"/></modelType><modelType type=\"Note\"><model type=\"Note\"/>"
                + "</modelType><modelType type=\"SMS\">" + sms("a", "hi", "+33612345678") + "</modelType>"
                + "</decodedData></project>";
        CollectingSink sink = parse(xml);
        assertEquals(1, sink.messages.size());
        assertTrue(sink.problems.stream().anyMatch(p -> p.reason().equals("3 models of types phonetriage does not"
                + " read are not in the case (they stay in the report): Location 2, Note 1")), sink.problems::toString);
    }

    @Test
    void timesWithoutOffsetAreReadAsUtcAndSaidSo() throws IOException {
        CollectingSink sink = parse(report(sms("a", "hi", "+33612345678")));
        assertEquals("2024-03-02T21:01:00Z", sink.messages.get(0).time().iso());
        assertEquals(UfedTimestamps.NO_OFFSET, sink.messages.get(0).time().encoding());
        assertTrue(sink.problems.stream().anyMatch(p -> p.reason().startsWith("1 times carry no UTC offset")));
    }

    @Test
    void aNewerUfdrWithoutDeviceInfoPointsAtItsDatabase() throws IOException {
        String xml = HEAD + "<decodedData><modelType type=\"SMS\">" + sms("a", "hi", "+33612345678")
                + "</modelType></decodedData></project>";
        FileParser.Siblings dbData = new FileParser.Siblings() {
            @Override
            public List<String> under(String folder) {
                return folder.equals("DbData") ? List.of("DbData/database.db", "DbData/database.json") : List.of();
            }

            @Override
            public byte[] read(String path) {
                throw new AssertionError("not read");
            }
        };
        CollectingSink sink = new CollectingSink();
        new UfedReportParser().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                new FileParser.Source("t", "report.xml", dbData), sink);
        assertEquals(1, sink.messages.size());
        assertTrue(sink.problems.stream().anyMatch(p -> p.reason().contains("no Device Info")
                && p.reason().contains("DbData/database.db, a PostgreSQL dump")), sink.problems::toString);
    }

    @Test
    void simDataGivesTheCardsIdentifiersAndFacts() throws IOException {
        String item = "<model type=\"SIMData\" id=\"s%d\"><field name=\"Category\" type=\"String\"><value"
                + " type=\"String\">SIM</value></field><field name=\"Name\" type=\"String\"><value type=\"String\">"
                + "%s</value></field><field name=\"Value\" type=\"String\"><value type=\"String\">%s</value></field>"
                + "</model>";
        CollectingSink sink = parse(HEAD + "<decodedData><modelType type=\"SIMData\">"
                + String.format(item, 1, "ICCID", "89340123456789012341") + String.format(item, 2, "IMSI", "214011234567890")
                + String.format(item, 3, "SPN", "Vodafone ES") + "</modelType></decodedData></project>");
        assertEquals(List.of("iccid 89340123456789012341", "imsi 214011234567890"),
                sink.owners.stream().map(o -> o.kind() + " " + o.value()).toList());
        assertEquals(List.of("SIM SPN=Vodafone ES"), sink.facts.stream().map(f -> f.name() + "=" + f.value()).toList());
    }

    @Test
    void aGroupChatGivesItsMembersAOneToOneChatDoesNot() throws IOException {
        String party = "<model type=\"Party\"><field name=\"Identifier\" type=\"String\"><value type=\"String\">%s"
                + "</value></field><field name=\"IsPhoneOwner\" type=\"Boolean\"><value type=\"Boolean\">%s</value>"
                + "</field></model>";
        String chat = "<model type=\"Chat\" id=\"g1\"><field name=\"Source\" type=\"String\"><value type=\"String\">"
                + "WhatsApp</value></field><field name=\"Id\" type=\"String\"><value type=\"String\">%s</value></field>"
                + "<field name=\"Name\" type=\"String\"><value type=\"String\">Carga</value></field>"
                + "<multiModelField name=\"Participants\" type=\"Party\">%s</multiModelField></model>";
        String members = String.format(party, "34722418809@s.whatsapp.net", "True")
                + String.format(party, "5511987654321@s.whatsapp.net", "False")
                + String.format(party, "34612345678@s.whatsapp.net", "False");
        CollectingSink sink = parse(HEAD + "<decodedData><modelType type=\"Chat\">"
                + String.format(chat, "120363041234567890@g.us", members)
                + String.format(chat, "34612345678@s.whatsapp.net", String.format(party, "34612345678@s.whatsapp.net",
                "False")) + "</modelType></decodedData></project>");
        assertEquals(1, sink.contacts.size(), "only the group");
        assertEquals("Carga", sink.contacts.get(0).name());
        assertEquals(List.of("group-member 5511987654321@s.whatsapp.net", "group-member 34612345678@s.whatsapp.net"),
                sink.contacts.get(0).values().stream().map(v -> v.kind() + " " + v.raw()).toList(),
                "the owner is an owner identifier, not a member entry");
    }

    private static CollectingSink parse(String xml) throws IOException {
        return UfedReportParserRealDataTest.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
