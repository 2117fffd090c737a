package org.phonetriage.report.caseuco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PrettyJsonBytes must write what Jackson's generator with its default pretty printer writes, byte for byte. */
class PrettyJsonBytesTest {

    private static final String[] TEXTS = {"", "kb:Call-1", "plain ASCII ~", "Zé Tuga", "日本語", "\uD83D\uDE00 emoji",
        "lone \uD800 high", "low \uDC00", "tab\there", "line\nbreak", "\u0000\u0001\u001f\u007f", "\"quoted\" \\ /",
        "\u2028\u2029", "x".repeat(70_000), "é".repeat(40_000) + "\"", "ü" + "y".repeat(66_000)};
    private static final SerializedString[] NAMES = {new SerializedString("@id"), new SerializedString("@type"),
        new SerializedString("uco-core:hasFacet"), new SerializedString("uco-observable:from"),
        new SerializedString("naïve \"name\"")};

    /** The same calls made to both writers. */
    private record Both(PrettyJsonBytes ours, JsonGenerator jackson) {
    }

    @Test
    void randomDocumentsAreJacksonsBytes() throws IOException {
        Random random = new Random(15);
        for (int round = 0; round < 300; round++) {
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            ByteArrayOutputStream jackson = new ByteArrayOutputStream();
            JsonGenerator g = new JsonFactory().createGenerator(jackson);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            Both both = new Both(new PrettyJsonBytes(ours), g);
            object(both, random, 0);
            both.ours().close();
            g.close();
            assertArrayEquals(jackson.toByteArray(), ours.toByteArray(), "round " + round);
            assertTrue(round > 0 || ours.size() > 0);
        }
    }

    private static void object(Both w, Random random, int depth) throws IOException {
        w.ours().startObject();
        w.jackson().writeStartObject();
        int fields = random.nextInt(depth > 3 ? 2 : 6);
        for (int i = 0; i < fields; i++) {
            if (random.nextBoolean()) {
                SerializedString name = NAMES[random.nextInt(NAMES.length)];
                w.ours().field(name);
                w.jackson().writeFieldName(name);
            } else {
                String name = text(random);
                w.ours().field(name);
                w.jackson().writeFieldName(name);
            }
            value(w, random, depth + 1);
        }
        w.ours().endObject();
        w.jackson().writeEndObject();
    }

    private static void value(Both w, Random random, int depth) throws IOException {
        switch (random.nextInt(depth > 4 ? 5 : 7)) {
            case 0 -> {
                String s = text(random);
                w.ours().string(s);
                w.jackson().writeString(s);
            }
            case 1 -> {
                SerializedString s = NAMES[random.nextInt(NAMES.length)];
                w.ours().string(s);
                w.jackson().writeString(s);
            }
            case 2 -> {
                byte[] iri = ("kb:Call-" + random.nextInt(1000) + "-x").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                w.ours().asciiString(iri, iri.length);
                w.jackson().writeString(new String(iri, java.nio.charset.StandardCharsets.US_ASCII));
            }
            case 3 -> {
                long v = random.nextLong() >> random.nextInt(64);
                w.ours().number(v);
                w.jackson().writeNumber(v);
            }
            case 4 -> {
                boolean b = random.nextBoolean();
                w.ours().bool(b);
                w.jackson().writeBoolean(b);
            }
            case 5 -> object(w, random, depth);
            default -> {
                w.ours().startArray();
                w.jackson().writeStartArray();
                int values = random.nextInt(4);
                for (int i = 0; i < values; i++) {
                    value(w, random, depth + 1);
                }
                w.ours().endArray();
                w.jackson().writeEndArray();
            }
        }
    }

    private static String text(Random random) {
        return random.nextInt(3) == 0 ? TEXTS[random.nextInt(TEXTS.length)]
                : random.ints(random.nextInt(12), 0, 0x300).collect(StringBuilder::new,
                        (b, c) -> b.append((char) c), StringBuilder::append).toString();
    }
}
