package org.phonetriage.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.InflaterInputStream;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.phonetriage.model.ProblemCode;

/**
 * Android's {@code adb backup} file (.ab): a text header (magic, version 1–5, compressed flag,
 * encryption), for AES-256 the key material, then the data — AES-256-CBC with a master key,
 * zlib-deflated when compressed — which is a tar stream. The password is checked against the
 * master-key checksum before a byte of data is read, so a wrong password ingests nothing.
 */
final class AndroidBackup {

    static final String MAGIC = "ANDROID BACKUP";
    private static final int MAX_HEADER_LINE = 4096;
    /** PBKDF2 rounds accepted in a header: a hundred times what Android writes. */
    private static final int MAX_ROUNDS = 1_000_000;

    private AndroidBackup() {
    }

    /** Decodes an .ab file's bytes into its tar stream. */
    static InputStream decode(InputStream in, Path item, List<String> passwords) throws IOException, EvidenceException {
        if (!MAGIC.equals(line(in))) {
            throw new EvidenceException(item, "not an Android backup (no \"" + MAGIC + "\" header)");
        }
        int version = parseVersion(line(in), item);
        boolean compressed = "1".equals(line(in));
        String encryption = line(in);
        InputStream data = switch (encryption) {
            case "none" -> in;
            case "AES-256" -> decrypt(in, item, passwords, version);
            default -> throw new EvidenceException(item, "unsupported Android backup encryption " + encryption);
        };
        return compressed ? new InflaterInputStream(data) : data;
    }

    private static InputStream decrypt(InputStream in, Path item, List<String> passwords, int version)
            throws IOException, EvidenceException {
        if (passwords.isEmpty()) {
            throw new EvidenceException(item, "encrypted backup: give --password", ProblemCode.PASSWORD_MISSING);
        }
        HexFormat hex = HexFormat.of();
        try {
            // hex and a decimal round count, as Android writes them; anything else is a corrupt header
            byte[] userSalt = hex.parseHex(line(in));
            byte[] checksumSalt = hex.parseHex(line(in));
            int rounds = Integer.parseInt(line(in).strip());
            if (rounds < 1 || rounds > MAX_ROUNDS) {
                // Android writes 10,000: a count far above it would only keep the triage busy for hours
                throw new EvidenceException(item, "corrupt Android backup key header (" + rounds
                        + " PBKDF2 rounds; Android writes 10000)");
            }
            byte[] userIv = hex.parseHex(line(in));
            byte[] masterBlob = hex.parseHex(line(in));
            for (String password : passwords) {
                byte[][] key = masterKey(password, version, userSalt, checksumSalt, rounds, userIv, masterBlob);
                if (key != null) {
                    Cipher data = Cipher.getInstance("AES/CBC/PKCS5Padding");
                    data.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key[1], "AES"), new IvParameterSpec(key[0]));
                    return new CipherInputStream(in, data);
                }
            }
            throw new EvidenceException(item, passwords.size() == 1 ? "wrong backup password"
                    : "wrong backup password (none of the " + passwords.size() + " given fits)",
                    ProblemCode.WRONG_PASSWORD);
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            throw new EvidenceException(item, "corrupt Android backup key header (" + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new EvidenceException(item, "cannot decrypt the Android backup (" + e.getMessage() + ")", e);
        }
    }

    /** The data IV and master key when the password fits (its checksum verifies), else null. */
    private static byte[][] masterKey(String password, int version, byte[] userSalt, byte[] checksumSalt, int rounds,
                                      byte[] userIv, byte[] masterBlob) throws GeneralSecurityException {
        // version 1 backups took a password's chars as 8-bit bytes, later ones as UTF-8
        byte[] passwordBytes = version == 1 ? eightBit(password.toCharArray())
                : password.getBytes(StandardCharsets.UTF_8);
        byte[] userKey = pbkdf2(passwordBytes, userSalt, rounds, 32);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(userKey, "AES"), new IvParameterSpec(userIv));
        byte[] blob;
        try {
            blob = cipher.doFinal(masterBlob);
        } catch (BadPaddingException e) {
            return null;
        }
        int at = 0;
        byte[] iv = Arrays.copyOfRange(blob, at + 1, at + 1 + (blob[at] & 0xFF));
        at += 1 + iv.length;
        byte[] masterKey = Arrays.copyOfRange(blob, at + 1, at + 1 + (blob[at] & 0xFF));
        at += 1 + masterKey.length;
        byte[] checksum = Arrays.copyOfRange(blob, at + 1, at + 1 + (blob[at] & 0xFF));
        byte[] expected = pbkdf2(checksumBytes(masterKey, version), checksumSalt, rounds, 32);
        return MessageDigest.isEqual(checksum, expected) ? new byte[][] {iv, masterKey} : null;
    }

    /**
     * The bytes Android fed PBKDF2 for the master-key checksum: each key byte cast to a Java char
     * (sign-extended), then encoded as the key factory did — 8-bit in version 1, UTF-8 later.
     */
    private static byte[] checksumBytes(byte[] masterKey, int version) {
        char[] chars = new char[masterKey.length];
        for (int i = 0; i < masterKey.length; i++) {
            chars[i] = (char) masterKey[i];
        }
        return version == 1 ? eightBit(chars) : new String(chars).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] eightBit(char[] chars) {
        byte[] out = new byte[chars.length];
        for (int i = 0; i < chars.length; i++) {
            out[i] = (byte) chars[i];
        }
        return out;
    }

    /** PBKDF2 with HMAC-SHA1 over raw password bytes, as Android derives its keys. */
    static byte[] pbkdf2(byte[] password, byte[] salt, int rounds, int length) throws GeneralSecurityException {
        return Pbkdf2.derive("HmacSHA1", password, salt, rounds, length);
    }

    private static int parseVersion(String line, Path item) throws EvidenceException {
        try {
            int v = Integer.parseInt(line.strip());
            if (v >= 1 && v <= 5) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new EvidenceException(item, "unsupported Android backup version " + line);
    }

    /** One header line, without its newline; bounded so a wrong file cannot eat memory. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (out.size() >= MAX_HEADER_LINE) {
                throw new IOException("Android backup header line longer than " + MAX_HEADER_LINE + " bytes");
            }
            out.write(b);
        }
        if (b == -1 && out.size() == 0) {
            throw new IOException("Android backup header cut short");
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
