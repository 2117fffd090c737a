package org.phonetriage.parsers.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.model.Message;

/**
 * D13's bugle_db holds 3 RCS messages and 1 SMS mirrored from mmssms.db (its sms_message_uri names
 * the row there). The SMS is read from bugle_db only when the evidence item has no mmssms.db.
 */
class GoogleMessagesMirrorTest {

    private static final String BUGLE = "data/data/com.google.android.apps.messaging/databases/bugle_db";

    @TempDir
    Path tmp;

    @Test
    void anItemWithoutMmssmsGetsTheMirroredSmsFromBugleDb() throws Exception {
        List<Message> read = read(List.of(BUGLE, "data/data/org.telegram.messenger/files/cache4.db"));
        assertEquals(4, read.size());
        assertEquals(List.of("rcs", "rcs", "rcs", "sms"), read.stream().map(Message::kind).toList());
        assertEquals("Me liga.", read.get(3).body());
    }

    @Test
    void anItemWithMmssmsLeavesTheMirroredSmsToIt() throws Exception {
        List<Message> read = read(List.of(BUGLE,
                "data/user_de/0/com.android.providers.telephony/databases/mmssms.db"));
        assertEquals(List.of("rcs", "rcs", "rcs"), read.stream().map(Message::kind).toList());
    }

    @Test
    void aFileOfTheSameNameElsewhereIsNotTheTelephonyProvider() throws Exception {
        List<Message> read = read(List.of(BUGLE, "sdcard/Download/old-mmssms.db"));
        assertEquals(4, read.size());
    }

    private List<Message> read(List<String> itemFiles) throws Exception {
        Path copy = tmp.resolve("bugle_db");
        Files.copy(Path.of("test-images/D13-android-messengers").resolve(BUGLE), copy);
        SqliteDefinition def = SqliteDefinitions.builtIn().all().stream()
                .filter(d -> d.id().equals("android.google-messages.messages")).findFirst().orElseThrow();
        CollectingSink sink = new CollectingSink();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            SqliteDefinitionRunner.run(def, db, SqliteSchema.read(db),
                    new SqliteDefinitionRunner.Source("t", BUGLE, "0", null, itemFiles), sink);
        }
        return sink.messages;
    }
}
