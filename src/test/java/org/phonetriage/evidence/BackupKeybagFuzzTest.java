package org.phonetriage.evidence;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.phonetriage.fuzz.ParserFuzzing;

/**
 * Fuzz target "keybag": an encrypted iTunes backup's keybag, parsed and unlocked with a password as
 * ItunesBackupTree does. Strict property: GeneralSecurityException (a wrong password, a broken bag)
 * with a message, nothing else. A bag asking for more than {@link #MAX_ROUNDS} PBKDF2 rounds is only
 * parsed: real bags ask for 10,000,000 and a slow derivation is their design, not a hang.
 * (ItunesBackupTree also turns ClassCast/NullPointer around the keybag into an EvidenceException, but
 * the keybag itself should not need that net.)
 */
class BackupKeybagFuzzTest {

    private static final int MAX_ROUNDS = 1000;

    @FuzzTest
    void keybag(byte[] data) {
        try {
            BackupKeybag bag = BackupKeybag.parse(data);
            if (rounds(data, "ITER") <= MAX_ROUNDS && rounds(data, "DPIC") <= MAX_ROUNDS) {
                bag.unlock("phonetriage-demo");
            }
        } catch (GeneralSecurityException e) {
            ParserFuzzing.documented(e);
        }
    }

    /** The largest value any entry with this tag holds, read as the bag reads integers. */
    private static long rounds(byte[] data, String tag) {
        ByteBuffer b = ByteBuffer.wrap(data);
        long max = 0;
        while (b.remaining() >= 8) {
            byte[] t = new byte[4];
            b.get(t);
            int length = b.getInt();
            if (length < 0 || length > b.remaining()) {
                break;
            }
            byte[] value = new byte[length];
            b.get(value);
            if (tag.equals(new String(t, StandardCharsets.US_ASCII))) {
                long v = 0;
                for (byte x : value) {
                    v = ((v << 8) | (x & 0xFF)) & 0xFFFFFFFFL;
                }
                max = Math.max(max, v);
            }
        }
        return max;
    }
}
