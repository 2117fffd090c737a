package org.phonetriage.parsers.android;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhatsAppPreferencesParserTest {

    @Test
    void readsStringAndNumberPreferences() throws IOException {
        Map<String, String> prefs = WhatsAppPreferencesParser.read(bytes(
                "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n"
                        + "<string name=\"registration_jid\">5511987654321</string>\n"
                        + "<long name=\"last_seen\" value=\"1700000000\" />\n</map>\n"));
        assertEquals(Map.of("registration_jid", "5511987654321", "last_seen", "1700000000"), prefs);
    }

    @Test
    void aTruncatedFileIsAProblemNotAConsoleLine() {
        PrintStream console = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            IOException e = assertThrows(IOException.class,
                    () -> WhatsAppPreferencesParser.read(bytes("<map><string name=\"a\">")));
            assertTrue(e.getMessage().startsWith("not a readable preferences file"), e.getMessage());
        } finally {
            System.setErr(console);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    private static ByteArrayInputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
