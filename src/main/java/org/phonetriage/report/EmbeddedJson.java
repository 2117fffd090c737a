package org.phonetriage.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * JSON written into the page as {@code <script type="application/json">}, streamed straight to the
 * output. {@code <}, {@code >} and {@code &} are written as {@code \u003C} etc., so a value from
 * the evidence can neither end the element ({@code </script>}) nor open a comment; U+2028/U+2029
 * are escaped too, so the text is also a valid JavaScript literal. The page reads it with
 * {@code JSON.parse(element.textContent)}.
 */
final class EmbeddedJson {

    /** Writes the body of the JSON document. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .characterEscapes(new ScriptSafeEscapes())
            .build();

    private EmbeddedJson() {
    }

    /** Writes the JSON document {@code body} produces to {@code out}, which is left open. */
    static void writeTo(Writer out, Body body) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            body.write(json);
        }
    }

    /** The JSON text alone, escaped as it is in the page. */
    static String toString(Body body) throws IOException {
        StringWriter out = new StringWriter();
        writeTo(out, body);
        return out.toString();
    }

    /** {@code "field": [values…]}. */
    static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x2028 -> LINE_SEPARATOR;
                case 0x2029 -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
