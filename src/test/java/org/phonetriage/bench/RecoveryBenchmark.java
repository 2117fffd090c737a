package org.phonetriage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Random;
import java.util.Set;
import org.phonetriage.recovery.RecoveredTable;
import org.phonetriage.recovery.SqliteRecovery;

/**
 * Generates a large WhatsApp msgstore.db (the message/chat/jid layout android.whatsapp.message reads)
 * with deleted messages — scattered ones (freeblocks), whole conversations (free pages) and a last
 * batch left in the WAL — and times recovery on a database. Run by scripts/bench-recovery; not a
 * unit test.
 *
 * <p>Usage: {@code generate DIR MEGABYTES} (writes DIR/phone/data/data/com.whatsapp/databases/msgstore.db
 * and its -wal) or {@code scan DB} (recovers the message, chat and jid tables and prints the time).
 */
public final class RecoveryBenchmark {

    private RecoveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            scan(Path.of(args[1]));
        }
    }

    private static void scan(Path db) throws Exception {
        long size = Files.size(db) + (Files.exists(Path.of(db + "-wal")) ? Files.size(Path.of(db + "-wal")) : 0);
        long started = System.nanoTime();
        SqliteRecovery.Scan scan = SqliteRecovery.scan(db, shapes -> shapes.keySet());
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder rows = new StringBuilder();
        for (RecoveredTable t : scan.tables().values()) {
            rows.append(' ').append(t.name()).append('=').append(t.rows().size());
        }
        System.out.printf("%s: %.1f MB, recovery %.2f s (%.1f MB/s), rows recovered:%s%n", db.getFileName(),
                size / 1e6, seconds, size / 1e6 / seconds, rows);
    }

    private static void generate(Path dir, int megabytes) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("phone/data/data/com.whatsapp/databases"));
        Path db = dir.resolve("msgstore.db");
        Random random = new Random(17);
        long messages = megabytes * 1_000_000L / 170; // about 170 bytes a message with its index entries
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA secure_delete=OFF");
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA wal_autocheckpoint=0");
                st.execute("CREATE TABLE jid (_id INTEGER PRIMARY KEY AUTOINCREMENT, user TEXT NOT NULL, server TEXT NOT NULL,"
                        + " agent INTEGER, device INTEGER, type INTEGER, raw_string TEXT)");
                st.execute("CREATE TABLE chat (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid_row_id INTEGER UNIQUE,"
                        + " hidden INTEGER, subject TEXT, created_timestamp INTEGER)");
                st.execute("CREATE TABLE message (_id INTEGER PRIMARY KEY AUTOINCREMENT, chat_row_id INTEGER NOT NULL,"
                        + " from_me INTEGER NOT NULL, key_id TEXT NOT NULL, sender_jid_row_id INTEGER, status INTEGER,"
                        + " broadcast INTEGER, recipient_count INTEGER, participant_hash TEXT, origination_flags INTEGER,"
                        + " origin INTEGER, timestamp INTEGER, received_timestamp INTEGER, receipt_server_timestamp INTEGER,"
                        + " message_type INTEGER, text_data TEXT, starred INTEGER, lookup_tables INTEGER)");
                st.execute("CREATE UNIQUE INDEX message_key_index ON message (chat_row_id, from_me, key_id)");
                st.execute("CREATE INDEX message_chat_index ON message (chat_row_id, timestamp)");
            }
            c.setAutoCommit(false);
            int chats = 2_000;
            try (PreparedStatement jid = c.prepareStatement("INSERT INTO jid VALUES (?,?,?,0,0,0,?)");
                 PreparedStatement chat = c.prepareStatement("INSERT INTO chat VALUES (?,?,0,NULL,?)")) {
                for (int i = 1; i <= chats; i++) {
                    String user = "4479460" + String.format("%05d", i);
                    jid.setInt(1, i);
                    jid.setString(2, user);
                    jid.setString(3, "s.whatsapp.net");
                    jid.setString(4, user + "@s.whatsapp.net");
                    jid.executeUpdate();
                    chat.setInt(1, i);
                    chat.setInt(2, i);
                    chat.setLong(3, 1_600_000_000_000L + i);
                    chat.executeUpdate();
                }
            }
            String[] words = "ok see you at the station tomorrow bring the money call me when you are there not now"
                    .split(" ");
            try (PreparedStatement m = c.prepareStatement("INSERT INTO message VALUES (?,?,?,?,?,13,0,0,NULL,0,0,?,?,?,0,?,0,0)")) {
                for (long id = 1; id <= messages; id++) {
                    int chatId = 1 + random.nextInt(chats);
                    boolean fromMe = random.nextBoolean();
                    StringBuilder text = new StringBuilder();
                    for (int w = 3 + random.nextInt(14); w > 0; w--) {
                        text.append(words[random.nextInt(words.length)]).append(' ');
                    }
                    long t = 1_650_000_000_000L + id * 30_000L;
                    m.setLong(1, id);
                    m.setInt(2, chatId);
                    m.setInt(3, fromMe ? 1 : 0);
                    m.setString(4, Long.toHexString(random.nextLong()).toUpperCase() + Long.toHexString(id).toUpperCase());
                    if (fromMe) {
                        m.setNull(5, java.sql.Types.INTEGER);
                    } else {
                        m.setInt(5, chatId);
                    }
                    m.setLong(6, t);
                    m.setLong(7, t + 1_000);
                    m.setLong(8, t + 500);
                    m.setString(9, text.toString().trim());
                    m.executeUpdate();
                    if (id % 100_000 == 0) {
                        c.commit();
                    }
                }
            }
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                st.executeUpdate("DELETE FROM message WHERE _id % 37 = 5"); // scattered: freeblocks
                c.commit();
                st.executeUpdate("DELETE FROM message WHERE chat_row_id = 7"); // a whole chat
                c.commit();
                st.execute("PRAGMA wal_checkpoint(PASSIVE)");
                st.executeUpdate("DELETE FROM message WHERE _id > " + (messages - 2_000) + " AND _id % 3 = 0");
                c.commit(); // this last one stays in the WAL
            }
            // copied while the connection is open: closing it would checkpoint the WAL away
            Files.copy(db, folder.resolve("msgstore.db"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(Path.of(db + "-wal"), folder.resolve("msgstore.db-wal"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.delete(db);
        Files.deleteIfExists(Path.of(db + "-wal"));
        Files.deleteIfExists(Path.of(db + "-shm"));
        System.out.printf("%s: %d MB, %d messages written%n", folder.resolve("msgstore.db"),
                Files.size(folder.resolve("msgstore.db")) >> 20, messages);
    }
}
