package org.phonetriage.parsers.xry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phonetriage.detect.FileTypeDetector;
import org.phonetriage.model.Party;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.sqlite.CollectingSink;

/** XRY text exports: the committed D07-xry image (made by XryImageGenerator) and hand-made edge cases. */
class XryTextExportParserTest {

    private static final Path D07 = Path.of("test-images/D07-xry");

    @Test
    void theImagesFilesAreDetectedByContentNotByName() throws IOException {
        for (String file : List.of("Calls.txt", "Contacts - Contacts.txt", "Messages - SMS.txt",
                "Device - General Information.txt")) {
            try (InputStream in = Files.newInputStream(D07.resolve(file))) {
                assertEquals(FileTypeDetector.XRY_TEXT_EXPORT, new FileTypeDetector().detect(in), file);
            }
        }
        byte[] otherUtf16 = ("\uFEFFhello\r\nworld\r\nnot a report type here\r\n\r\n\r\n")
                .getBytes(StandardCharsets.UTF_16LE);
        assertTrue(!FileTypeDetector.XRY_TEXT_EXPORT.equals(new FileTypeDetector().detect(
                new ByteArrayInputStream(otherUtf16))), "any UTF-16 text is not an XRY export");
    }

    @Test
    void callsWithNamespacesAndDeviceOrNetworkTimes() throws IOException {
        CollectingSink sink = parse(D07.resolve("Calls.txt"));
        assertEquals(3, sink.calls.size());
        assertEquals("06 12 34 56 78|Rafa|outgoing|130|2024-03-10T21:15:00Z", call(sink, 0));
        assertEquals("+55 11 98765-4321|null|missed|null|2024-03-11T07:05:00Z", call(sink, 1));
        assertEquals(XryTimes.NO_ZONE, sink.calls.get(0).time().encoding(), "XRY gives no zone");
        assertEquals(3L, sink.calls.get(2).provenance().rowId(), "the record number of its title");
    }

    @Test
    void messagesJoinSegmentsAndKeepMultiLineText() throws IOException {
        CollectingSink sink = parse(D07.resolve("Messages - SMS.txt"));
        assertEquals(2, sink.messages.size());
        assertEquals("A encomenda chega sexta.\nNote: confirmar com o Diego", sink.messages.get(0).body(),
                "a text line reading 'Note: …' is text, not a key");
        assertEquals(List.of(new Party("from", "+33612345678")), sink.messages.get(0).parties());
        assertEquals("+33689004000", sink.messages.get(0).serviceCenter());
        assertEquals("Entrega feita, tudo certo. O dinheiro fica com o Lucas até segunda.", sink.messages.get(1).body());
        assertEquals("Messages/SMS (2 segments joined)", sink.messages.get(1).provenance().table());
        assertEquals("outgoing", sink.messages.get(1).direction());
    }

    @Test
    void contactsAndDeviceIdentifiers() throws IOException {
        CollectingSink contacts = parse(D07.resolve("Contacts - Contacts.txt"));
        assertEquals(3, contacts.contacts.size());
        assertEquals("Diego Madrid", contacts.contacts.get(1).name());
        assertEquals(List.of("phone +34 612 34 56 78", "email diego.moura.d02@example.com"),
                contacts.contacts.get(1).values().stream().map(v -> v.kind() + " " + v.raw()).toList());
        assertTrue(contacts.problems.get(0).reason().endsWith("report: note 1"), contacts.problems.toString());

        CollectingSink device = parse(D07.resolve("Device - General Information.txt"));
        assertEquals(List.of("imei 356789104567894", "imsi 208150123456789"),
                device.owners.stream().map(o -> o.kind() + " " + o.value()).toList(), "Model is no identifier");
    }

    @Test
    void anUnreadReportTypeIsNamedAndAShortHeaderRefused() throws IOException {
        CollectingSink sink = parse(xry("Web/Bookmarks", "Bookmarks #\t1\nURL:\thttps://example.com"));
        assertEquals("XRY report type \"Web/Bookmarks\" is not read (1 records)", sink.problems.get(0).reason());
        IOException e = assertThrows(IOException.class, () -> new XryTextExportParser().parse(
                new ByteArrayInputStream("\uFEFFCalls\r\n".getBytes(StandardCharsets.UTF_16LE)),
                new FileParser.Source("t", "Calls.txt"), new CollectingSink()));
        assertEquals("an XRY export has a 5-line header; this file ends at line 2", e.getMessage());
    }

    @Test
    void durationsAndTimes() {
        assertEquals(130L, org.phonetriage.parsers.Durations.seconds("00:02:10"));
        assertEquals(95L, org.phonetriage.parsers.Durations.seconds("1:35"));
        assertNull(org.phonetriage.parsers.Durations.seconds("2 min"));
        assertEquals("2019-01-02T13:23:45Z", XryTimes.of("1/2/2019 1:23:45 PM (Device)").iso());
        assertEquals("2019-01-02T12:23:45Z", XryTimes.of("1/2/2019 1:23:45 PM CET").iso());
        assertEquals(XryTimes.ZONED, XryTimes.of("1/2/2019 1:23:45 PM CET").encoding());
        assertEquals("2019-01-02T13:23:45Z", XryTimes.of("1/2/2019 13:23:45").iso());
    }

    private static String call(CollectingSink sink, int i) {
        var c = sink.calls.get(i);
        return c.number() + "|" + c.name() + "|" + c.direction() + "|" + c.durationSeconds() + "|" + c.time().iso();
    }

    private static InputStream xry(String type, String... records) {
        String text = "\uFEFFXRY\r\nCase\r\n" + type + "\r\nExhibit\r\n\r\n"
                + String.join("\n\n", records).replace("\n", "\r\n");
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16LE));
    }

    private static CollectingSink parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    private static CollectingSink parse(InputStream in) throws IOException {
        CollectingSink sink = new CollectingSink();
        new XryTextExportParser().parse(in, new FileParser.Source("t", "x.txt"), sink);
        return sink;
    }
}
