package org.phonetriage.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.phonetriage.report.AtomicOutput;
import org.phonetriage.report.DecimalDigits;

/**
 * An XML file written as UTF-8, every name and value escaped here: the bytes the JDK's StAX writer
 * ({@code XMLStreamWriter} over a {@code Writer}) gave, without its cost — it made several
 * {@code Writer} calls per attribute and a quarter of a graph export went there and into the
 * char-to-byte encoder ({@code XmlOutputTest} compares the two on every call sequence the exports
 * make). Escaped: {@code & < >} everywhere, {@code "} in attribute values; nothing else.
 *
 * <p>Adds what StAX leaves out: line breaks and indentation (one element per line, for diffs and
 * grep), and cleaning of text taken from evidence — characters XML 1.0 cannot carry at all (control
 * characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, or the file would not parse. A line
 * break inside an attribute value is written as is and read back as a space (XML attribute
 * normalisation); element text keeps it.
 *
 * <p>The file is written whole or not at all ({@link AtomicOutput}): it appears on {@link #commit()};
 * closed without it (an exception on the way), the file is left as it was.
 */
final class XmlOutput implements AutoCloseable {

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** Bytes gathered before they are handed to the file's stream (which takes a lock per call). */
    private static final int CHUNK = 1 << 15;

    private final AtomicOutput file;
    private final OutputStream out;
    private byte[] buffer = new byte[CHUNK + 1024];
    private int size;
    /** The elements started and not ended, innermost last, and whether each has child elements yet. */
    private String[] names = new String[16];
    private boolean[] hasChildren = new boolean[16];
    private int depth;
    /** A start tag is open (attributes may follow); {@code openEmpty}: it is an empty element's. */
    private boolean tagOpen;
    private boolean openEmpty;
    private byte[][] indents = new byte[8][];

    private XmlOutput(AtomicOutput file) {
        this.file = file;
        this.out = file.stream();
        ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    /** Starts {@code file} (replaced on {@link #commit()}) and writes the XML declaration. */
    static XmlOutput create(Path file) throws IOException {
        return new XmlOutput(AtomicOutput.create(file));
    }

    /** The document element, in {@code namespace} as the default namespace. */
    void root(String name, String namespace) throws IOException {
        start(name);
        attributeUnchecked("xmlns", namespace);
    }

    /** Declares the xsi prefix and points it at the schema, for validators. */
    void schemaLocation(String namespace, String xsdUrl) throws IOException {
        attributeUnchecked("xmlns:xsi", XSI);
        attributeUnchecked("xsi:schemaLocation", namespace + " " + xsdUrl);
    }

    /** Opens an element on a new line. */
    void start(String name) throws IOException {
        newLine();
        openTag(name, false);
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            hasChildren = Arrays.copyOf(hasChildren, depth * 2);
        }
        names[depth] = name;
        hasChildren[depth] = false;
        depth++;
    }

    /** An element with no content, on a new line; {@link #attribute} may follow. */
    void empty(String name) throws IOException {
        newLine();
        openTag(name, true);
    }

    /** An attribute of the element just started; a null value writes nothing. */
    void attribute(String name, Object value) throws IOException {
        if (value == null) {
            return;
        }
        openAttribute(name);
        if (value instanceof Long || value instanceof Integer) {
            digits(((Number) value).longValue()); // its toString, without making it
        } else {
            cleaned(value.toString(), true);
        }
        put((byte) '"');
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
        closeTag();
        cleaned(text.toString(), false);
    }

    /** Closes the innermost open element. */
    void end() throws IOException {
        if (depth == 0) {
            throw new IllegalStateException("no element to end");
        }
        depth--;
        if (hasChildren[depth]) {
            closeTag();
            indent(depth);
        }
        closeTag();
        ascii("</");
        utf8(names[depth]);
        put((byte) '>');
        names[depth] = null;
    }

    /** Closes what is still open, ends the document and makes the file. */
    void commit() throws IOException {
        while (depth > 0) {
            end();
        }
        closeTag();
        put((byte) '\n');
        out.write(buffer, 0, size);
        size = 0;
        file.commit();
    }

    /** A file not committed is left as it was (nothing of this one is kept). */
    @Override
    public void close() {
        file.close();
    }

    private void newLine() throws IOException {
        if (depth > 0) {
            hasChildren[depth - 1] = true;
        }
        closeTag();
        indent(depth);
    }

    private void openTag(String name, boolean empty) throws IOException {
        put((byte) '<');
        utf8(name);
        tagOpen = true;
        openEmpty = empty;
    }

    /** Ends the open start tag, if any: {@code />} for an empty element, else {@code >}. */
    private void closeTag() throws IOException {
        if (tagOpen) {
            if (openEmpty) {
                put((byte) '/');
            }
            put((byte) '>');
            tagOpen = false;
        }
    }

    private void attributeUnchecked(String name, String value) throws IOException {
        openAttribute(name);
        escaped(value, true);
        put((byte) '"');
    }

    /** {@code name="}: an attribute's value follows. */
    private void openAttribute(String name) throws IOException {
        if (!tagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        put((byte) ' ');
        utf8(name);
        put((byte) '=');
        put((byte) '"');
    }

    /**
     * {@code text} cleaned ({@link #clean}) and escaped; text of printable ASCII with nothing to
     * escape (nearly every key, time, id and count) copied at once, the same bytes.
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for ASCII
    private void cleaned(String text, boolean inAttribute) throws IOException {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F || c == '&' || c == '<' || c == '>' || c == '"') {
                escaped(clean(text), inAttribute);
                return;
            }
        }
        room(n);
        text.getBytes(0, n, buffer, size);
        size += n;
    }

    /** A number's decimal digits ({@link DecimalDigits}): {@link Long#toString(long)}'s text. */
    private void digits(long value) throws IOException {
        room(DecimalDigits.MAX);
        size += DecimalDigits.write(value, buffer, size);
    }

    /** A line break and two spaces per level, made once per depth (one per element written). */
    private void indent(int level) throws IOException {
        if (level >= indents.length) {
            indents = Arrays.copyOf(indents, level + 8);
        }
        if (indents[level] == null) {
            byte[] b = new byte[1 + 2 * level];
            Arrays.fill(b, (byte) ' ');
            b[0] = '\n';
            indents[level] = b;
        }
        byte[] b = indents[level];
        room(b.length);
        System.arraycopy(b, 0, buffer, size, b.length);
        size += b.length;
    }

    /** {@code text} as UTF-8, {@code & < >} (and {@code "} in an attribute) as entities. */
    private void escaped(String text, boolean inAttribute) throws IOException {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (size >= CHUNK) {
                drain();
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '&' -> ascii("&amp;");
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '"' -> {
                        if (inAttribute) {
                            ascii("&quot;");
                        } else {
                            buffer[size++] = '"';
                        }
                    }
                    default -> buffer[size++] = (byte) c;
                }
            } else {
                i = nonAscii(text, i);
            }
        }
    }

    /** A name or fixed text, unescaped, as UTF-8. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for ASCII
    private void utf8(String text) throws IOException {
        int n = text.length();
        room(n);
        int ascii = 0;
        while (ascii < n && text.charAt(ascii) < 0x80) {
            ascii++;
        }
        if (ascii == n) { // every name the exports write: copied at once
            text.getBytes(0, n, buffer, size);
            size += n;
            return;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                buffer[size++] = (byte) c;
            } else {
                i = nonAscii(text, i);
            }
            if (size >= CHUNK) {
                drain();
            }
        }
    }

    /** Encodes the character at {@code i} (a surrogate pair as one); returns the index of its last char. */
    private int nonAscii(String text, int i) throws IOException {
        room(4);
        char c = text.charAt(i);
        if (c < 0x800) {
            buffer[size++] = (byte) (0xC0 | c >> 6);
            buffer[size++] = (byte) (0x80 | c & 0x3F);
            return i;
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, text.charAt(i + 1));
            buffer[size++] = (byte) (0xF0 | cp >> 18);
            buffer[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buffer[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buffer[size++] = (byte) (0x80 | cp & 0x3F);
            return i + 1;
        }
        if (Character.isSurrogate(c)) {
            c = '\uFFFD'; // as the output's UTF-8 encoder replaced a lone surrogate (clean() leaves none)
        }
        buffer[size++] = (byte) (0xE0 | c >> 12);
        buffer[size++] = (byte) (0x80 | c >> 6 & 0x3F);
        buffer[size++] = (byte) (0x80 | c & 0x3F);
        return i;
    }

    private void ascii(String text) {
        int n = text.length();
        if (size + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + n));
        }
        for (int i = 0; i < n; i++) {
            buffer[size++] = (byte) text.charAt(i);
        }
    }

    private void put(byte b) throws IOException {
        room(1);
        buffer[size++] = b;
    }

    /** Makes room for {@code n} more bytes, handing the buffer to the file when it is full. */
    private void room(int n) throws IOException {
        if (size + n > buffer.length) {
            drain();
            if (n > buffer.length) {
                buffer = new byte[n];
            }
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
    }

    /** Replaces what XML 1.0 cannot represent with U+FFFD; returns the same string when clean. */
    static String clean(String text) {
        int first = 0;
        // the common case, every character below the surrogates and no control character: a plain scan
        while (first < text.length()) {
            char c = text.charAt(first);
            if (c < 0x20 ? c != 0x9 && c != 0xA && c != 0xD : c >= 0xD800) {
                break;
            }
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = null;
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(allowed ? cp : 0xFFFD);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }
}
