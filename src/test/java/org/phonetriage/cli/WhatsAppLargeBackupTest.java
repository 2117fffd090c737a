package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.evidence.WhatsAppBackupWriter;

/**
 * WhatsApp backups far larger than the heap: a real msgstore.db (wa-crypt-tools', INVENTORY §1.5,
 * or D05's legacy one when the real data is absent) with 100 MB of incompressible media blobs
 * added, encrypted as WhatsApp does, triaged by a child JVM with a 64 MB heap.
 */
class WhatsAppLargeBackupTest {

    private static final int BLOB_MB = 100;

    @TempDir
    static Path tmp;

    private static Path database;
    private static int messages;
    private static final byte[] KEY = new byte[32];

    @BeforeAll
    static void largeDatabase() throws Exception {
        WhatsAppBackupWriter.Sample sample = WhatsAppBackupWriter.sample();
        messages = sample.messages();
        database = tmp.resolve("msgstore.db");
        try (InputStream in = Files.newInputStream(sample.database())) {
            Files.copy(in, database);
        }
        Random random = new Random(15);
        random.nextBytes(KEY);
        byte[] blob = new byte[1 << 20];
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            db.setAutoCommit(false);
            db.createStatement().execute("CREATE TABLE media_blobs (_id INTEGER PRIMARY KEY, data BLOB)");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO media_blobs (data) VALUES (?)")) {
                for (int i = 0; i < BLOB_MB; i++) {
                    random.nextBytes(blob);
                    insert.setBytes(1, blob);
                    insert.executeUpdate();
                }
            }
            db.commit();
        }
    }

    @Test
    void crypt15OfAHundredMegabytesIsReadWithA64MegabyteHeap() throws Exception {
        Path backup = Files.createDirectories(tmp.resolve("phone15/sdcard/WhatsApp/Databases"))
                .resolve("msgstore.db.crypt15");
        WhatsAppBackupWriter.writeCrypt15(database, KEY, 1, backup);
        Path key = tmp.resolve("encrypted_backup.key");
        WhatsAppBackupWriter.writeKeyFile(KEY, key);
        assertReadWithSmallHeap(tmp.resolve("phone15"), backup, key, tmp.resolve("out15"));
    }

    @Test
    void crypt14OfAHundredMegabytesIsFoundAndReadWithA64MegabyteHeap() throws Exception {
        Path backup = Files.createDirectories(tmp.resolve("phone14/sdcard/WhatsApp/Databases"))
                .resolve("msgstore.db.crypt14");
        // a header longer than the usual 190 bytes: the start of the data has to be searched for
        WhatsAppBackupWriter.writeCrypt14(database, KEY, 213, 2, backup);
        Path key = tmp.resolve("key");
        WhatsAppBackupWriter.writeKeyFile(KEY, key);
        assertReadWithSmallHeap(tmp.resolve("phone14"), backup, key, tmp.resolve("out14"));
    }

    private static void assertReadWithSmallHeap(Path phone, Path backup, Path key, Path out) throws Exception {
        assertTrue(Files.size(backup) > (long) BLOB_MB << 20, "the backup is larger than the heap");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "triage", "--out", out.toString(), "--wa-key", key.toString(), phone.toString()));
        Path stderr = tmp.resolve(out.getFileName() + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        int exit = p.waitFor();
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(Main.OK, exit, err);
        assertFalse(err.contains("Exception") || err.contains("Error") || err.contains("\tat "), err);
        assertEquals(messages, new ObjectMapper().readTree(out.resolve("xref.json").toFile()).get("devices").get(0)
                .get("counts").get("messages").asInt(), err);
    }
}
