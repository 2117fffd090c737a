package org.phonetriage.evidence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Encrypts a database the way WhatsApp backs it up (zlib, then AES-256-GCM with a 16-byte IV,
 * then the tag and an MD5 of everything before), streaming, for tests of backups of any size. It
 * shares no code with {@link WhatsAppCrypt}: the JDK's GCM encrypts, so the two check each other.
 * The IVs come from a seed, so the same input always gives the same bytes.
 */
public final class WhatsAppBackupWriter {

    /** A WhatsApp database to encrypt and the messages triage reads from it. */
    public record Sample(Path database, int messages) {
    }

    private WhatsAppBackupWriter() {
    }

    /**
     * wa-crypt-tools' real msgstore.db (9 status messages: INVENTORY's 10 rows of the legacy table
     * count WhatsApp's placeholder row, which is no message), or D05's legacy one (test-images/README.md: 3 messages) on a machine without the real data.
     */
    public static Sample sample() {
        Path real = Path.of("..", "shared", "realdata", "ElDavoo__wa-crypt-tools", "tests", "res", "msgstore.db");
        return Files.exists(real) ? new Sample(real, 9)
                : new Sample(Path.of("test-images", "D05-android", "data", "data", "com.whatsapp", "databases",
                        "msgstore.db"), 3);
    }

    /**
     * A copy of {@code source} with {@code megabytes} rows of 1 MB of random bytes (incompressible,
     * like the media WhatsApp keeps) in a table of their own.
     */
    public static Path withBlobs(Path source, int megabytes, Path target) throws IOException, SQLException {
        try (InputStream in = Files.newInputStream(source)) {
            Files.copy(in, target);
        }
        Random random = new Random(megabytes);
        byte[] blob = new byte[1 << 20];
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + target)) {
            db.setAutoCommit(false);
            db.createStatement().execute("CREATE TABLE media_blobs (_id INTEGER PRIMARY KEY, data BLOB)");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO media_blobs (data) VALUES (?)")) {
                for (int i = 0; i < megabytes; i++) {
                    random.nextBytes(blob);
                    insert.setBytes(1, blob);
                    insert.executeUpdate();
                }
            }
            db.commit();
        }
        return target;
    }

    /** A key file as WhatsApp writes it: the key as a Java-serialised byte array. */
    public static void writeKeyFile(byte[] key, Path file) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeObject(key);
        }
    }

    /** crypt15: a size byte, the feature-table flag, then a protobuf prefix (key type 1, the IV). */
    public static void writeCrypt15(Path database, byte[] rootKey, long seed, Path backup) throws IOException {
        byte[] iv = iv(seed);
        byte[] prefix = new byte[6 + iv.length];
        System.arraycopy(new byte[] {0x08, 0x01, 0x1A, 0x12, 0x0A, 0x10}, 0, prefix, 0, 6);
        System.arraycopy(iv, 0, prefix, 6, iv.length);
        byte[] header = new byte[2 + prefix.length];
        header[0] = (byte) prefix.length;
        header[1] = 1;
        System.arraycopy(prefix, 0, header, 2, prefix.length);
        write(header, crypt15Key(rootKey), iv, database, backup);
    }

    /**
     * crypt14 with a header of {@code headerLength} bytes (WhatsApp's grew between versions; 190
     * is common), the IV at bytes 67–82; the rest of the header is filler here.
     */
    public static void writeCrypt14(Path database, byte[] key, int headerLength, long seed, Path backup)
            throws IOException {
        byte[] iv = iv(seed);
        byte[] header = new byte[headerLength];
        new Random(seed + 1).nextBytes(header);
        header[0] = (byte) (headerLength - 2);
        header[1] = 1;
        System.arraycopy(iv, 0, header, 67, iv.length);
        write(header, key, iv, database, backup);
    }

    private static void write(byte[] header, byte[] key, byte[] iv, Path database, Path backup) throws IOException {
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(backup), 1 << 16)) {
                OutputStream hashed = new DigestOutputStream(CloseShieldOutputStream.wrap(file), md5);
                hashed.write(header);
                Deflater deflater = new Deflater(Deflater.BEST_SPEED);
                deflater.setStrategy(Deflater.HUFFMAN_ONLY); // fast on the incompressible blobs of large tests
                try (InputStream in = Files.newInputStream(database);
                     OutputStream zlib = new DeflaterOutputStream(new CipherOutputStream(hashed, gcm), deflater,
                             1 << 16)) {
                    in.transferTo(zlib);
                } finally {
                    deflater.end();
                }
                file.write(md5.digest());
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static byte[] crypt15Key(byte[] rootKey) throws IOException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            mac.init(new SecretKeySpec(mac.doFinal(rootKey), "HmacSHA256"));
            mac.update("backup encryption".getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(new byte[] {1});
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static byte[] iv(long seed) {
        byte[] iv = new byte[16];
        new Random(seed).nextBytes(iv);
        return iv;
    }
}
