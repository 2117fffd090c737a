package org.phonetriage.evidence;

import com.dd.plist.NSObject;
import com.dd.plist.PropertyListParser;
import com.dd.plist.XMLPropertyListParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilder;
import org.phonetriage.parsers.SafeXml;
import org.w3c.dom.Document;

/**
 * Reads a property list (binary, XML or the old ASCII form) with dd-plist, the one way every
 * reader of plists does. An XML plist is parsed with dd-plist's own document builder (which
 * resolves Apple's DTD locally and nothing else) but with an error handler that throws instead
 * of printing ({@link SafeXml#THROWING_ERRORS}).
 */
public final class Plists {

    private Plists() {
    }

    /**
     * @throws IOException naming what is wrong when the bytes are no property list (whatever the
     *                     library threw)
     */
    public static NSObject parse(byte[] bytes) throws IOException {
        try {
            if (isXml(bytes)) {
                DocumentBuilder builder = XMLPropertyListParser.getDocBuilder();
                builder.setErrorHandler(SafeXml.THROWING_ERRORS);
                Document document = builder.parse(new ByteArrayInputStream(bytes));
                return XMLPropertyListParser.parse(document);
            }
            return PropertyListParser.parse(bytes);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    /** An XML plist starts, after any byte-order mark and blank space, with '<'. */
    private static boolean isXml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1);
        return head.replaceFirst("^(\u00EF\u00BB\u00BF)?\\s*", "").startsWith("<");
    }
}
