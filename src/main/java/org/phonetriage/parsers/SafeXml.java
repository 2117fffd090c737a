package org.phonetriage.parsers;

import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * StAX readers for exported reports, which are evidence: no DTD and no external entity is ever
 * read (XXE would let a report read the examiner's files), and forbidden characters are filtered
 * first ({@link XmlCharacterFilter}).
 */
public final class SafeXml {

    private static final XMLInputFactory FACTORY = factory();

    /**
     * For DOM parsers: throws instead of printing. The JDK's default handler prints "[Fatal Error] …"
     * on the examiner's console for every malformed file in the evidence, beside the one problem
     * phonetriage records for it.
     */
    public static final ErrorHandler THROWING_ERRORS = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning changes nothing in what is read
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        // the JDK's own implementation, whatever else is on the class path
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    public static XMLStreamReader reader(Reader source) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(source);
    }
}
