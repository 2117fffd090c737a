package org.phonetriage.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dd.plist.NSDictionary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every plist reader goes through {@link Plists}: the three forms read, a broken one a quiet IOException. */
class PlistsTest {

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
            <plist version="1.0"><dict><key>ICCID</key><string>8901260971148676693</string></dict></plist>
            """;

    @Test
    void xmlBinaryAndAsciiPlistsRead() throws Exception {
        NSDictionary xml = (NSDictionary) Plists.parse(XML.getBytes(StandardCharsets.UTF_8));
        assertEquals("8901260971148676693", xml.get("ICCID").toString());
        byte[] binary = com.dd.plist.BinaryPropertyListWriter.writeToArray(xml);
        assertEquals(xml, Plists.parse(binary));
        assertEquals("b", ((NSDictionary) Plists.parse("{ a = b; }".getBytes(StandardCharsets.UTF_8))).get("a")
                .toString());
    }

    @Test
    void aBrokenXmlPlistIsAnIOExceptionAndPrintsNothing() {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            // the JDK's XML parser prints "[Fatal Error] …" to System.err unless given an error handler
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            IOException e = assertThrows(IOException.class, () -> Plists.parse(
                    XML.replace("</key>", "</kee>").getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().contains("must be terminated by the matching end-tag"), e.getMessage());
        } finally {
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }
}
