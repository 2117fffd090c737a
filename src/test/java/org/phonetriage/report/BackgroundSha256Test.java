package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackgroundSha256Test {

    @Test
    void sameHashAsTheJdkAcrossTheSwitchToItsThreadAndWritesOfEverySize() throws Exception {
        byte[] data = new byte[3 * BackgroundSha256.INLINE_BYTES + 12_345];
        new Random(15).nextBytes(data);
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        BackgroundSha256 hash = new BackgroundSha256("test");
        Random sizes = new Random(7);
        byte[] reused = new byte[300_000];
        for (int off = 0; off < data.length; ) {
            // sizes around and across the buffers' (64 KiB), each from a buffer the caller reuses
            int len = Math.min(data.length - off, sizes.nextInt(200_000) + 1);
            System.arraycopy(data, off, reused, 0, len);
            hash.update(reused, 0, len);
            java.util.Arrays.fill(reused, 0, len, (byte) 0);
            expected.update(data, off, len);
            off += len;
        }
        assertEquals(HexFormat.of().formatHex(expected.digest()), hash.hex());
        assertEquals(hash.hex(), hash.hex());
    }

    @Test
    void smallOutputsAreHashedInlineAndAGivenUpOutputEndsItsThread() throws Exception {
        BackgroundSha256 small = new BackgroundSha256("small");
        small.update("abc".getBytes(), 0, 3);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", small.hex());

        BackgroundSha256 given = new BackgroundSha256("given-up");
        given.update(new byte[2 * BackgroundSha256.INLINE_BYTES], 0, 2 * BackgroundSha256.INLINE_BYTES);
        given.stop();
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("sha256 given-up")));
    }
}
