package org.phonetriage.parsers.telegram.ios;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Telegram's {@code telegram-data/.tempkeyEncrypted}: the key of every account's Postbox database,
 * AES-256-CBC-encrypted under the SHA-512 of the app's local passcode (its first 32 bytes the key,
 * its last 16 the IV), or of the fixed string {@code no-matter-key} when the user set none. It
 * decrypts to the 32-byte database key, the 16-byte salt and a MurmurHash3 (x86, 32-bit, Postbox's
 * seed) of key and salt, little-endian, then padding: the hash tells a right passcode from a wrong one.
 */
public final class TelegramKeyFile {

    /** What Telegram encrypts the key file with when the user set no local passcode. */
    public static final String DEFAULT_PASSCODE = "no-matter-key";
    /** The seed of Postbox's murMurHash32 (-137723950). */
    static final int MURMUR_SEED = 0xF7CA7FD2;
    private static final int KEY = 32;
    private static final int SALT = 16;

    private TelegramKeyFile() {
    }

    /** The database key and salt, as SQLCipher takes them raw: {@code x'<key><salt>'}. */
    public record DatabaseKey(byte[] key, byte[] salt) {

        /** The raw key SQLCipher is opened with, 96 hex digits in {@code x'…'}. */
        public String sqlCipherRawKey() {
            return "x'" + HexFormat.of().formatHex(key) + HexFormat.of().formatHex(salt) + "'";
        }
    }

    /** The key file does not open: the reason, for the examiner. */
    public static final class KeyFileException extends Exception {
        KeyFileException(String message) {
            super(message);
        }
    }

    /**
     * Decrypts the key file with a passcode.
     *
     * @throws KeyFileException when the file has no key's size or the check fails (another passcode, or damage)
     */
    public static DatabaseKey decrypt(byte[] file, String passcode) throws KeyFileException {
        if (file.length < 64 || file.length % 16 != 0 || file.length > 4096) {
            throw new KeyFileException("it is " + file.length + " bytes, not an encrypted key (a multiple of 16, 64 or more)");
        }
        byte[] plain;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-512").digest(passcode.getBytes(StandardCharsets.UTF_8));
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Arrays.copyOfRange(hash, 0, 32), "AES"),
                    new IvParameterSpec(Arrays.copyOfRange(hash, 48, 64)));
            plain = aes.doFinal(file);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES-CBC or SHA-512", e);
        }
        int stored = ByteBuffer.wrap(plain, KEY + SALT, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (stored != check(plain)) {
            throw new KeyFileException(DEFAULT_PASSCODE.equals(passcode)
                    ? "it does not open with Telegram's default key: the user set a local passcode, or the file is damaged"
                    : "it does not open with the --telegram-passcode given, or the file is damaged");
        }
        return new DatabaseKey(Arrays.copyOfRange(plain, 0, KEY), Arrays.copyOfRange(plain, KEY, KEY + SALT));
    }

    /** The hash Telegram stores after key and salt. */
    static int check(byte[] keyAndSalt) {
        return MurmurHash3.hash32x86(keyAndSalt, 0, KEY + SALT, MURMUR_SEED);
    }
}
