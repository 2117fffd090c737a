package org.phonetriage.report.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.phonetriage.report.AtomicOutput;

/**
 * The reference for {@link XmlOutput}'s bytes: the writer the graph exports used before, through
 * the JDK's StAX {@code XMLStreamWriter}, kept as it was (see {@code XmlOutputTest}).
 */
final class StaxXmlOutput implements AutoCloseable {

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final AtomicOutput file;
    private final XMLStreamWriter xml;
    /** Per open element: whether it has child elements yet (then its end tag goes on a new line). */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private String[] indents = new String[8];

    private StaxXmlOutput(AtomicOutput file) throws XMLStreamException {
        this.file = file;
        // the JDK's own writer, whatever StAX implementation a dependency may bring; given the file's
        // buffered UTF-8 Writer, not its byte stream, which it would feed one byte per call
        this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(file.writer());
        xml.writeStartDocument("UTF-8", "1.0");
    }

    /** Starts {@code file} (replaced on {@link #commit()}) and writes the XML declaration. */
    static StaxXmlOutput create(Path file) throws IOException {
        AtomicOutput out = AtomicOutput.create(file);
        try {
            return new StaxXmlOutput(out);
        } catch (XMLStreamException e) {
            out.close();
            throw new IOException("cannot write " + file, e);
        }
    }

    /** The document element, in {@code namespace} as the default namespace. */
    void root(String name, String namespace) throws IOException {
        start(name);
        try {
            xml.writeDefaultNamespace(namespace);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Declares the xsi prefix and points it at the schema, for validators. */
    void schemaLocation(String namespace, String xsdUrl) throws IOException {
        try {
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", namespace + " " + xsdUrl);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Opens an element on a new line. */
    void start(String name) throws IOException {
        try {
            newLine();
            xml.writeStartElement(name);
            open.push(new boolean[] {false});
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** An element with no content, on a new line; {@link #attribute} may follow. */
    void empty(String name) throws IOException {
        try {
            newLine();
            xml.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** An attribute of the element just started; a null value writes nothing. */
    void attribute(String name, Object value) throws IOException {
        if (value == null) {
            return;
        }
        try {
            xml.writeAttribute(name, XmlOutput.clean(value.toString())); // unchanged by the rewrite: shared
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** {@code <name>text</name>} on one line; a null text writes nothing. */
    void element(String name, Object text) throws IOException {
        if (text == null) {
            return;
        }
        start(name);
        text(text);
        end();
    }

    /** Text content of the element just started (after its attributes). */
    void text(Object text) throws IOException {
        try {
            xml.writeCharacters(XmlOutput.clean(text.toString()));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Closes the innermost open element. */
    void end() throws IOException {
        try {
            boolean hadChildren = open.pop()[0];
            if (hadChildren) {
                xml.writeCharacters(indent(open.size()));
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Closes what is still open, ends the document and makes the file. */
    void commit() throws IOException {
        try {
            while (!open.isEmpty()) {
                end();
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        file.commit();
    }

    /** A file not committed is left as it was (nothing of this one is kept). */
    @Override
    public void close() {
        file.close();
    }

    private void newLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        xml.writeCharacters(indent(open.size()));
    }

    /** A line break and two spaces per level, made once per depth (one per element written). */
    private String indent(int depth) {
        if (depth >= indents.length) {
            indents = Arrays.copyOf(indents, depth + 8);
        }
        if (indents[depth] == null) {
            indents[depth] = "\n" + "  ".repeat(depth);
        }
        return indents[depth];
    }
}
