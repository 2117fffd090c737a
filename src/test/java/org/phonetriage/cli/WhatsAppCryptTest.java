package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;
import org.phonetriage.evidence.WhatsAppCrypt;

/**
 * wa-crypt-tools' real backups (INVENTORY §1.5): crypt12, crypt14 and crypt15 of one msgstore.db,
 * each decrypting to a database byte-identical to the plain one beside them.
 */
class WhatsAppCryptTest {

    private static final String RES = "ElDavoo__wa-crypt-tools/tests/res/";

    @TempDir
    Path tmp;

    @Test
    void everyFormatDecryptsToThePlainDatabase() throws Exception {
        byte[] plain = Files.readAllBytes(RealData.path(RES + "msgstore.db"));
        byte[] legacyKey = Files.readAllBytes(RealData.path(RES + "key"));
        byte[] rootKey = Files.readAllBytes(RealData.path(RES + "encrypted_backup.key"));
        assertArrayEquals(plain, decrypt("msgstore.db.crypt12", legacyKey, 12));
        assertArrayEquals(plain, decrypt("msgstore.db.crypt14", legacyKey, 14));
        assertArrayEquals(plain, decrypt("msgstore.db.crypt15", rootKey, 15));
        IOException wrong = assertThrows(IOException.class, () -> decrypt("msgstore.db.crypt15", legacyKey, 15));
        assertTrue(wrong.getMessage().contains("wrong key"), wrong.getMessage());
    }

    private static byte[] decrypt(String backup, byte[] key, int version) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(RealData.path(RES + backup))) {
            WhatsAppCrypt.decrypt(in, key, version, out);
        }
        return out.toByteArray();
    }

    @Test
    void triageDecryptsWithTheKeyAndSaysSoWithoutIt() throws Exception {
        Path phone = Files.createDirectories(tmp.resolve("phone/data/data/com.whatsapp/databases"));
        Files.copy(RealData.path(RES + "msgstore.db.crypt15"), phone.resolve("msgstore.db.crypt15"));
        BadInputTest.Run withKey = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("a").toString(),
                "--wa-key", RealData.path(RES + "encrypted_backup.key").toString(), tmp.resolve("phone").toString()));
        assertEquals(Main.OK, withKey.exit(), withKey.err());
        assertTrue(withKey.err().contains("android.whatsapp.messages-legacy"), withKey.err());
        assertEquals(9, new ObjectMapper().readTree(tmp.resolve("a/xref.json").toFile()).get("devices").get(0)
                .get("counts").get("messages").asInt(), "9 status updates; the placeholder row of each message table"
                + " (INVENTORY counts the legacy one among its 10) is no message");
        BadInputTest.Run without = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("b").toString(),
                tmp.resolve("phone").toString()));
        assertEquals(Main.PROBLEMS, without.exit());
        assertTrue(without.err().contains("msgstore.db.crypt15: encrypted WhatsApp backup: give --wa-key"), without.err());
        BadInputTest.Run wrongKey = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("c").toString(),
                "--wa-key", RealData.path(RES + "key").toString(), tmp.resolve("phone").toString()));
        assertEquals(Main.PROBLEMS, wrongKey.exit());
        assertTrue(wrongKey.err().contains("cannot decrypt: wrong key"), wrongKey.err());
    }
}
