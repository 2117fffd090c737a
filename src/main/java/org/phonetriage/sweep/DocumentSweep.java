package org.phonetriage.sweep;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.phonetriage.model.SweptValue;
import org.phonetriage.parsers.SafeXml;

/**
 * Sweeps a plist, an XML file (Android's shared_prefs among them) or a JSON file no parser
 * claimed: every leaf value under its key path, the key path taken as the column (an Android
 * preference's {@code name} attribute is its key). Arrays keep their key, so a list of numbers is
 * one column. Each key is judged like a database column, on all its values.
 */
public final class DocumentSweep {

    /** Documents are read whole; beyond this size they are left alone (and said so). */
    public static final int LIMIT = 32 << 20;

    private DocumentSweep() {
    }

    /** The document's kind as the sweep names it in provenance: plist, xml or json; null when not swept. */
    public static String kindOf(String mediaType, String path) {
        if (mediaType == null) {
            return null;
        }
        if (mediaType.contains("plist")) {
            return "plist";
        }
        if (mediaType.contains("xml")) {
            return "xml";
        }
        if (mediaType.contains("json") || (mediaType.startsWith("text/plain") && path.endsWith(".json"))) {
            return "json";
        }
        return null;
    }

    /** Sweeps the document's bytes; what reads as identifiers goes to {@code found}. */
    public static DatabaseSweep.Cost sweep(byte[] content, String kind, String app, Consumer<SweptValue> found)
            throws IOException {
        Map<String, List<String>> leaves = new LinkedHashMap<>();
        switch (kind) {
            case "plist" -> {
                try {
                    plist(PropertyListParser.parse(content), "", leaves);
                } catch (Exception e) {
                    // dd-plist throws what the format gives (parse, property-list-format, SAX …)
                    throw new IOException("not a readable plist (" + e.getMessage() + ")", e);
                }
            }
            case "xml" -> xml(content, leaves);
            case "json" -> json(new ObjectMapper().readTree(content), "", leaves);
            default -> throw new IllegalArgumentException(kind);
        }
        int sampled = 0;
        int whole = 0;
        long read = 0;
        long hits = 0;
        for (Map.Entry<String, List<String>> e : leaves.entrySet()) {
            String key = e.getKey();
            if (ColumnNames.neverIdentifiers(key)) {
                continue;
            }
            sampled++;
            ColumnVerdict verdict = new ColumnVerdict(key);
            e.getValue().forEach(verdict::add);
            read += verdict.values();
            if (!verdict.holdsIdentifiers(key)) {
                continue;
            }
            whole++;
            double confidence = verdict.confidence(key);
            for (String v : e.getValue()) {
                String shape = ValueShapes.kindOf(v, key);
                if (shape != null) {
                    found.accept(new SweptValue(app, kind, key, null, v.strip(), shape, confidence));
                    hits++;
                }
            }
        }
        return new DatabaseSweep.Cost(leaves.size(), sampled, whole, read, hits);
    }

    private static void plist(NSObject o, String path, Map<String, List<String>> leaves) {
        if (o instanceof NSDictionary d) {
            for (String k : d.allKeys()) {
                plist(d.objectForKey(k), join(path, k), leaves);
            }
        } else if (o instanceof NSArray a) {
            for (NSObject item : a.getArray()) {
                plist(item, path, leaves);
            }
        } else if (o instanceof NSString s) {
            add(leaves, path, s.getContent());
        } else if (o instanceof NSNumber n && n.isInteger()) {
            add(leaves, path, Long.toString(n.longValue()));
        }
    }

    private static void json(JsonNode n, String path, Map<String, List<String>> leaves) {
        if (n.isObject()) {
            n.fields().forEachRemaining(f -> json(f.getValue(), join(path, f.getKey()), leaves));
        } else if (n.isArray()) {
            n.forEach(item -> json(item, path, leaves));
        } else if (n.isTextual()) {
            add(leaves, path, n.textValue());
        } else if (n.isIntegralNumber()) {
            add(leaves, path, n.asText());
        }
    }

    /** Elements by path; a shared_prefs entry by its name attribute; attributes as "element@attribute". */
    private static void xml(byte[] content, Map<String, List<String>> leaves) throws IOException {
        try {
            XMLStreamReader r = SafeXml.reader(new java.io.InputStreamReader(new ByteArrayInputStream(content),
                    java.nio.charset.StandardCharsets.UTF_8));
            List<String> path = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getAttributeValue(null, "name");
                    String element = name != null ? name : r.getLocalName();
                    path.add(element);
                    String at = String.join("/", path);
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String attr = r.getAttributeLocalName(i);
                        if ("name".equals(attr)) {
                            continue;
                        }
                        // <long name="k" value="…"/>: the value is the entry's own
                        add(leaves, name != null && "value".equals(attr) ? at : at + "@" + attr,
                                r.getAttributeValue(i));
                    }
                    text.setLength(0);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (!text.toString().isBlank()) {
                        add(leaves, String.join("/", path), text.toString());
                    }
                    text.setLength(0);
                    path.remove(path.size() - 1);
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("not readable XML (" + e.getMessage() + ")", e);
        }
    }

    private static void add(Map<String, List<String>> leaves, String key, String value) {
        if (value != null && !value.isBlank()) {
            leaves.computeIfAbsent(key.isEmpty() ? "(root)" : key, k -> new ArrayList<>()).add(value);
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "/" + key;
    }
}
