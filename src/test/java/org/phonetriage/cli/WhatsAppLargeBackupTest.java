package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.evidence.WhatsAppBackupWriter;

/**
 * WhatsApp backups larger than the heap: a real msgstore.db (wa-crypt-tools', INVENTORY §1.5, or
 * D05's legacy one when the real data is absent) with 100 MB of incompressible media blobs added,
 * encrypted as WhatsApp does for crypt15 and for crypt14, triaged by a child JVM with a 64 MB heap.
 */
class WhatsAppLargeBackupTest {

    private static final int BLOB_MB = 100;

    @TempDir
    Path tmp;

    @Test
    void crypt15AndCrypt14OfAHundredMegabytesAreReadWithA64MegabyteHeap() throws Exception {
        WhatsAppBackupWriter.Sample sample = WhatsAppBackupWriter.sample();
        Path database = WhatsAppBackupWriter.withBlobs(sample.database(), BLOB_MB, tmp.resolve("msgstore.db"));
        byte[] key = new byte[32];
        new Random(15).nextBytes(key);
        // one key file serves both: crypt14 uses its 32 bytes as they are, crypt15 derives its key from them
        Path keyFile = tmp.resolve("key");
        WhatsAppBackupWriter.writeKeyFile(key, keyFile);
        Path crypt15 = Files.createDirectories(tmp.resolve("phone15/sdcard/WhatsApp/Databases"))
                .resolve("msgstore.db.crypt15");
        WhatsAppBackupWriter.writeCrypt15(database, key, 1, crypt15);
        Path crypt14 = Files.createDirectories(tmp.resolve("phone14/sdcard/WhatsApp/Databases"))
                .resolve("msgstore.db.crypt14");
        // a header longer than the usual 190 bytes: the start of the data has to be searched for
        WhatsAppBackupWriter.writeCrypt14(database, key, 213, 2, crypt14);
        Files.delete(database);
        for (Path backup : List.of(crypt15, crypt14)) {
            assertTrue(Files.size(backup) > (long) BLOB_MB << 20, "the backup is larger than the heap");
        }

        Path out = tmp.resolve("out");
        Path stderr = tmp.resolve("stderr.txt");
        Process triage = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "triage",
                "--out", out.toString(), "--wa-key", keyFile.toString(),
                tmp.resolve("phone15").toString(), tmp.resolve("phone14").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start();
        int exit = triage.waitFor();
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(Main.OK, exit, err);
        assertFalse(err.contains("Exception") || err.contains("Error") || err.contains("\tat "), err);
        Map<String, Integer> messages = new HashMap<>();
        for (JsonNode device : new ObjectMapper().readTree(out.resolve("xref.json").toFile()).get("devices")) {
            messages.put(device.get("label").asText(), device.get("counts").get("messages").asInt());
        }
        assertEquals(Map.of("phone15", sample.messages(), "phone14", sample.messages()), messages, err);
    }
}
