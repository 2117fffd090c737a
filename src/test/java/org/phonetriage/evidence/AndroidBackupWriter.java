package org.phonetriage.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes an encrypted, uncompressed Android backup (version 5) around a tar file, the way Android
 * does: for test images. All the random parts (salts, IVs, master key) are derived from a seed,
 * so the same input always gives the same bytes.
 */
public final class AndroidBackupWriter {

    private static final int ROUNDS = 10_000;

    private AndroidBackupWriter() {
    }

    public static void write(Path tar, String password, String seed, Path out) throws IOException {
        try {
            byte[] userSalt = Arrays.copyOf(derive(seed, "user salt"), 64);
            byte[] checksumSalt = Arrays.copyOf(derive(seed, "checksum salt"), 64);
            byte[] userIv = Arrays.copyOf(derive(seed, "user iv"), 16);
            byte[] masterIv = Arrays.copyOf(derive(seed, "master iv"), 16);
            byte[] masterKey = derive(seed, "master key");
            char[] keyAsChars = new char[masterKey.length];
            for (int i = 0; i < masterKey.length; i++) {
                keyAsChars[i] = (char) masterKey[i]; // as Android does, sign extension included
            }
            byte[] checksum = AndroidBackup.pbkdf2(new String(keyAsChars).getBytes(StandardCharsets.UTF_8),
                    checksumSalt, ROUNDS, 32);
            ByteArrayOutputStream blob = new ByteArrayOutputStream();
            for (byte[] part : new byte[][] {masterIv, masterKey, checksum}) {
                blob.write(part.length);
                blob.write(part);
            }
            byte[] userKey = AndroidBackup.pbkdf2(password.getBytes(StandardCharsets.UTF_8), userSalt, ROUNDS, 32);
            HexFormat hex = HexFormat.of().withUpperCase();
            String header = AndroidBackup.MAGIC + "\n5\n0\nAES-256\n" + hex.formatHex(userSalt) + "\n"
                    + hex.formatHex(checksumSalt) + "\n" + ROUNDS + "\n" + hex.formatHex(userIv) + "\n"
                    + hex.formatHex(aes(userKey, userIv, blob.toByteArray())) + "\n";
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.write(header.getBytes(StandardCharsets.US_ASCII));
            file.write(aes(masterKey, masterIv, Files.readAllBytes(tar)));
            Files.write(out, file.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static byte[] aes(byte[] key, byte[] iv, byte[] data) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        return c.doFinal(data);
    }

    private static byte[] derive(String seed, String purpose) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest((seed + "/" + purpose).getBytes(StandardCharsets.UTF_8));
    }
}
