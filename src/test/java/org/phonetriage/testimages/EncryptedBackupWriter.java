package org.phonetriage.testimages;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.UID;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes an encrypted iTunes/Finder backup from a plain one, the way iOS does (research: keybag
 * TLVs, PBKDF2-SHA256 then PBKDF2-SHA1, AES key wrap of the class keys, a per-file key in each
 * Manifest.db {@code file} record, AES-256-CBC contents and Manifest.db). Written from the format's
 * description, independently of the reader under test. Iteration counts are small (they are stored
 * in the keybag, so any count is valid) to keep tests fast. Deterministic for a given seed.
 */
public final class EncryptedBackupWriter {

    private static final int MANIFEST_CLASS = 4;
    private static final int FILE_CLASS = 3;

    private final Random random;

    private EncryptedBackupWriter(long seed) {
        this.random = new Random(seed);
    }

    /** Copies {@code plain} (a backup folder with Manifest.db) to {@code out}, encrypted with the password. */
    public static void encrypt(Path plain, Path out, String password, long seed) throws IOException {
        try {
            new EncryptedBackupWriter(seed).write(plain, out, password);
        } catch (GeneralSecurityException | SQLException e) {
            throw new IOException(e);
        }
    }

    private void write(Path plain, Path out, String password) throws IOException, GeneralSecurityException,
            SQLException {
        Files.createDirectories(out);
        byte[] dpsl = bytes(20);
        byte[] salt = bytes(20);
        int dpic = 10;
        int iter = 10;
        byte[] passcodeKey = pbkdf2("HmacSHA1", pbkdf2("HmacSHA256", password.getBytes(StandardCharsets.UTF_8), dpsl,
                dpic), salt, iter);
        ByteArrayOutputStream bag = new ByteArrayOutputStream();
        tlv(bag, "VERS", integer(4));
        tlv(bag, "TYPE", integer(1));
        tlv(bag, "UUID", bytes(16));
        tlv(bag, "HMCK", bytes(40));
        tlv(bag, "WRAP", integer(0));
        tlv(bag, "SALT", salt);
        tlv(bag, "ITER", integer(iter));
        tlv(bag, "DPWT", integer(1));
        tlv(bag, "DPIC", integer(dpic));
        tlv(bag, "DPSL", dpsl);
        byte[][] classKeys = new byte[12][];
        for (int c = 1; c <= 11; c++) {
            classKeys[c] = bytes(32);
            tlv(bag, "UUID", bytes(16));
            tlv(bag, "CLAS", integer(c));
            tlv(bag, "WRAP", integer(2));
            tlv(bag, "KTYP", integer(0));
            tlv(bag, "WPKY", wrap(passcodeKey, classKeys[c]));
        }
        byte[] manifestKey = bytes(32);

        Path manifestCopy = Files.createTempFile("manifest", ".db");
        try {
            Files.copy(plain.resolve("Manifest.db"), manifestCopy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + manifestCopy.toAbsolutePath())) {
                List<String[]> rows = new ArrayList<>();
                try (Statement st = db.createStatement();
                     ResultSet rs = st.executeQuery("SELECT fileID FROM Files WHERE flags = 1 ORDER BY fileID")) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(1)});
                    }
                }
                try (PreparedStatement update = db.prepareStatement("UPDATE Files SET file = ? WHERE fileID = ?")) {
                    for (String[] row : rows) {
                        String id = row[0];
                        Path content = plain.resolve(id.substring(0, 2)).resolve(id);
                        if (!Files.isRegularFile(content)) {
                            continue;
                        }
                        byte[] data = Files.readAllBytes(content);
                        byte[] fileKey = bytes(32);
                        Path target = Files.createDirectories(out.resolve(id.substring(0, 2))).resolve(id);
                        Files.write(target, encrypt(fileKey, data));
                        update.setBytes(1, mbFile(withClass(FILE_CLASS, wrap(classKeys[FILE_CLASS], fileKey)),
                                data.length));
                        update.setString(2, id);
                        update.executeUpdate();
                    }
                }
            }
            Files.write(out.resolve("Manifest.db"), encrypt(manifestKey, Files.readAllBytes(manifestCopy)));
        } finally {
            Files.deleteIfExists(manifestCopy);
        }
        // files the manifest does not name (orphans) and the other plists are copied as they are
        try (Stream<Path> files = Files.walk(plain)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = out.resolve(plain.relativize(f).toString());
                if (!Files.exists(target) && !f.getFileName().toString().startsWith("Manifest.")) {
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
        NSDictionary manifest = new NSDictionary();
        manifest.put("IsEncrypted", true);
        manifest.put("Version", "10.0");
        manifest.put("BackupKeyBag", new NSData(bag.toByteArray()));
        manifest.put("ManifestKey", new NSData(withClass(MANIFEST_CLASS, wrap(classKeys[MANIFEST_CLASS], manifestKey))));
        Files.write(out.resolve("Manifest.plist"), BinaryPropertyListWriter.writeToArray(manifest));
    }

    /** An NSKeyedArchiver MBFile with its EncryptionKey (as NSMutableData) and Size. */
    private static byte[] mbFile(byte[] encryptionKey, long size) throws IOException {
        NSDictionary file = new NSDictionary();
        file.put("$class", new UID("class", new byte[] {3}));
        file.put("EncryptionKey", new UID("key", new byte[] {2}));
        file.put("ProtectionClass", FILE_CLASS);
        file.put("Size", size);
        NSDictionary data = new NSDictionary();
        data.put("NS.data", new NSData(encryptionKey));
        data.put("$class", new UID("dataClass", new byte[] {4}));
        NSDictionary fileClass = new NSDictionary();
        fileClass.put("$classname", "MBFile");
        fileClass.put("$classes", new NSArray(new NSString("MBFile"), new NSString("NSObject")));
        NSDictionary dataClass = new NSDictionary();
        dataClass.put("$classname", "NSMutableData");
        dataClass.put("$classes", new NSArray(new NSString("NSMutableData"), new NSString("NSData"),
                new NSString("NSObject")));
        NSDictionary top = new NSDictionary();
        top.put("root", new UID("root", new byte[] {1}));
        NSDictionary archive = new NSDictionary();
        archive.put("$version", 100000);
        archive.put("$archiver", "NSKeyedArchiver");
        archive.put("$top", top);
        archive.put("$objects", new NSArray(new NSObject[] {new NSString("$null"), file, data, fileClass, dataClass}));
        return BinaryPropertyListWriter.writeToArray(archive);
    }

    private static byte[] encrypt(byte[] key, byte[] data) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
        return c.doFinal(data);
    }

    private static byte[] wrap(byte[] kek, byte[] key) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AESWrap");
        c.init(Cipher.WRAP_MODE, new SecretKeySpec(kek, "AES"));
        return c.wrap(new SecretKeySpec(key, "AES"));
    }

    private static byte[] withClass(int protectionClass, byte[] wrapped) {
        return ByteBuffer.allocate(4 + wrapped.length).order(ByteOrder.LITTLE_ENDIAN).putInt(protectionClass)
                .put(wrapped).array();
    }

    /** PBKDF2 (RFC 8018), 32 bytes, over a raw-byte password. */
    private static byte[] pbkdf2(String hmac, byte[] password, byte[] salt, int iterations)
            throws GeneralSecurityException {
        Mac mac = Mac.getInstance(hmac);
        mac.init(new SecretKeySpec(password, hmac));
        byte[] out = new byte[32];
        for (int block = 1, done = 0; done < 32; block++) {
            mac.update(salt);
            byte[] u = mac.doFinal(ByteBuffer.allocate(4).putInt(block).array());
            byte[] t = u.clone();
            for (int i = 1; i < iterations; i++) {
                u = mac.doFinal(u);
                for (int k = 0; k < t.length; k++) {
                    t[k] ^= u[k];
                }
            }
            int n = Math.min(t.length, 32 - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    private static void tlv(ByteArrayOutputStream out, String tag, byte[] value) {
        out.writeBytes(tag.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        out.writeBytes(value);
    }

    private static byte[] integer(int v) {
        return ByteBuffer.allocate(4).putInt(v).array();
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
