package org.phonetriage.evidence;

import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.UID;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * The keys of an unlocked encrypted backup, and decryption with them: Manifest.db with the
 * ManifestKey, each file with the key in its Manifest.db {@code file} record (an NSKeyedArchiver
 * MBFile: EncryptionKey = 4-byte little-endian protection class + wrapped key, ProtectionClass,
 * Size). Contents are AES-256-CBC with a zero IV, padded to the block; the plaintext is cut to Size.
 */
final class BackupDecryption {

    /** How to read one file: its key and its plaintext size. */
    record FileKey(byte[] key, long size) {
    }

    private final Map<Integer, byte[]> classKeys;

    BackupDecryption(Map<Integer, byte[]> classKeys) {
        this.classKeys = classKeys;
    }

    /** Unwraps a key stored as 4-byte little-endian class + wrapped key (ManifestKey, EncryptionKey). */
    byte[] unwrap(byte[] classAndKey) throws GeneralSecurityException {
        if (classAndKey.length < 4 + 24) {
            throw new GeneralSecurityException("a wrapped key of " + classAndKey.length + " bytes");
        }
        int protectionClass = ByteBuffer.wrap(classAndKey, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] classKey = classKeys.get(protectionClass);
        if (classKey == null) {
            throw new GeneralSecurityException("no key for protection class " + protectionClass);
        }
        Cipher unwrap = Cipher.getInstance("AESWrap");
        unwrap.init(Cipher.UNWRAP_MODE, new SecretKeySpec(classKey, "AES"));
        return unwrap.unwrap(Arrays.copyOfRange(classAndKey, 4, classAndKey.length), "AES", Cipher.SECRET_KEY)
                .getEncoded();
    }

    /** Decrypts a whole file (Manifest.db) and removes its PKCS#7 padding when it has one. */
    static byte[] decrypt(byte[] data, byte[] key) throws GeneralSecurityException {
        byte[] plain = cipher(key).doFinal(data, 0, data.length - data.length % 16);
        int pad = plain.length == 0 ? 0 : plain[plain.length - 1] & 0xFF;
        if (pad >= 1 && pad <= 16 && pad <= plain.length) {
            for (int i = plain.length - pad; i < plain.length; i++) {
                if ((plain[i] & 0xFF) != pad) {
                    return plain;
                }
            }
            return Arrays.copyOf(plain, plain.length - pad);
        }
        return plain;
    }

    /** A file's content decrypted as it is read, cut to its size. */
    static InputStream decrypting(InputStream encrypted, FileKey key) throws GeneralSecurityException {
        try {
            return BoundedInputStream.builder().setInputStream(new CipherInputStream(encrypted, cipher(key.key())))
                    .setMaxCount(key.size()).get();
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** The key and size of a file from its Manifest.db {@code file} blob; null when it has no key. */
    FileKey fileKey(byte[] mbFile) throws Exception {
        NSDictionary archive = (NSDictionary) Plists.parse(mbFile);
        NSObject[] objects = ((com.dd.plist.NSArray) archive.get("$objects")).getArray();
        NSDictionary top = (NSDictionary) archive.get("$top");
        NSDictionary file = (NSDictionary) objects[index(top.get("root"))];
        NSObject encryptionKey = file.get("EncryptionKey");
        if (encryptionKey == null) {
            return null;
        }
        NSObject keyObject = encryptionKey instanceof UID uid ? objects[index(uid)] : encryptionKey;
        byte[] wrapped = keyObject instanceof NSDictionary d ? ((NSData) d.get("NS.data")).bytes()
                : ((NSData) keyObject).bytes();
        long size = file.get("Size") instanceof NSNumber n ? n.longValue() : Long.MAX_VALUE;
        return new FileKey(unwrap(wrapped), size);
    }

    private static int index(NSObject uid) {
        byte[] b = ((UID) uid).getBytes();
        int v = 0;
        for (byte x : b) {
            v = (v << 8) | (x & 0xFF);
        }
        return v;
    }

    private static Cipher cipher(byte[] key) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
        return c;
    }
}
