package org.phonetriage.parsers.telegram.ios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TelegramKeyFileTest {

    /**
     * A key file made outside Java: key 00…1f and salt a0…af, their MurmurHash3 (x86 32, seed
     * 0xF7CA7FD2: 0xaee9256f, from a Python transcription of the reference algorithm), 12 zero bytes,
     * encrypted by {@code openssl enc -aes-256-cbc -nopad} with key and IV cut from
     * {@code printf no-matter-key | sha512sum}.
     */
    static final byte[] VECTOR = HexFormat.of().parseHex("7c2fabd0f40318fd91f296b52c66cb9e9e9f8afaeffdd48b254ce461"
            + "5a90132a9ae0d31c58258558555a381b94ab7a2099d6006eddc3bdc1d86180dd290fdd90");

    @Test
    void theDefaultPasscodeOpensAKeyFileMadeByOpenssl() throws Exception {
        TelegramKeyFile.DatabaseKey key = TelegramKeyFile.decrypt(VECTOR, TelegramKeyFile.DEFAULT_PASSCODE);
        byte[] expectedKey = new byte[32];
        byte[] expectedSalt = new byte[16];
        for (int i = 0; i < 32; i++) {
            expectedKey[i] = (byte) i;
        }
        for (int i = 0; i < 16; i++) {
            expectedSalt[i] = (byte) (0xa0 + i);
        }
        assertArrayEquals(expectedKey, key.key());
        assertArrayEquals(expectedSalt, key.salt());
        assertEquals("x'" + HexFormat.of().formatHex(expectedKey) + HexFormat.of().formatHex(expectedSalt) + "'",
                key.sqlCipherRawKey());
        assertEquals(0xaee9256f, TelegramKeyFile.check(concat(key.key(), key.salt())));
    }

    @Test
    void anotherPasscodeOrADamagedFileIsSaidNeverGuessed() {
        var passcode = assertThrows(TelegramKeyFile.KeyFileException.class, () -> TelegramKeyFile.decrypt(VECTOR, "1234"));
        assertTrue(passcode.getMessage().contains("passcode given"), passcode.getMessage());
        byte[] damaged = VECTOR.clone();
        damaged[40] ^= 1;
        var flipped = assertThrows(TelegramKeyFile.KeyFileException.class,
                () -> TelegramKeyFile.decrypt(damaged, TelegramKeyFile.DEFAULT_PASSCODE));
        assertTrue(flipped.getMessage().contains("local passcode, or the file is damaged"), flipped.getMessage());
        var cut = assertThrows(TelegramKeyFile.KeyFileException.class,
                () -> TelegramKeyFile.decrypt(Arrays.copyOf(VECTOR, 63), TelegramKeyFile.DEFAULT_PASSCODE));
        assertTrue(cut.getMessage().contains("63 bytes"), cut.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
