package org.phonetriage.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySchemeTest {

    @TempDir
    Path tmp;

    @Test
    void pseudonymsAreHmacSha256OfTheKeyUnderTheFilesBytes() throws IOException {
        // RFC 4231 test case 1 (key 20 × 0x0b, data "Hi There"), the value as openssl dgst -mac HMAC gives it
        Path key = tmp.resolve("rfc4231.key");
        Files.write(key, new byte[] {11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11});
        assertEquals("hmac:b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
                KeyScheme.fromFile(key).apply("Hi There"));
    }

    @Test
    void aFinalNewlineIsNoPartOfTheKeyAndTheIdNamesTheKeyWithoutRevealingIt() throws IOException {
        Path a = tmp.resolve("a.key");
        Path b = tmp.resolve("b.key");
        Path other = tmp.resolve("other.key");
        Files.writeString(a, "0123456789abcdef0123456789abcdef");
        Files.writeString(b, "0123456789abcdef0123456789abcdef\r\n");
        Files.writeString(other, "0123456789abcdef0123456789abcdeF");
        KeyScheme ka = KeyScheme.fromFile(a);
        assertEquals(ka.apply("+33612345678"), KeyScheme.fromFile(b).apply("+33612345678"));
        assertEquals(ka.id(), KeyScheme.fromFile(b).id());
        assertNotEquals(ka.apply("+33612345678"), KeyScheme.fromFile(other).apply("+33612345678"));
        assertNotEquals(ka.id(), KeyScheme.fromFile(other).id());
        assertTrue(ka.id().startsWith("hmac-sha256:") && !ka.id().contains("0123456789"), ka.id());
        assertEquals("+33612345678", KeyScheme.RAW.apply("+33612345678"));
        assertFalse(KeyScheme.RAW.pseudonymised());
    }

    @Test
    void aShortOrMissingKeyIsRefusedByName() throws IOException {
        Path shortKey = tmp.resolve("short.key");
        Files.writeString(shortKey, "fifteen bytes!!\n");
        IOException e = assertThrows(IOException.class, () -> KeyScheme.fromFile(shortKey));
        assertTrue(e.getMessage().contains("short.key") && e.getMessage().contains("at least 16"), e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> KeyScheme.fromFile(tmp.resolve("none.key")));
        assertTrue(missing.getMessage().contains("none.key"), missing.getMessage());
    }
}
