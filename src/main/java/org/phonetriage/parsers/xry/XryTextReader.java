package org.phonetriage.parsers.xry;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an MSAB XRY text export (one .txt per report type, UTF-16LE with a byte-order mark, as
 * Autopsy's XRY processor reads it): a 5-line header whose third line names the report type,
 * then records separated by blank lines. A record's first line is its title, the rest are
 * {@code Key:	Value} lines; a bare "From", "To" or "Participant" line scopes the keys after it.
 * A line without a key continues the value before it (a message's text spans lines).
 */
final class XryTextReader {

    static final int HEADER_LINES = 5;
    private static final Set<String> NAMESPACES = Set.of("from", "to", "participant", "sender", "recipient");
    /** After a message's text, only these end it: a text line may itself read "Note: …". */
    private static final Set<String> MESSAGE_KEYS = Set.of("direction", "time", "status", "tel", "storage", "index",
            "folder", "service center", "type", "name", "reference number", "segment number", "segments",
            "deleted", "related application");

    private final BufferedReader in;
    private final String reportType;
    private long line = HEADER_LINES;

    XryTextReader(BufferedReader in) throws IOException {
        this.in = in;
        String type = null;
        for (int i = 1; i <= HEADER_LINES; i++) {
            String header = in.readLine();
            if (header == null) {
                throw new IOException("an XRY export has a 5-line header; this file ends at line " + i);
            }
            if (i == 3) {
                type = header.replace("\uFEFF", "").strip();
            }
        }
        this.reportType = type;
    }

    /** The header's third line: "Calls", "Contacts/Contacts", "Messages/SMS" … */
    String reportType() {
        return reportType;
    }

    /** The line the last record ended on, for messages. */
    long line() {
        return line;
    }

    /** The next record, or null at the end. */
    XryEntity next() throws IOException {
        String title = null;
        List<XryEntity.Field> fields = new ArrayList<>();
        String namespace = "";
        String text;
        while ((text = in.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                if (title != null) {
                    return new XryEntity(title, fields);
                }
                continue;
            }
            if (title == null) {
                title = text.strip();
                continue;
            }
            int colon = text.indexOf(':');
            String bare = XryEntity.normalizeKey(text);
            if (colon < 0 && NAMESPACES.contains(bare)) {
                namespace = bare;
            } else if (colon > 0 && isKey(text.substring(0, colon))
                    && (!inText(fields) || MESSAGE_KEYS.contains(XryEntity.normalizeKey(text.substring(0, colon))))) {
                fields.add(new XryEntity.Field(namespace, XryEntity.normalizeKey(text.substring(0, colon)),
                        text.substring(colon + 1).strip()));
            } else if (!fields.isEmpty()) {
                XryEntity.Field last = fields.remove(fields.size() - 1);
                fields.add(new XryEntity.Field(last.namespace(), last.key(), last.value() + "\n" + text.strip()));
            }
        }
        return title == null ? null : new XryEntity(title, fields);
    }

    private static boolean inText(List<XryEntity.Field> fields) {
        return !fields.isEmpty() && fields.get(fields.size() - 1).key().equals("text");
    }

    /** A key is a short label before the first tab or colon ("Call Type", "Name (Matched)"). */
    private static boolean isKey(String candidate) {
        String k = candidate.strip();
        return !k.isEmpty() && k.length() <= 40 && !k.contains("\t") && k.matches("[\\p{L}\\p{N} ()/#.'-]+");
    }
}
