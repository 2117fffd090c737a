package org.phonetriage.parsers.cellebrite;

import java.io.Reader;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.phonetriage.parsers.SafeXml;

/**
 * Streams a Cellebrite report.xml (namespace {@code http://pa.cellebrite.com/report/2.0}) with
 * StAX and hands over what a triage needs, one piece at a time: the source extractions, the metadata items (Device Info) and each decoded model. Memory is bounded
 * by the largest single model, never by the report: a chat's messages are handed over one by one
 * instead of being gathered under their chat. Tagged files, images and the chain-of-evidence
 * section are skipped. Elements are matched by local name, so IPED-style fragments without the
 * namespace (a bare {@code <model>} or {@code <modelType>}) read the same way.
 *
 * <p>Read through {@link SafeXml}: no DTD, no external entity.
 */
final class UfedReportReader {

    /** What a report holds, in document order. */
    interface Handler {

        void extraction(String id, String type, String name);

        void metadata(String section, String name, String sourceExtraction, String value);

        /** A top-level decoded model (under decodedData/modelType). */
        void model(UfedModel model);

        /** One message of a chat, with the chat's fields and participants read so far. */
        void chatMessage(UfedModel chat, UfedModel message);
    }

    private final Handler handler;
    private long models;

    UfedReportReader(Handler handler) {
        this.handler = handler;
    }

    /** Models read so far, nested ones included. */
    long models() {
        return models;
    }

    void read(Reader source) throws XMLStreamException {
        XMLStreamReader x = SafeXml.reader(source);
        try {
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (x.getLocalName()) {
                    case "extractionInfo" -> handler.extraction(x.getAttributeValue(null, "id"),
                            x.getAttributeValue(null, "type"), x.getAttributeValue(null, "name"));
                    case "metadata" -> readMetadata(x);
                    case "model" -> handler.model(readModel(x));
                    case "taggedFiles", "images", "extraInfos", "caseInformation" -> skip(x);
                    default -> {
                        // containers (decodedData, modelType, sourceExtractions) are walked into
                    }
                }
            }
        } finally {
            x.close();
        }
    }


    private void readMetadata(XMLStreamReader x) throws XMLStreamException {
        String section = x.getAttributeValue(null, "section");
        while (x.next() != XMLStreamConstants.END_ELEMENT) {
            if (x.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if ("item".equals(x.getLocalName())) {
                String name = x.getAttributeValue(null, "name");
                String sourceExtraction = x.getAttributeValue(null, "sourceExtraction");
                handler.metadata(section, name, sourceExtraction, readText(x));
            } else {
                skip(x);
            }
        }
    }

    /** Reads one model, positioned on its start tag; returns on its end tag. */
    private UfedModel readModel(XMLStreamReader x) throws XMLStreamException {
        UfedModel model = new UfedModel(x.getAttributeValue(null, "type"), x.getAttributeValue(null, "id"),
                x.getAttributeValue(null, "deleted_state"), ++models);
        boolean chat = "Chat".equals(model.type());
        while (x.next() != XMLStreamConstants.END_ELEMENT) {
            if (x.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = x.getAttributeValue(null, "name");
            switch (x.getLocalName()) {
                case "field", "multiField" -> readValues(x, model, name);
                case "modelField", "multiModelField" -> readNested(x, model, name, chat && "Messages".equals(name));
                default -> skip(x); // nodeField, dataField, jumptargets: links to files, not data
            }
        }
        return model;
    }

    private void readValues(XMLStreamReader x, UfedModel model, String field) throws XMLStreamException {
        while (x.next() != XMLStreamConstants.END_ELEMENT) {
            if (x.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if ("value".equals(x.getLocalName())) {
                String formatted = x.getAttributeValue(null, "formattedTimestamp");
                model.addValue(field, new UfedModel.Value(readText(x), formatted));
            } else {
                skip(x); // <empty/>
            }
        }
    }

    private void readNested(XMLStreamReader x, UfedModel model, String field, boolean oneByOne)
            throws XMLStreamException {
        while (x.next() != XMLStreamConstants.END_ELEMENT) {
            if (x.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if ("model".equals(x.getLocalName())) {
                UfedModel child = readModel(x);
                if (oneByOne) {
                    handler.chatMessage(model, child);
                } else {
                    model.addNested(field, child);
                }
            } else {
                skip(x);
            }
        }
    }

    /** The text of an element (CDATA included), skipping any child element; ends on its end tag. */
    private static String readText(XMLStreamReader x) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (true) {
            int event = x.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 0) {
                        text.append(x.getText());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth-- == 0) {
                        return text.toString();
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Skips the element the reader is on, with everything in it. */
    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
