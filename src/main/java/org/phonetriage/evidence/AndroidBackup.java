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
import java.util.zip.InflaterInputStream;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Android's {@code adb backup} file (.ab): a text header (magic, version 1–5, compressed flag,
 * encryption), for AES-256 the key material, then the data — AES-256-CBC with a master key,
 * zlib-deflated when compressed — which is a tar stream. The password is checked against the
 * master-key checksum before a byte of data is read, so a wrong password ingests nothing.
 */
final class AndroidBackup {

    static final String MAGIC = "ANDROID BACKUP";
    private static final int MAX_HEADER_LINE = 4096;

    private AndroidBackup() {
    }

    /** Decodes an .ab file's bytes into its tar stream. */
    static InputStream decode(InputStream in, Path item, String password) throws IOException, EvidenceException {
        if (!MAGIC.equals(line(in))) {
            throw new EvidenceException(item, "not an Android backup (no \"" + MAGIC + "\" header)");
        }
        int version = parseVersion(line(in), item);
        boolean compressed = "1".equals(line(in));
        String encryption = line(in);
        InputStream data = switch (encryption) {
            case "none" -> in;
            case "AES-256" -> decrypt(in, item, password, version);
            default -> throw new EvidenceException(item, "unsupported Android backup encryption " + encryption);
        };
        return compressed ? new InflaterInputStream(data) : data;
    }

    private static InputStream decrypt(InputStream in, Path item, String password, int version)
            throws IOException, EvidenceException {
        if (password == null) {
            throw new EvidenceException(item, "encrypted backup: give --password");
        }
        HexFormat hex = HexFormat.of();
        byte[] userSalt = hex.parseHex(line(in));
        byte[] checksumSalt = hex.parseHex(line(in));
        int rounds = Integer.parseInt(line(in).strip());
        byte[] userIv = hex.parseHex(line(in));
        byte[] masterBlob = hex.parseHex(line(in));
        try {
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
                throw new EvidenceException(item, "wrong backup password");
            }
            int at = 0;
            byte[] iv = Arrays.copyOfRange(blob, at + 1, at + 1 + (blob[at] & 0xFF));
            at += 1 + iv.length;
            byte[] masterKey = Arrays.copyOfRange(blob, at + 1, at + 1 + (blob[at] & 0xFF));
            at += 1 + masterKey.length;
            byte[] checksum = Arrays.copyOfRange(blob, at + 1, at + 1 + (blob[at] & 0xFF));
            if (!MessageDigest.isEqual(checksum, pbkdf2(checksumBytes(masterKey, version), checksumSalt, rounds, 32))) {
                throw new EvidenceException(item, "wrong backup password");
            }
            Cipher data = Cipher.getInstance("AES/CBC/PKCS5Padding");
            data.init(Cipher.DECRYPT_MODE, new SecretKeySpec(masterKey, "AES"), new IvParameterSpec(iv));
            return new CipherInputStream(in, data);
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            throw new EvidenceException(item, "corrupt Android backup key header (" + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new EvidenceException(item, "cannot decrypt the Android backup (" + e.getMessage() + ")", e);
        }
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

    /** PBKDF2 with HMAC-SHA1 over raw password bytes (the JDK's factory only takes chars). */
    static byte[] pbkdf2(byte[] password, byte[] salt, int rounds, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "HmacSHA1"));
        byte[] out = new byte[length];
        for (int block = 1, done = 0; done < length; block++) {
            mac.update(salt);
            byte[] u = mac.doFinal(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8),
                (byte) block});
            byte[] t = u.clone();
            for (int r = 1; r < rounds; r++) {
                u = mac.doFinal(u);
                for (int k = 0; k < t.length; k++) {
                    t[k] ^= u[k];
                }
            }
            int n = Math.min(t.length, length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
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
