package org.phonetriage.parsers.axiom;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Magnet AXIOM XML: the committed D08-axiom.xml (made by AxiomImageGenerator) and edge cases. */
class AxiomXmlParserTest {

    private static final Path D08 = Path.of("test-images/D08-axiom.xml");

    @Test
    void theExportIsToldByItsGrammar() throws IOException {
        try (InputStream in = Files.newInputStream(D08)) {
            assertEquals(FileTypeDetector.AXIOM_XML_EXPORT, new FileTypeDetector().detect(in));
        }
    }

    @Test
    void deviceCallsContactsAndMessages() throws IOException {
        CollectingSink sink = parse(Files.newInputStream(D08));
        assertEquals(List.of("imei 356789104567902", "iccid 89330123456789012342", "phone +33 6 58 41 27 93"),
                sink.owners.stream().map(o -> o.kind() + " " + o.value()).toList());
        assertEquals("+5511987654321|Velho|outgoing|185|2024-03-13T21:10:00Z|cellular", call(sink, 0),
                "UTC+01:00 from the fragment's name");
        assertEquals(List.of("+55 11 98765-4321"), sink.contacts.get(0).values().stream().map(v -> v.raw()).toList());
        assertEquals("Velho", sink.contacts.get(0).name());
        assertEquals(List.of("06 12 34 56 78", "+33 6 12 34 56 78"),
                sink.contacts.get(1).values().stream().map(v -> v.raw()).toList(), "two numbers in one fragment");
        assertEquals("whatsapp", sink.messages.get(0).kind());
        assertEquals(List.of(new Party("from", "+33 6 12 34 56 78")), sink.messages.get(0).parties(),
                "the phone's own number is no counterpart");
        assertEquals("iOS WhatsApp Messages (carved)", sink.messages.get(1).provenance().table());
        assertTrue(sink.problems.stream().anyMatch(p -> p.reason().equals(
                "1 hits of artifacts phonetriage does not read are not in the case: Safari History 1")), sink.problems::toString);
    }

    @Test
    void aBrokenExportKeepsWhatCameBefore() {
        String xml = "<Artifacts><Artifact name=\"Android Call Logs\"><Hits><Hit><Fragment name=\"Partner\">"
                + "+33612345678</Fragment></Hit><Hit><Fragment name=\"Partner\">+3361";
        CollectingSink sink = new CollectingSink();
        IOException e = assertThrows(IOException.class, () -> new AxiomXmlParser().parse(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), new FileParser.Source("t", "x.xml"),
                sink));
        assertTrue(e.getMessage().startsWith("the export is not well-formed XML at line 1; the 1 hits read"),
                e.getMessage());
        assertEquals(1, sink.calls.size());
    }

    @Test
    void durations() {
        assertEquals(185L, org.phonetriage.parsers.Durations.seconds("00:03:05"));
        assertEquals(40L, org.phonetriage.parsers.Durations.seconds("40"));
        assertEquals(65L, org.phonetriage.parsers.Durations.seconds("01:05.500"));
    }

    private static String call(CollectingSink sink, int i) {
        var c = sink.calls.get(i);
        return c.number() + "|" + c.name() + "|" + c.direction() + "|" + c.durationSeconds() + "|" + c.time().iso()
                + "|" + c.kind();
    }

    private static CollectingSink parse(InputStream in) throws IOException {
        try (in) {
            CollectingSink sink = new CollectingSink();
            new AxiomXmlParser().parse(in, new FileParser.Source("t", "D08-axiom.xml"), sink);
            return sink;
        }
    }
}
