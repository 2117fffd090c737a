package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.evidence.WhatsAppBackupWriter;

/**
 * A wrong key, a truncated backup and an altered one: each a one-line problem naming the file and
 * saying whether the key or the file is at fault, while the rest of the phone (an intact backup, D03's call log) is still read.
 */
class WhatsAppBackupProblemsTest {

    private static final Path D03_CALLLOG = Path.of("test-images", "D03-android", "data", "data",
            "com.android.providers.contacts", "databases", "calllog.db");
    private static final int D03_CALLS = 20; // test-images/README.md

    @TempDir
    Path tmp;

    private Path phone;
    private Path key;
    private int messages;

    @BeforeEach
    void phoneWithBackups() throws Exception {
        phone = tmp.resolve("phone");
        Path databases = Files.createDirectories(phone.resolve("sdcard/WhatsApp/Databases"));
        byte[] rootKey = new byte[32];
        Arrays.fill(rootKey, (byte) 7);
        key = tmp.resolve("encrypted_backup.key");
        WhatsAppBackupWriter.writeKeyFile(rootKey, key);
        WhatsAppBackupWriter.Sample sample = WhatsAppBackupWriter.sample();
        messages = sample.messages();
        Path intact = databases.resolve("msgstore.db.crypt15");
        WhatsAppBackupWriter.writeCrypt15(sample.database(), rootKey, 3, intact);
        byte[] bytes = Files.readAllBytes(intact);
        Files.write(databases.resolve("msgstore-2024-05-01.1.db.crypt15"), Arrays.copyOf(bytes, bytes.length / 2));
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(databases.resolve("msgstore-2024-05-02.1.db.crypt15"), bytes);
        Path calllog = Files.createDirectories(phone.resolve("data/data/com.android.providers.contacts/databases"))
                .resolve("calllog.db");
        Files.copy(D03_CALLLOG, calllog);
    }

    @Test
    void truncatedAndAlteredBackupsAreProblemsAndTheRestIsRead() throws Exception {
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "--wa-key", key.toString(), phone.toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertProblemLine(run.err(), "sdcard/WhatsApp/Databases/msgstore-2024-05-01.1.db.crypt15: cannot decrypt:"
                + " the file is truncated or altered (the key is right, but its authentication tag does not match)");
        // a changed byte shows either as data that does not inflate or, at the end, as the tag not matching
        assertTrue(run.err().lines().anyMatch(l -> l.contains("msgstore-2024-05-02.1.db.crypt15: cannot decrypt:"
                + " the file is") && l.contains("(the key is right, but")), run.err());
        JsonNode counts = counts(tmp.resolve("out"));
        assertEquals(messages, counts.get("messages").asInt(), "the intact backup is read, the others are not");
        assertEquals(D03_CALLS, counts.get("calls").asInt());
    }

    @Test
    void aWrongKeyIsAProblemForEachBackupAndTheRestIsRead() throws Exception {
        Path wrongKey = tmp.resolve("other.key");
        WhatsAppBackupWriter.writeKeyFile(new byte[32], wrongKey);
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "--wa-key", wrongKey.toString(), phone.toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        for (String backup : List.of("msgstore.db.crypt15", "msgstore-2024-05-01.1.db.crypt15",
                "msgstore-2024-05-02.1.db.crypt15")) {
            assertProblemLine(run.err(), "sdcard/WhatsApp/Databases/" + backup
                    + ": cannot decrypt: wrong key, or not a crypt15 file");
        }
        JsonNode counts = counts(tmp.resolve("out"));
        assertEquals(0, counts.get("messages").asInt());
        assertEquals(D03_CALLS, counts.get("calls").asInt());
    }

    private static void assertProblemLine(String err, String problem) {
        assertTrue(err.lines().anyMatch(l -> l.contains(problem)), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    private static JsonNode counts(Path out) throws Exception {
        return new ObjectMapper().readTree(out.resolve("xref.json").toFile()).get("devices").get(0).get("counts");
    }
}
