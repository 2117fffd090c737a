package org.phonetriage.report.caseuco;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON as Jackson's generator with its {@code DefaultPrettyPrinter} does, byte for byte, into a buffer of
 * its own: case.jsonld is hundreds of bytes of structure per record (names, separators, indentation) and
 * Jackson's generator spent most of the export's Java time on it, a call through its context and printer per
 * token. A text that is plain printable ASCII is written as it is; any other goes through a Jackson generator,
 * so escaping stays Jackson's own (control characters, quotes, surrogates as {@code \\u} escapes).
 *
 * <p>The printer's layout: {@code "name" : value}, each object entry on a line of its own indented two spaces
 * a level (objects nest, arrays do not), arrays inline as {@code [ a, b ]}, empty ones {@code { }} and
 * {@code [ ]}. PrettyJsonBytesTest compares it with Jackson's on random documents.
 */
final class PrettyJsonBytes implements Closeable {

    private static final byte[] FIELD_VALUE_SEPARATOR = " : ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    /** Line end and indentation per object level, as Jackson's DefaultIndenter writes them. */
    private final List<byte[]> lines = new ArrayList<>();
    private final String eol = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.getEol();
    /** The open containers: whether each is an array, and how many entries or values it has so far. */
    private boolean[] isArray = new boolean[16];
    private int[] entries = new int[16];
    private int depth;
    private int objects;
    /** Per name and object level, a later entry's bytes up to its value: {@code ,<line>"name" : }. */
    private final Map<SerializableString, byte[][]> fields = new IdentityHashMap<>();
    /** Escapes the texts that are not plain ASCII, as Jackson's generator does (values of one array). */
    private final ByteArrayOutputStream escaped = new ByteArrayOutputStream();
    private final JsonGenerator escaper;
    private boolean escapedOne;

    PrettyJsonBytes(OutputStream out) throws IOException {
        this.out = out;
        escaper = new JsonFactory().createGenerator(escaped);
        escaper.writeStartArray();
        escaper.flush();
        escaped.reset(); // the array's '[': each text is then its value, after a comma from the second on
    }

    void startObject() throws IOException {
        beforeValue();
        put((byte) '{');
        push(false);
        objects++;
    }

    void endObject() throws IOException {
        objects--;
        if (entries[--depth] > 0) {
            put(line(objects));
        } else {
            put((byte) ' ');
        }
        put((byte) '}');
    }

    void startArray() throws IOException {
        beforeValue();
        put((byte) '[');
        push(true);
    }

    void endArray() throws IOException {
        depth--;
        put((byte) ' ');
        put((byte) ']');
    }

    /** An object's entry name, pre-encoded: written with its comma, line and separator as one copy. */
    void field(SerializableString name) throws IOException {
        boolean first = entries[depth - 1]++ == 0;
        byte[][] byLevel = fields.computeIfAbsent(name, n -> new byte[8][]);
        if (objects >= byLevel.length) {
            byLevel = Arrays.copyOf(byLevel, objects + 1);
            fields.put(name, byLevel);
        }
        byte[] entry = byLevel[objects];
        if (entry == null) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.write(',');
            b.write(line(objects));
            b.write('"');
            b.write(name.asQuotedUTF8());
            b.write('"');
            b.write(FIELD_VALUE_SEPARATOR);
            entry = b.toByteArray();
            byLevel[objects] = entry;
        }
        int from = first ? 1 : 0; // the first entry has no comma before it
        put(entry, from, entry.length - from);
    }

    void field(String name) throws IOException {
        beforeField();
        text(name);
        put(FIELD_VALUE_SEPARATOR);
    }

    void string(String value) throws IOException {
        beforeValue();
        text(value);
    }

    void string(SerializableString value) throws IOException {
        beforeValue();
        put((byte) '"');
        put(value.asQuotedUTF8());
        put((byte) '"');
    }

    /** A text of {@code length} bytes of {@code ascii} that need no escaping (an IRI). */
    void asciiString(byte[] ascii, int length) throws IOException {
        beforeValue();
        ensure(length + 2);
        buffer[used++] = '"';
        System.arraycopy(ascii, 0, buffer, used, length);
        used += length;
        buffer[used++] = '"';
    }

    void number(long value) throws IOException {
        beforeValue();
        ascii(Long.toString(value));
    }

    void bool(boolean value) throws IOException {
        beforeValue();
        put(value ? TRUE : FALSE);
    }

    private void beforeField() throws IOException {
        int at = depth - 1;
        if (entries[at]++ > 0) {
            put((byte) ',');
        }
        put(line(objects));
    }

    /** An array's separator before its values; an object's came with the entry's name. */
    private void beforeValue() throws IOException {
        if (depth > 0 && isArray[depth - 1]) {
            if (entries[depth - 1]++ > 0) {
                put((byte) ',');
            }
            put((byte) ' ');
        }
    }

    private void push(boolean array) {
        if (depth == isArray.length) {
            isArray = Arrays.copyOf(isArray, depth * 2);
            entries = Arrays.copyOf(entries, depth * 2);
        }
        isArray[depth] = array;
        entries[depth++] = 0;
    }

    private byte[] line(int level) {
        while (lines.size() <= level) {
            lines.add((eol + "  ".repeat(lines.size())).getBytes(StandardCharsets.UTF_8));
        }
        return lines.get(level);
    }

    private void text(String s) throws IOException {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                escapedText(s);
                return;
            }
        }
        if (n + 2 > buffer.length) {
            put((byte) '"');
            put(s.getBytes(StandardCharsets.US_ASCII), 0, n);
            put((byte) '"');
            return;
        }
        ensure(n + 2);
        buffer[used++] = '"';
        for (int i = 0; i < n; i++) {
            buffer[used++] = (byte) s.charAt(i);
        }
        buffer[used++] = '"';
    }

    /** The text as Jackson writes it: the generator's next array value, less the comma before it. */
    private void escapedText(String s) throws IOException {
        escaper.writeString(s);
        escaper.flush();
        byte[] value = escaped.toByteArray();
        int from = escapedOne ? 1 : 0;
        put(value, from, value.length - from);
        escaped.reset();
        escapedOne = true;
    }

    private void ascii(String s) throws IOException {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buffer[used++] = (byte) s.charAt(i);
        }
    }

    private void put(byte b) throws IOException {
        ensure(1);
        buffer[used++] = b;
    }

    private void put(byte[] bytes) throws IOException {
        put(bytes, 0, bytes.length);
    }

    private void put(byte[] bytes, int from, int length) throws IOException {
        if (used + length > buffer.length) {
            out.write(buffer, 0, used);
            used = 0;
            if (length > buffer.length) { // a long text: past the buffer
                out.write(bytes, from, length);
                return;
            }
        }
        System.arraycopy(bytes, from, buffer, used, length);
        used += length;
    }

    /** Room for {@code more} bytes, at most the buffer's size. */
    private void ensure(int more) throws IOException {
        if (used + more > buffer.length) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    /** Writes what is buffered and closes the stream, as Jackson's generator closes its target. */
    @Override
    public void close() throws IOException {
        try (out; escaper) {
            out.write(buffer, 0, used);
            used = 0;
            out.flush();
        }
    }
}
