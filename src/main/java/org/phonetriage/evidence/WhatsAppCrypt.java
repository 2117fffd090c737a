package org.phonetriage.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.InflaterInputStream;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WhatsApp's encrypted Android backups (msgstore.db.crypt12/14/15): AES-256-GCM over a
 * zlib-compressed SQLite database. The GCM tag authenticates every byte, so a wrong key (or a
 * wrong guess of where the data starts) is detected, never decrypted into garbage.
 * <ul>
 * <li>crypt12: IV at bytes 51–66, data from 67 to 20 bytes before the end (tag, then a checksum).
 * <li>crypt14: IV at bytes 67–82; the header's length changed between WhatsApp versions, so the
 * start of the data is found by trying the offsets seen (190 on) until the tag authenticates.
 * <li>crypt15: a length-prefixed protobuf header holding the IV; the key is derived from the
 * 32-byte root key of {@code encrypted_backup.key} (or its 64-hex-digit form) by HMAC-SHA256.
 * </ul>
 * Key files are Java-serialised byte arrays; the key is their last 32 bytes.
 */
public final class WhatsAppCrypt {

    private WhatsAppCrypt() {
    }

    /** The decrypted, decompressed database; an IOException says plainly why it could not be. */
    public static byte[] decrypt(byte[] file, byte[] keyFile, int version) throws IOException {
        byte[] key = keyOf(keyFile);
        try {
            return switch (version) {
                case 12 -> crypt12(key, file);
                case 14 -> crypt14(key, file);
                case 15 -> crypt15(key, file);
                default -> throw new IOException("unknown WhatsApp backup format crypt" + version);
            };
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("not a crypt" + version + " file (its header is cut short)", e);
        }
    }

    private static byte[] crypt12(byte[] key, byte[] file) throws IOException {
        try {
            return inflate(gcm(key, Arrays.copyOfRange(file, 51, 67), file, 67, file.length - 20));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot decrypt: wrong key, or not a crypt12 file", e);
        }
    }

    private static byte[] crypt14(byte[] key, byte[] file) throws IOException {
        byte[] iv = Arrays.copyOfRange(file, 67, 83);
        for (int start = 190; start < Math.min(file.length - 16, 400); start++) {
            try {
                return inflate(gcm(key, iv, file, start, file.length - 16));
            } catch (GeneralSecurityException wrongOffset) {
                // try the next: only the right key and start authenticate
            }
        }
        throw new IOException("cannot decrypt: wrong key, or not a crypt14 file");
    }

    private static byte[] crypt15(byte[] rootKey, byte[] file) throws IOException {
        int size = file[0] & 0xFF;
        int at = file[1] == 1 ? 2 : 1; // a flag byte follows the size when the feature table is present
        byte[] iv = ivFromPrefix(Arrays.copyOfRange(file, at, at + size));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            byte[] prk = mac.doFinal(rootKey);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            mac.update("backup encryption".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] key = mac.doFinal(new byte[] {1});
            return inflate(gcm(key, iv, file, at + size, file.length - 16));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot decrypt: wrong key, or not a crypt15 file", e);
        }
    }

    /** The IV in the backup prefix: field 3 (a message) holding field 1 (16 bytes). */
    private static byte[] ivFromPrefix(byte[] proto) throws IOException {
        int i = 0;
        while (i < proto.length) {
            int tag = proto[i++] & 0xFF;
            if ((tag & 7) == 0) {
                while ((proto[i++] & 0x80) != 0) {
                    // skip a varint
                }
            } else if ((tag & 7) == 2) {
                int len = 0;
                int shift = 0;
                int b;
                do {
                    b = proto[i++] & 0xFF;
                    len |= (b & 0x7F) << shift;
                    shift += 7;
                } while ((b & 0x80) != 0);
                if (len < 0 || len > proto.length - i) {
                    // a length past the header (or one that wrapped negative and would loop back)
                    throw new IOException("not a crypt15 file (its header's field " + (tag >> 3) + " runs past it)");
                }
                if (tag >> 3 == 3 && len >= 18 && proto[i] == 0x0A && proto[i + 1] == 16) {
                    return Arrays.copyOfRange(proto, i + 2, i + 18);
                }
                i += len;
            } else {
                break;
            }
        }
        throw new IOException("no IV in the crypt15 header");
    }

    private static byte[] gcm(byte[] key, byte[] iv, byte[] file, int from, int to) throws GeneralSecurityException {
        if (to - from < 16) {
            // the JDK's GCM fails with an unchecked ProviderException on input shorter than its tag
            throw new GeneralSecurityException("no encrypted data after the header");
        }
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        return c.doFinal(file, from, to - from);
    }

    private static byte[] inflate(byte[] compressed) throws IOException {
        return new InflaterInputStream(new ByteArrayInputStream(compressed)).readAllBytes();
    }

    /** A key file's 32-byte key: the end of a Java-serialised array, or 64 hex digits. */
    static byte[] keyOf(byte[] keyFile) throws IOException {
        String text = new String(keyFile, java.nio.charset.StandardCharsets.US_ASCII).strip();
        if (text.matches("[0-9a-fA-F]{64}")) {
            return HexFormat.of().parseHex(text);
        }
        if (keyFile.length < 32) {
            throw new IOException("not a WhatsApp key file (" + keyFile.length + " bytes)");
        }
        return Arrays.copyOfRange(keyFile, keyFile.length - 32, keyFile.length);
    }
}
