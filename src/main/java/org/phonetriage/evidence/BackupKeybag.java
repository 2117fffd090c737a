package org.phonetriage.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keybag of an encrypted iTunes/Finder backup ({@code BackupKeyBag} in Manifest.plist): a run of
 * 4-byte tag, 4-byte big-endian length, value; the bag's attributes (SALT, ITER, DPSL, DPIC …)
 * come first, then one group per protection class starting at its UUID. Unlocking derives the
 * passcode key from the password — PBKDF2-HMAC-SHA256 with DPSL/DPIC, then PBKDF2-HMAC-SHA1 with
 * SALT/ITER (iOS 10.2 and later; older bags only the second) — and unwraps each class key with
 * AES key wrap (RFC 3394). A wrong password fails the wrap's integrity check.
 */
final class BackupKeybag {

    /** The class key is wrapped with the passcode key (WRAP bit 2). */
    private static final int WRAP_PASSCODE = 2;

    private final Map<String, byte[]> attributes = new HashMap<>();
    private final List<Map<String, byte[]>> classes = new ArrayList<>();

    private BackupKeybag() {
    }

    static BackupKeybag parse(byte[] data) throws GeneralSecurityException {
        BackupKeybag bag = new BackupKeybag();
        Map<String, byte[]> current = bag.attributes;
        ByteBuffer b = ByteBuffer.wrap(data);
        while (b.remaining() >= 8) {
            byte[] tagBytes = new byte[4];
            b.get(tagBytes);
            String tag = new String(tagBytes, StandardCharsets.US_ASCII);
            int length = b.getInt();
            if (length < 0 || length > b.remaining()) {
                throw new GeneralSecurityException("keybag entry " + tag + " runs past the keybag");
            }
            byte[] value = new byte[length];
            b.get(value);
            if (tag.equals("UUID") && current.containsKey("UUID")) {
                current = new LinkedHashMap<>(); // the next protection class
                bag.classes.add(current);
            }
            current.put(tag, value);
        }
        if (!bag.attributes.containsKey("SALT") || !bag.attributes.containsKey("ITER")) {
            throw new GeneralSecurityException("keybag without SALT or ITER");
        }
        return bag;
    }

    /**
     * The class keys by protection class.
     *
     * @throws InvalidKeyException when the password is wrong (no class key unwraps)
     */
    Map<Integer, byte[]> unlock(String password) throws GeneralSecurityException {
        if (password.isEmpty()) {
            throw new InvalidKeyException("an empty password");
        }
        byte[] key = password.getBytes(StandardCharsets.UTF_8);
        if (attributes.containsKey("DPSL") && attributes.containsKey("DPIC")) {
            key = Pbkdf2.derive("HmacSHA256", key, attributes.get("DPSL"), integer(attributes.get("DPIC")), 32);
        }
        byte[] passcodeKey = Pbkdf2.derive("HmacSHA1", key, attributes.get("SALT"), integer(attributes.get("ITER")),
                32);
        Map<Integer, byte[]> keys = new HashMap<>();
        Cipher unwrap = Cipher.getInstance("AESWrap");
        unwrap.init(Cipher.UNWRAP_MODE, new SecretKeySpec(passcodeKey, "AES"));
        for (Map<String, byte[]> c : classes) {
            if (!c.containsKey("CLAS") || !c.containsKey("WPKY") || (integer(c.get("WRAP")) & WRAP_PASSCODE) == 0) {
                continue;
            }
            keys.put(integer(c.get("CLAS")), unwrap.unwrap(c.get("WPKY"), "AES", Cipher.SECRET_KEY).getEncoded());
        }
        return keys;
    }


    private static int integer(byte[] value) {
        if (value == null) {
            return 0;
        }
        int v = 0;
        for (byte x : value) {
            v = (v << 8) | (x & 0xFF);
        }
        return v;
    }
}
