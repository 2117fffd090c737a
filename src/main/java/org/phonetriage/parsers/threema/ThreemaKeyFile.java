package org.phonetriage.parsers.threema;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Threema's {@code files/key.dat} on Android: the master key that encrypts the app's database, as
 * the app's published source lays it out — a protected flag (1 byte), the key (32 bytes, XOR-ed with
 * a constant of the app when unprotected, with a key derived from the user's passphrase when
 * protected), a salt (8 bytes) and the first 4 bytes of the key's SHA-1 to verify it. Only an
 * unprotected key is unwrapped here: a protected one needs the passphrase, which no extraction holds.
 */
public final class ThreemaKeyFile {

    /** The file's size: flag, key, salt, verification. */
    public static final int SIZE = 1 + 32 + 8 + 4;

    /** Threema's fixed obfuscation of the stored key (a constant of the app, not a secret). */
    private static final byte[] OBFUSCATION = HexFormat.of().parseHex(
            "950d267a88ea77109c50e73f47e06972dac4397c99ea7e67affddd32da35f70c");

    private ThreemaKeyFile() {
    }

    /** The master key, or why there is none. Exactly one of the two is set. */
    public record Unwrapped(byte[] key, String failure) {
    }

    /** Unwraps the master key from key.dat's bytes. */
    public static Unwrapped unwrap(byte[] file) {
        if (file.length != SIZE) {
            // the caller reads at most one byte more than a key file holds
            String size = file.length > SIZE ? "more than " + SIZE + " bytes" : file.length + " bytes, expected " + SIZE;
            return new Unwrapped(null, "is no Threema key file (" + size + ")");
        }
        if (file[0] == 1) {
            return new Unwrapped(null, "is protected by a passphrase (the app's master-key passphrase):"
                    + " Threema's database cannot be decrypted without it");
        }
        if (file[0] != 0) {
            return new Unwrapped(null, "is no Threema key file (protected flag " + (file[0] & 0xff) + ")");
        }
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (file[1 + i] ^ OBFUSCATION[i]);
        }
        byte[] verification = Arrays.copyOfRange(file, 1 + 32 + 8, SIZE);
        if (!Arrays.equals(Arrays.copyOf(sha1(key), 4), verification)) {
            return new Unwrapped(null, "is damaged (the key it holds does not match its own check value)");
        }
        return new Unwrapped(key, null);
    }

    /** The file Threema writes for a key without passphrase (tests and image generators build one). */
    public static byte[] wrap(byte[] key, byte[] salt) {
        byte[] file = new byte[SIZE];
        for (int i = 0; i < 32; i++) {
            file[1 + i] = (byte) (key[i] ^ OBFUSCATION[i]);
        }
        System.arraycopy(salt, 0, file, 33, 8);
        System.arraycopy(sha1(key), 0, file, 41, 4);
        return file;
    }

    private static byte[] sha1(byte[] key) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-1", e);
        }
    }
}
