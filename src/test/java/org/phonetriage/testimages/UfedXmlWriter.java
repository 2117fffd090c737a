package org.phonetriage.testimages;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a Cellebrite-style report.xml with the JDK's StAX writer, in the element grammar of
 * research A1.2 (project, metadata items, decodedData/modelType/model with field, modelField and
 * multiModelField). Independent of the reader under test: it only knows the published grammar.
 */
final class UfedXmlWriter implements AutoCloseable {

    static final String NS = "http://pa.cellebrite.com/report/2.0";

    private final XMLStreamWriter x;

    UfedXmlWriter(OutputStream out) throws XMLStreamException {
        x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "utf-8");
    }

    XMLStreamWriter raw() {
        return x;
    }

    void startProject(String id, String name, String version, String extractionType) throws XMLStreamException {
        x.writeStartDocument("utf-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("project");
        x.writeDefaultNamespace(NS);
        x.writeAttribute("id", id);
        x.writeAttribute("name", name);
        x.writeAttribute("reportVersion", version);
        x.writeAttribute("licenseID", "000000000");
        x.writeAttribute("containsGarbage", "False");
        x.writeAttribute("extractionType", extractionType);
    }

    void extraction(String id, String name, String type, String deviceName) throws XMLStreamException {
        x.writeEmptyElement("extractionInfo");
        x.writeAttribute("id", id);
        x.writeAttribute("name", name);
        x.writeAttribute("type", type);
        x.writeAttribute("deviceName", deviceName);
        x.writeAttribute("index", id);
        x.writeAttribute("IsPartialData", "False");
    }

    void startMetadata(String section) throws XMLStreamException {
        x.writeStartElement("metadata");
        x.writeAttribute("section", section);
    }

    void item(String name, String sourceExtraction, String value) throws XMLStreamException {
        x.writeStartElement("item");
        x.writeAttribute("name", name);
        if (sourceExtraction != null) {
            x.writeAttribute("sourceExtraction", sourceExtraction);
        }
        x.writeCData(value);
        x.writeEndElement();
    }

    void startModelType(String type) throws XMLStreamException {
        x.writeStartElement("modelType");
        x.writeAttribute("type", type);
    }

    void startModel(String type, String id, boolean deleted) throws XMLStreamException {
        x.writeStartElement("model");
        x.writeAttribute("type", type);
        x.writeAttribute("id", id);
        x.writeAttribute("deleted_state", deleted ? "Deleted" : "Intact");
        x.writeAttribute("decoding_confidence", "High");
        x.writeAttribute("isrelated", "False");
        x.writeAttribute("extractionId", "0");
    }

    /** A field; null is written as {@code <empty/>}. */
    void field(String name, String type, String value) throws XMLStreamException {
        x.writeStartElement("field");
        x.writeAttribute("name", name);
        x.writeAttribute("type", type);
        if (value == null) {
            x.writeEmptyElement("empty");
        } else {
            x.writeStartElement("value");
            x.writeAttribute("type", type);
            x.writeCData(value);
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** A TimeStamp field as PA 7 writes it: milliseconds and offset, plus formattedTimestamp. */
    void time(String name, String iso) throws XMLStreamException {
        x.writeStartElement("field");
        x.writeAttribute("name", name);
        x.writeAttribute("type", "TimeStamp");
        x.writeStartElement("value");
        x.writeAttribute("type", "TimeStamp");
        x.writeAttribute("format", "TimeStampKnown");
        x.writeAttribute("formattedTimestamp", iso + "+00:00");
        x.writeCharacters(iso + ".000+00:00");
        x.writeEndElement();
        x.writeEndElement();
    }

    void startModelField(String name, String type, boolean multi) throws XMLStreamException {
        x.writeStartElement(multi ? "multiModelField" : "modelField");
        x.writeAttribute("name", name);
        x.writeAttribute("type", type);
    }

    /** A Party model (Identifier, Role, Name, IsPhoneOwner). */
    void party(String id, String identifier, String role, String name, boolean owner) throws XMLStreamException {
        startModel("Party", id, false);
        field("Identifier", "String", identifier);
        field("Role", "PartyRole", role);
        field("Name", "String", name);
        field("IsPhoneOwner", "Boolean", owner ? "True" : "False");
        end();
    }

    /** A contact entry (PhoneNumber, UserID, EmailAddress). */
    void entry(String type, String id, String category, String value) throws XMLStreamException {
        startModel(type, id, false);
        field("Category", "String", category);
        field("Value", "String", value);
        end();
    }

    void end() throws XMLStreamException {
        x.writeEndElement();
    }

    @Override
    public void close() throws XMLStreamException {
        x.writeEndDocument();
        x.flush();
        x.close();
    }
}
