package org.phonetriage.parsers.telegram.ios;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Telegram key files for tests: a database key encrypted as the app does under a local passcode. */
public final class KeyFiles {

    private KeyFiles() {
    }

    /** Key, salt, their hash and zero padding (64 bytes), AES-256-CBC under SHA-512 of the passcode. */
    public static byte[] encrypt(TelegramKeyFile.DatabaseKey key, String passcode) throws GeneralSecurityException {
        ByteBuffer plain = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        plain.put(key.key()).put(key.salt());
        plain.putInt(TelegramKeyFile.check(Arrays.copyOf(plain.array(), 48)));
        byte[] hash = MessageDigest.getInstance("SHA-512").digest(passcode.getBytes(StandardCharsets.UTF_8));
        Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Arrays.copyOf(hash, 32), "AES"),
                new IvParameterSpec(Arrays.copyOfRange(hash, 48, 64)));
        return aes.doFinal(plain.array());
    }

    /** The key the key file holds under Telegram's default passcode. */
    public static TelegramKeyFile.DatabaseKey open(byte[] keyFile) throws TelegramKeyFile.KeyFileException {
        return TelegramKeyFile.decrypt(keyFile, TelegramKeyFile.DEFAULT_PASSCODE);
    }
}
