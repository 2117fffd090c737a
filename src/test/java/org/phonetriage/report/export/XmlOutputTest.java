package org.phonetriage.report.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link XmlOutput} writes the bytes the JDK's StAX writer gave ({@link StaxXmlOutput}, the former
 * implementation) for random sequences of the calls the exports make, with values holding every
 * character class the escaping and the UTF-8 encoding tell apart.
 */
class XmlOutputTest {

    @TempDir
    Path tmp;

    /** Characters to build values of: the escaped ones, controls, non-ASCII of 2-4 bytes, lone surrogates. */
    private static final String[] PIECES = {"a", "Z", "0", " ", "&", "<", ">", "\"", "'", "&amp;", "]]>", "\t", "\n",
        "\r", "\u0000", "\u0001", "\u001f", "\u007f", "é", "ß", "\u07ff", "\u0800", "€", "中", "\uD7FF", "\uE000",
        "\uFFFD", "\uFFFE", "\uFFFF", "😀", "\uD83D", "\uDE00", "\uDBFF\uDFFF", "+44 7700 900123", "@", ";", "|"};

    @Test
    void writesWhatStaxWroteForRandomCallSequences() throws IOException {
        Random random = new Random(15);
        for (int round = 0; round < 300; round++) {
            long seed = random.nextLong();
            assertSameBytes(seed, 1 + random.nextInt(round < 250 ? 40 : 4000));
        }
    }

    /** Numbers written from their digits, plain text copied at once: as StAX wrote them, at any size. */
    @Test
    void writesNumbersAndLongPlainTextAsStaxDid() throws IOException {
        Path mine = tmp.resolve("mine.xml");
        Path stax = tmp.resolve("stax.xml");
        List<Object> values = List.of(0L, -1L, 7, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, -1_000_000_007L,
                "x".repeat(70_000), "+33612345678", "y".repeat(40_000) + "&", "");
        try (XmlOutput a = XmlOutput.create(mine); StaxXmlOutput b = StaxXmlOutput.create(stax)) {
            a.root("root", "urn:x");
            b.root("root", "urn:x");
            for (Object v : values) {
                a.empty("e");
                b.empty("e");
                a.attribute("v", v);
                b.attribute("v", v);
                a.element("t", v);
                b.element("t", v);
            }
            a.commit();
            b.commit();
        }
        assertArrayEquals(Files.readAllBytes(stax), Files.readAllBytes(mine));
    }

    @Test
    void writesEscapesAndEncodingsAsStaxDid() throws IOException {
        Path file = tmp.resolve("fixed.xml");
        try (XmlOutput xml = XmlOutput.create(file)) {
            xml.root("graphml", "http://graphml.graphdrawing.org/xmlns");
            xml.schemaLocation("http://graphml.graphdrawing.org/xmlns", "http://x/graphml.xsd");
            xml.start("node");
            xml.attribute("id", "a&b<c>\"d'\te\u0001😀\uD83D");
            xml.element("data", "a&b<c>\"d'");
            xml.empty("x");
            xml.end();
            xml.start("empty");
            xml.commit();
        }
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://x/graphml.xsd\">\n"
                + "  <node id=\"a&amp;b&lt;c&gt;&quot;d'\te\uFFFD😀\uFFFD\">\n"
                + "    <data>a&amp;b&lt;c&gt;\"d'</data>\n"
                + "    <x/>\n"
                + "  </node>\n"
                + "  <empty></empty>\n"
                + "</graphml>\n", Files.readString(file, StandardCharsets.UTF_8));
        assertSameBytes(7, 0);
    }

    /** The same random calls ({@code calls} of them after a root) through both writers: the same file. */
    private void assertSameBytes(long seed, int calls) throws IOException {
        Path mine = tmp.resolve("mine.xml");
        Path stax = tmp.resolve("stax.xml");
        try (XmlOutput a = XmlOutput.create(mine); StaxXmlOutput b = StaxXmlOutput.create(stax)) {
            Random r = new Random(seed);
            String ns = value(r);
            a.root("root", ns);
            b.root("root", ns);
            boolean schema = r.nextBoolean();
            if (schema) {
                String loc = value(r);
                a.schemaLocation(ns, loc);
                b.schemaLocation(ns, loc);
            }
            int depth = 1;
            boolean tagOpen = true; // attributes may follow
            for (int i = 0; i < calls; i++) {
                int op = r.nextInt(7);
                if (op <= 1 && tagOpen) {
                    String name = "a" + r.nextInt(5);
                    Object v = object(r);
                    a.attribute(name, v);
                    b.attribute(name, v);
                } else if (op == 2) {
                    String name = "s" + r.nextInt(3);
                    a.start(name);
                    b.start(name);
                    depth++;
                    tagOpen = true;
                } else if (op == 3) {
                    String name = "e" + r.nextInt(3);
                    a.empty(name);
                    b.empty(name);
                    tagOpen = true;
                } else if (op == 4) {
                    Object v = object(r);
                    a.element("t", v);
                    b.element("t", v);
                    tagOpen = false;
                } else if (op == 5 && tagOpen) {
                    Object v = object(r);
                    if (v != null) {
                        a.text(v);
                        b.text(v);
                        tagOpen = false;
                    }
                } else if (op == 6 && depth > 1) {
                    a.end();
                    b.end();
                    depth--;
                    tagOpen = false;
                }
            }
            a.commit();
            b.commit();
        }
        assertArrayEquals(Files.readAllBytes(stax), Files.readAllBytes(mine), "seed " + seed + ", " + calls + " calls");
    }

    private static Object object(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> null;
            case 1 -> r.nextLong();
            case 2 -> r.nextInt(1000);
            case 3 -> r.nextBoolean();
            case 4 -> r.nextDouble() * 1e6;
            case 5 -> List.of(value(r), value(r));
            default -> value(r);
        };
    }

    private static String value(Random r) {
        List<String> parts = new ArrayList<>();
        int n = r.nextInt(r.nextInt(10) == 0 ? 400 : 12);
        for (int i = 0; i < n; i++) {
            parts.add(PIECES[r.nextInt(PIECES.length)]);
        }
        return String.join("", parts);
    }
}
