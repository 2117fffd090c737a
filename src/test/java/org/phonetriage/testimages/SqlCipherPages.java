package org.phonetriage.testimages;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SQLCipher 4's page format, written with the JDK's crypto so a generated image does not depend on
 * random IVs: each page's data is AES-256-CBC-encrypted (page 1 after its plain header) and followed by
 * its IV (16 bytes) and an HMAC-SHA512 (64) of data, IV and the page number (4 bytes, little-endian)
 * under a key derived from the database key by PBKDF2-HMAC-SHA512 (2 iterations, salt XOR 0x3a). The
 * SQLCipher driver writes a database with random IVs; {@link #withDerivedIvs} checks every page's HMAC
 * (proof the format is read right), then encrypts each page again with an IV derived from its number.
 * The driver opening the result proves it is written right.
 */
final class SqlCipherPages {

    static final int PAGE = 4096;
    static final int RESERVE = 80;
    private static final int IV = 16;

    private SqlCipherPages() {
    }

    static void withDerivedIvs(Path file, byte[] key, byte[] salt, int plainHeader, String seed)
            throws IOException, GeneralSecurityException {
        byte[] db = Files.readAllBytes(file);
        if (db.length % PAGE != 0 || db[20] != RESERVE) {
            throw new IOException("not a SQLCipher 4 file of " + PAGE + "-byte pages: " + file);
        }
        byte[] hmacKey = hmacKey(key, salt);
        for (int page = 1; page <= db.length / PAGE; page++) {
            int start = (page - 1) * PAGE;
            int from = start + (page == 1 ? plainHeader : 0);
            int ivAt = start + PAGE - RESERVE;
            byte[] hmac = hmac(hmacKey, db, from, ivAt + IV, page);
            if (!Arrays.equals(hmac, Arrays.copyOfRange(db, ivAt + IV, ivAt + IV + 64))) {
                throw new IOException("page " + page + ": the HMAC does not match the format as written here");
            }
            byte[] plain = aes(Cipher.DECRYPT_MODE, key, Arrays.copyOfRange(db, ivAt, ivAt + IV),
                    Arrays.copyOfRange(db, from, ivAt));
            byte[] iv = Arrays.copyOf(MessageDigest.getInstance("SHA-256")
                    .digest((seed + "/" + page).getBytes(StandardCharsets.UTF_8)), IV);
            System.arraycopy(aes(Cipher.ENCRYPT_MODE, key, iv, plain), 0, db, from, ivAt - from);
            System.arraycopy(iv, 0, db, ivAt, IV);
            System.arraycopy(hmac(hmacKey, db, from, ivAt + IV, page), 0, db, ivAt + IV, 64);
        }
        Files.write(file, db);
    }

    private static byte[] hmacKey(byte[] key, byte[] salt) {
        byte[] hmacSalt = salt.clone();
        for (int i = 0; i < hmacSalt.length; i++) {
            hmacSalt[i] ^= 0x3a;
        }
        PKCS5S2ParametersGenerator kdf = new PKCS5S2ParametersGenerator(new SHA512Digest());
        kdf.init(key, hmacSalt, 2);
        return ((KeyParameter) kdf.generateDerivedParameters(256)).getKey();
    }

    private static byte[] hmac(byte[] hmacKey, byte[] db, int from, int to, int page) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(hmacKey, "HmacSHA512"));
        mac.update(db, from, to - from);
        mac.update(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(page).array());
        return mac.doFinal();
    }

    private static byte[] aes(int mode, byte[] key, byte[] iv, byte[] data) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        return c.doFinal(data);
    }
}
