package org.phonetriage.evidence;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBKDF2 (RFC 8018) over raw password bytes. The JDK's key factory takes chars and encodes them
 * itself, but backups feed it bytes: Android's version-1 8-bit passwords and its sign-extended
 * checksum chars, iOS's second round whose password is the first round's binary key.
 */
final class Pbkdf2 {

    private Pbkdf2() {
    }

    /**
     * @param hmac the PRF, "HmacSHA1" or "HmacSHA256"
     */
    static byte[] derive(String hmac, byte[] password, byte[] salt, int rounds, int length)
            throws GeneralSecurityException {
        Mac mac = Mac.getInstance(hmac);
        // HMAC pads its key with zero bytes, so an empty password is the same as one zero byte
        mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, hmac));
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
}
