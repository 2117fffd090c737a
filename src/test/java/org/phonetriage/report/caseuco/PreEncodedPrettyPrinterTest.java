package org.phonetriage.report.caseuco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PreEncodedPrettyPrinterTest {

    @Test
    void writesTheBytesOfJacksonsDefaultPrinter() throws IOException {
        assertEquals(write(new DefaultPrettyPrinter()), write(new PreEncodedPrettyPrinter()));
    }

    private static String write(PrettyPrinter printer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(bytes)) {
            g.setPrettyPrinter(printer);
            g.writeStartObject();
            g.writeObjectFieldStart("@context");
            g.writeStringField("kb", "urn:x:");
            g.writeEndObject();
            g.writeArrayFieldStart("@graph");
            for (int depth = 0; depth < 12; depth++) {
                if (depth > 0) {
                    g.writeFieldName("child");
                }
                g.writeStartObject();
                g.writeStringField("@id", "kb:n-" + depth);
                g.writeArrayFieldStart("values");
                g.writeString("é ☎ \"quoted\"");
                g.writeNumber(depth);
                g.writeStartArray();
                g.writeEndArray();
                g.writeStartObject();
                g.writeEndObject();
                g.writeEndArray();
                g.writeObjectFieldStart("nested");
            }
            for (int depth = 0; depth < 12; depth++) {
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
