package org.phonetriage.testimages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes D08-axiom.xml: Marcos' second phone (his "Trampo" line, +33 6 58 41 27 93) exported by
 * Magnet AXIOM as XML, in the Artifact/Hits/Hit/Fragment grammar of research A4 with the artifact
 * and fragment names the CASE AXIOM parser relies on. Fragment names carry the export's zone.
 */
final class AxiomImageGenerator {

    static final String FILE = "D08-axiom.xml";

    private AxiomImageGenerator() {
    }

    /** Writes the image under out and returns its README section. */
    static String generate(Path out) throws IOException {
        try (OutputStream o = Files.newOutputStream(out.resolve(FILE))) {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(o, "utf-8");
            x.writeStartDocument("utf-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("Artifacts");
            artifact(x, "iOS Device Information", List.of(List.of(
                    "Device Name", "Trampo", "IMEI", "356789104567902", "ICCID", "89330123456789012342",
                    "Source", "Lockdown", "Recovery method", "Parsing")));
            artifact(x, "SIM Card Activity", List.of(List.of("Phone Number", "+33 6 58 41 27 93")));
            artifact(x, "iOS Call Logs", List.of(
                    List.of("Partner(s)", "+5511987654321", "Partner Name", "Velho", "Direction", "Outgoing",
                            "Call Date/Time - UTC+01:00", "2024-03-13 22:10:00", "Call Duration", "00:03:05",
                            "Recovery method", "Parsing"),
                    List.of("Partner(s)", "+33756983142", "Direction", "Incoming",
                            "Call Date/Time - UTC+01:00", "2024-03-14 08:00:00", "Call Duration", "00:00:40")));
            artifact(x, "Apple Contacts - iOS", List.of(
                    List.of("First Name", "Velho", "Phone Number(s)", "+55 11 98765-4321"),
                    List.of("Display Name", "Rafa", "Phone Number(s)", "06 12 34 56 78, +33 6 12 34 56 78")));
            artifact(x, "iOS WhatsApp Messages", List.of(
                    List.of("Sender", "+33 6 12 34 56 78", "Recipient(s)", "+33 6 58 41 27 93",
                            "Message", "Tá com você?", "Message Sent Date/Time - UTC+01:00", "2024-03-14 09:00:00",
                            "Message Direction", "Incoming", "Recovery method", "Parsing"),
                    List.of("Sender", "+33 6 58 41 27 93", "Recipient(s)", "+33 6 12 34 56 78",
                            "Message", "Tá sim", "Message Sent Date/Time - UTC+01:00", "2024-03-14 09:01:00",
                            "Message Direction", "Outgoing", "Recovery method", "Carving")));
            artifact(x, "Safari History", List.of(List.of("URL", "https://example.com/")));
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return """

                ## D08-axiom.xml — a Magnet AXIOM XML export

                Made by `AxiomImageGenerator` (run by `scripts/make-test-images`). Marcos' second phone (his
                "Trampo" line, +33 6 58 41 27 93) exported by AXIOM as XML (`Artifact/Hits/Hit/Fragment`).
                iOS Device Information (IMEI `356789104567902`, ICCID `89330123456789012342`), SIM Card
                Activity (the own number), 2 iOS call logs (to the boss `+5511987654321`, 185 s; from
                Marcos' first line `+33756983142`), 2 contacts ("Velho" the boss; "Rafa" with two numbers in
                one fragment), 2 WhatsApp messages with Rafa (one carved), and a Safari History hit the
                parser does not read. Times are written without a zone; the fragment names say UTC+01:00.
                """;
    }

    private static void artifact(XMLStreamWriter x, String name, List<List<String>> hits) throws XMLStreamException {
        x.writeStartElement("Artifact");
        x.writeAttribute("name", name);
        x.writeStartElement("Hits");
        for (List<String> fragments : hits) {
            x.writeStartElement("Hit");
            for (int i = 0; i < fragments.size(); i += 2) {
                x.writeStartElement("Fragment");
                x.writeAttribute("name", fragments.get(i));
                x.writeCData(fragments.get(i + 1));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
    }
}
