package org.phonetriage.evidence;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.Arrays;
import org.phonetriage.fuzz.ParserFuzzing;

/**
 * Fuzz target "whatsapp-crypt": a WhatsApp backup's header and key file through the one public entry
 * point, {@link WhatsAppCrypt#decrypt} (the streaming one: backup in, database out). Input: one byte picking crypt12/14/15, one byte the key file's
 * length, the key file, then the backup. Strict property: an IOException with a message (the stager
 * catches only that; anything unchecked stops the item). Kept to the public entry point so it outlives
 * a rewrite of the decryption.
 */
class WhatsAppCryptFuzzTest {

    private static final int[] VERSIONS = {12, 14, 15};

    @FuzzTest
    void backup(byte[] input) {
        if (input.length < 2) {
            return;
        }
        int version = VERSIONS[(input[0] & 0xFF) % VERSIONS.length];
        int keyLength = Math.min(input[1] & 0xFF, input.length - 2);
        byte[] key = Arrays.copyOfRange(input, 2, 2 + keyLength);
        byte[] file = Arrays.copyOfRange(input, 2 + keyLength, input.length);
        try {
            WhatsAppCrypt.decrypt(new java.io.ByteArrayInputStream(file), key, version,
                    java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            ParserFuzzing.documented(e);
        }
    }
}
