package org.phonetriage.parsers.android;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Provenance;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The phone's own WhatsApp number, from WhatsApp's shared preferences (an Android
 * {@code <map>} of typed entries): {@code registration_jid} holds it in international form
 * without '+', and {@code cc} + {@code ph} hold the country code and national number it was
 * registered with.
 */
public final class WhatsAppPreferencesParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("android.whatsapp.preferences",
            "WhatsApp and WhatsApp Business own number (shared_prefs com.whatsapp[.w4b]_preferences*.xml)", "android", "1",
            "android-whatsapp-owner");

    private static final String[] APPS = {"com.whatsapp", "com.whatsapp.w4b"};

    public WhatsAppPreferencesParser() {
        super(DESCRIPTOR, "identity");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        // shared_prefs/ in a file-system extraction, sp/ in an Android backup; WhatsApp Business
        // (com.whatsapp.w4b) keeps the same keys in a file named after its package
        for (String app : APPS) {
            if ((path.contains(app + "/shared_prefs/") || path.contains("apps/" + app + "/sp/"))
                    && name.startsWith(app + "_preferences") && name.endsWith(".xml")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        Map<String, String> prefs = read(in);
        String name = source.path().substring(source.path().lastIndexOf('/') + 1);
        String registered = digits(prefs.get("registration_jid"));
        if (registered != null) {
            sink.ownIdentifier(own(source, registered + "@s.whatsapp.net", name + " registration_jid"));
        }
        String cc = digits(prefs.get("cc"));
        String ph = digits(prefs.get("ph"));
        if (cc != null && ph != null) {
            sink.ownIdentifier(own(source, "+" + cc + ph, name + " cc+ph"));
        }
    }

    private static OwnIdentifier own(Source source, String value, String basis) {
        return new OwnIdentifier(new Provenance(source.evidenceLabel(), source.path(), null, "shared_prefs", null,
                DESCRIPTOR.id(), DESCRIPTOR.version()), "phone", value, basis);
    }

    /** The preferences as name → value; entities and external references refused (XXE). */
    public static Map<String, String> read(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(SafeXml.THROWING_ERRORS);
            NodeList entries = builder.parse(in).getDocumentElement().getChildNodes();
            Map<String, String> prefs = new LinkedHashMap<>();
            for (int i = 0; i < entries.getLength(); i++) {
                Node n = entries.item(i);
                if (n instanceof Element e && e.hasAttribute("name")) {
                    // <string name="k">v</string>, or <long name="k" value="v"/> for numbers
                    prefs.put(e.getAttribute("name"), e.hasAttribute("value") ? e.getAttribute("value") : e.getTextContent());
                }
            }
            return prefs;
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("not a readable preferences file (" + e.getMessage() + ")", e);
        }
    }

    private static String digits(String value) {
        if (value == null) {
            return null;
        }
        String d = value.replaceAll("@.*$", "").replaceAll("\\D", "");
        return d.isEmpty() ? null : d;
    }
}
