package org.phonetriage.parsers.cellebrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phonetriage.RealData;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Party;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.sqlite.CollectingSink;

/**
 * The report.xml sample built from the element names public parsers rely on, and IPED's
 * real-structure UFED model fragments (realdata INVENTORY §4), read by the streaming parser.
 */
class UfedReportParserRealDataTest {

    private static final String IPED = "sepinf-inc__IPED/iped-engine/src/test/resources/";

    @Test
    void deviceInfoBecomesTheOwnersIdentifiers() throws IOException {
        CollectingSink sink = parse(RealData.path("ufdr_report_sample.xml"));
        Set<String> owners = owners(sink);
        assertTrue(owners.containsAll(Set.of("imei 356938035643809", "iccid 8939100000000000017",
                "imsi 222100000000001", "phone +393331234567", "phone 3331234567", "name Owner Example")), owners::toString);
        OwnIdentifier iccid = sink.owners.stream().filter(o -> o.kind().equals("iccid")).findFirst().orElseThrow();
        assertEquals("UFED Device Info ICCID (SIM extraction)", iccid.basis());
    }

    @Test
    void contactCallSmsAndChatOfTheSample() throws IOException {
        CollectingSink sink = parse(RealData.path("ufdr_report_sample.xml"));
        Contact zio = sink.contacts.get(0);
        assertEquals("Zio", zio.name());
        assertEquals("phone 333 987 6543 Mobile", value(zio, 0));
        assertEquals("im 393339876543@s.whatsapp.net WhatsApp", value(zio, 1), "a phone-book entry's WhatsApp id");
        assertFalse(zio.deleted());

        Call call = sink.calls.get(0);
        assertEquals("+393339876543", call.number());
        assertEquals("Zio", call.name());
        assertEquals("outgoing", call.direction());
        assertEquals(221L, call.durationSeconds());
        assertEquals("2024-03-02T20:58:11Z", call.time().iso());
        assertEquals(Call.CELLULAR, call.kind(), "an empty Source is the phone's own dialer");
        assertEquals("Established", call.result());

        Message sms = sink.messages.get(0);
        assertEquals("sms", sms.kind());
        assertEquals("incoming", sms.direction());
        assertEquals(List.of(new Party("from", "0039 333 9876543")), sms.parties());
        assertTrue(sms.provenance().table().endsWith("(deleted)"), "deleted_state=Deleted is kept");
        assertEquals(Boolean.TRUE, sms.read());

        Message chat = sink.messages.get(1);
        assertEquals("whatsapp", chat.kind());
        assertEquals("incoming", chat.direction());
        assertEquals("domani alle 4", chat.body());
        assertEquals("393339876543@s.whatsapp.net", chat.thread());
        assertEquals(List.of(new Party("from", "393339876543@s.whatsapp.net")), chat.parties(),
                "the owner (IsPhoneOwner) is not a counterpart");
        assertTrue(sink.problems.isEmpty(), () -> sink.problems.toString());
    }

    @Test
    void ipedChatFragmentStreamsEveryMessageWithItsApp() throws IOException {
        CollectingSink sink = parse(wrapped("ufed-model-chat.xml", "Chat"));
        assertEquals(11, sink.messages.size(), "the 11 messages of the chat, not the 3 quoted or embedded in them");
        assertEquals(9, sink.messages.stream().filter(m -> m.kind().equals("whatsapp")).count());
        assertEquals(2, sink.messages.stream().filter(m -> m.kind().equals("telegram")).count());
        assertTrue(sink.messages.stream().allMatch(m -> "5511999996666@s.whatsapp.net".equals(m.thread())));
        assertTrue(sink.messages.stream().anyMatch(m -> "Vendo".equals(m.body())));
        assertTrue(owners(sink).contains("phone 5511999998888@s.whatsapp.net"), "IsPhoneOwner party");
        assertTrue(owners(sink).contains("app:telegram 5600023546"),
                "a Telegram owner's numeric id is its Telegram account, not a phone number: " + owners(sink));
        // a message naming no recipient reaches the chat's other participants, said as such
        assertTrue(sink.messages.stream().flatMap(m -> m.parties().stream())
                .anyMatch(p -> p.equals(new Party("participant", "5511999996666@s.whatsapp.net"))));
        assertTrue(sink.messages.stream().anyMatch(m -> "outgoing".equals(m.direction())));
        assertEquals(Set.of(), sink.messages.stream().map(m -> m.time() == null ? "none" : m.time().encoding())
                .filter(e -> !e.equals(UfedTimestamps.ENCODING)).collect(Collectors.toSet()));
    }

    @Test
    void ipedUserAccountsGiveOwnAccountsButNotDisplayNames() throws IOException {
        CollectingSink sink = parse(wrapped("ufed-model-useraccount.xml", null));
        Set<String> owners = owners(sink);
        assertTrue(owners.contains("phone 5511999997777@s.whatsapp.net"), owners::toString);
        assertTrue(owners.contains("app:facebook 1212121212121212"), owners::toString);
        assertFalse(owners.stream().anyMatch(o -> o.contains("Raticate")), "an 'Additional Name' is not an id");
        assertFalse(owners.stream().anyMatch(o -> o.contains("cdninstagram")), "profile pictures are not ids");
        assertTrue(sink.problems.stream().anyMatch(p -> p.reason().contains("no Device Info")));
    }

    private static Set<String> owners(CollectingSink sink) {
        return sink.owners.stream().map(o -> o.kind() + " " + o.value()).collect(Collectors.toSet());
    }

    private static String value(Contact c, int i) {
        var v = c.values().get(i);
        return v.kind() + " " + v.raw() + " " + v.label();
    }

    /** IPED's fragments are models without the project around them: put them where a report has them. */
    static InputStream wrapped(String fragment, String modelType) throws IOException {
        String head = "<?xml version=\"1.0\" encoding=\"utf-8\"?><project xmlns=\"http://pa.cellebrite.com/report/2.0\">"
                + "<decodedData>" + (modelType == null ? "" : "<modelType type=\"" + modelType + "\">");
        String tail = (modelType == null ? "" : "</modelType>") + "</decodedData></project>";
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                Files.newInputStream(RealData.path(IPED + fragment)),
                new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
    }

    private static CollectingSink parse(java.nio.file.Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    static CollectingSink parse(InputStream in) throws IOException {
        CollectingSink sink = new CollectingSink();
        new UfedReportParser().parse(in, new FileParser.Source("test", "report.xml"), sink);
        return sink;
    }

    @Test
    void timeSpansAndSlugs() {
        assertEquals(221L, org.phonetriage.parsers.Durations.seconds("00:03:41"));
        assertEquals(221L, org.phonetriage.parsers.Durations.seconds("00:03:41.5000000"));
        assertEquals(90_061L, org.phonetriage.parsers.Durations.seconds("1.01:01:01"));
        assertNull(org.phonetriage.parsers.Durations.seconds("3 min"));
        assertEquals("whatsapp-business", org.phonetriage.parsers.AppNames.slug("WhatsApp Business"));
    }
}
