package org.phonetriage.parsers.axiom;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.io.input.BOMInputStream;
import org.phonetriage.detect.FileTypeDetector;
import org.phonetriage.model.Problem;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.SafeXml;
import org.phonetriage.parsers.XmlCharacterFilter;

/**
 * Magnet AXIOM XML exports ({@code Artifact[@name]/Hits/Hit/Fragment[@name]}), streamed one hit at
 * a time. Artifacts are told by their English names (research A4); hits of artifacts this parser
 * does not read are counted per artifact in one problem, so a localised export says what it missed.
 */
public final class AxiomXmlParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("export.magnet-axiom",
            "Magnet AXIOM XML export", "axiom-export", "1", "calls, contacts, SMS/MMS, chats, device info");

    public AxiomXmlParser() {
        super(DESCRIPTOR, "identity");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        return FileTypeDetector.AXIOM_XML_EXPORT.equals(mediaType);
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        AxiomRecords records = new AxiomRecords(DESCRIPTOR, source, sink);
        Map<String, Long> unread = new TreeMap<>();
        XmlCharacterFilter filter = new XmlCharacterFilter(new InputStreamReader(
                BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8));
        long hits = 0;
        try {
            XMLStreamReader x = SafeXml.reader(filter);
            String artifact = null;
            while (x.hasNext()) {
                int event = x.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (x.getLocalName().equals("Artifact")) {
                    artifact = x.getAttributeValue(null, "name");
                } else if (x.getLocalName().equals("Hit")) {
                    AxiomHit hit = readHit(x, artifact == null ? "" : artifact, hits + 1);
                    hits++;
                    if (!records.add(hit)) {
                        unread.merge(hit.artifact(), 1L, Long::sum);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("the export is not well-formed XML" + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNumber()) + "; the " + hits + " hits read before it are"
                    + " kept", e);
        } finally {
            if (filter.summary() != null) {
                problem(source, sink, filter.summary());
            }
            if (!unread.isEmpty()) {
                problem(source, sink, unread.values().stream().mapToLong(Long::longValue).sum() + " hits of artifacts"
                        + " phonetriage does not read are not in the case: " + unread.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            }
            if (records.noZoneTimes() > 0) {
                sink.problem(new Problem(source.evidenceLabel(), source.path(), records.noZoneTimes()
                        + " times name no UTC offset in their fragment and were read as UTC",
                        org.phonetriage.model.ProblemCode.READ_WITH_ASSUMPTION));
            }
        }
        if (hits == 0) {
            problem(source, sink, "no Artifact/Hits/Hit in this AXIOM export");
        }
    }

    /** The fragments of one hit, positioned on its start tag; ends on its end tag. */
    private static AxiomHit readHit(XMLStreamReader x, String artifact, long number) throws XMLStreamException {
        AxiomHit hit = new AxiomHit(artifact, number);
        int depth = 1;
        String fragment = null;
        StringBuilder text = new StringBuilder();
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (x.getLocalName().equals("Fragment")) {
                    fragment = x.getAttributeValue(null, "name");
                    text.setLength(0);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (x.getLocalName().equals("Fragment") && fragment != null) {
                    hit.fragments().putIfAbsent(fragment, text.toString().strip());
                    fragment = null;
                }
            } else if (fragment != null && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA)) {
                text.append(x.getText());
            }
        }
        return hit;
    }

    private static void problem(Source source, RecordSink sink, String reason) {
        sink.problem(new Problem(source.evidenceLabel(), source.path(), reason));
    }

}
