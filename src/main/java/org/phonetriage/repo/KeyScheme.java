package org.phonetriage.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How identifier keys are written to a repository: as they are, or pseudonymised as
 * {@code hmac:} + HMAC-SHA-256 of the key under a secret the agencies agree on. Equal keys give
 * equal pseudonyms, so hits still match across cases pushed with the same secret; without it a
 * pseudonym reveals nothing. With it, a small number space (all mobile numbers of one country)
 * can be enumerated and every pseudonym reversed — the secret protects the exchange, not the
 * numbers from whoever holds it.
 */
public final class KeyScheme {

    /** A secret shorter than this is refused: HMAC's protection is the secret's length. */
    static final int MIN_SECRET_BYTES = 16;

    public static final KeyScheme RAW = new KeyScheme(null, "raw");

    private final byte[] secret;
    private final String id;
    /** One MAC per thread: a push pseudonymises millions of keys. */
    private final ThreadLocal<Mac> macs;

    private KeyScheme(byte[] secret, String id) {
        this.secret = secret;
        this.id = id;
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        });
    }

    /**
     * The scheme of a key file: its bytes, less trailing line ends and spaces (an editor's final
     * newline does not change the key). Refused when shorter than {@link #MIN_SECRET_BYTES}.
     */
    public static KeyScheme fromFile(Path keyFile) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(keyFile);
        } catch (IOException e) {
            throw new IOException(keyFile + ": the key file cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' '
                || bytes[end - 1] == '\t')) {
            end--;
        }
        if (end < MIN_SECRET_BYTES) {
            throw new IOException(keyFile + ": the key holds " + end + " bytes; at least " + MIN_SECRET_BYTES
                    + " are needed (e.g. openssl rand -hex 32 > " + keyFile.getFileName() + ")");
        }
        byte[] secret = java.util.Arrays.copyOf(bytes, end);
        return new KeyScheme(secret, "hmac-sha256:" + keyId(secret));
    }

    /** What the repository records for the cases pushed this way: {@code raw} or {@code hmac-sha256:ID}. */
    public String id() {
        return id;
    }

    public boolean pseudonymised() {
        return secret != null;
    }

    /** A key as the repository holds it. */
    public String apply(String key) {
        if (secret == null) {
            return key;
        }
        return "hmac:" + HexFormat.of().formatHex(macs.get().doFinal(key.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Names the secret so that cases pushed under different secrets are never compared (their
     * pseudonyms could not match): a hash of the secret under a fixed label, the first 16 hex digits.
     */
    private static String keyId(byte[] secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("phonetriage repository key id\u0000".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(secret)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
