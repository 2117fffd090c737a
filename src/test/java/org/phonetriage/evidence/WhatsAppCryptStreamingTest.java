package org.phonetriage.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming decryption on the edges of its buffers: backups smaller than the head it reads
 * first, a stream that gives a few bytes per read, every crypt14 header length it searches, and
 * short files.
 */
class WhatsAppCryptStreamingTest {

    private static final byte[] KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 5);
    }

    @TempDir
    Path tmp;

    @Test
    void aBackupSmallerThanItsFirstReadDecrypts() throws Exception {
        byte[] plain = "a database of a few bytes".getBytes(StandardCharsets.US_ASCII);
        Path database = Files.write(tmp.resolve("small.db"), plain);
        Path crypt15 = tmp.resolve("small.db.crypt15");
        WhatsAppBackupWriter.writeCrypt15(database, KEY, 7, crypt15);
        assertArrayEquals(plain, decrypt(Files.newInputStream(crypt15), 15));
        Path crypt14 = tmp.resolve("small.db.crypt14");
        WhatsAppBackupWriter.writeCrypt14(database, KEY, 190, 7, crypt14);
        assertArrayEquals(plain, decrypt(Files.newInputStream(crypt14), 14));
    }

    @Test
    void aStreamGivingAFewBytesAtATimeDecrypts() throws Exception {
        Path database = WhatsAppBackupWriter.sample().database();
        Path crypt15 = tmp.resolve("msgstore.db.crypt15");
        WhatsAppBackupWriter.writeCrypt15(database, KEY, 8, crypt15);
        assertArrayEquals(Files.readAllBytes(database), decrypt(new Trickle(Files.newInputStream(crypt15)), 15));
    }

    @Test
    void everyCrypt14HeaderLengthSearchedIsFound() throws Exception {
        byte[] plain = new byte[50_000];
        new Random(3).nextBytes(plain);
        Path database = Files.write(tmp.resolve("random.db"), plain);
        for (int headerLength : new int[] {190, 191, 203, 260, 399}) {
            Path crypt14 = tmp.resolve("random.db.crypt14");
            WhatsAppBackupWriter.writeCrypt14(database, KEY, headerLength, headerLength, crypt14);
            assertArrayEquals(plain, decrypt(Files.newInputStream(crypt14), 14), "header of " + headerLength);
        }
    }

    @Test
    void aFileCutInsideItsHeaderOrDataIsRefused() throws Exception {
        Path database = Files.write(tmp.resolve("x.db"), new byte[10_000]);
        Path crypt15 = tmp.resolve("x.db.crypt15");
        WhatsAppBackupWriter.writeCrypt15(database, KEY, 9, crypt15);
        byte[] whole = Files.readAllBytes(crypt15);
        assertEquals("not a crypt15 file (its header is cut short)", refusal(Arrays.copyOf(whole, 10)));
        assertEquals("not a crypt15 file, or truncated (30 bytes)", refusal(Arrays.copyOf(whole, 30)));
        assertEquals("cannot decrypt: the file is truncated or altered (the key is right, but its authentication"
                + " tag does not match)", refusal(Arrays.copyOf(whole, whole.length - 1)));
    }

    private static String refusal(byte[] file) {
        return assertThrows(WhatsAppCrypt.Undecryptable.class,
                () -> decrypt(new java.io.ByteArrayInputStream(file), 15)).getMessage();
    }

    private static byte[] decrypt(InputStream in, int version) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (in) {
            WhatsAppCrypt.decrypt(in, KEY, version, out);
        }
        return out.toByteArray();
    }

    /** Gives at most 7 bytes per read, as a slow or chunked source may. */
    private static final class Trickle extends FilterInputStream {
        Trickle(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 7));
        }
    }
}
