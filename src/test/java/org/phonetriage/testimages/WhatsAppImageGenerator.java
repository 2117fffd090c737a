package org.phonetriage.testimages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.phonetriage.evidence.AndroidBackupWriter;

/**
 * Two more phones of the same network, for WhatsApp and Android backups:
 * <ul>
 * <li>D04-android.ab — Zé's phone (+351 936 402 718, Lisbon) as an encrypted Android backup
 * (password {@value #PASSWORD}): WhatsApp in its current schema (message/chat/jid, a group with
 * its members, a privacy id paired with a number, a video call), its contacts (wa.db), its own
 * number (preferences), and one SMS from the telephony backup agent.
 * <li>D05-android/ — Bruno's phone (+55 21 99876-5432, Rio) as a folder: WhatsApp in the legacy
 * schema (messages, group_participants), its own number as cc + ph.
 * </ul>
 * Deterministic: fixed times, SQLite written as {@link SqliteDb} does, JSON stored uncompressed in
 * its zlib wrapper (compressed bytes differ between zlib builds), the backup left uncompressed
 * and its keys derived from a fixed seed.
 */
final class WhatsAppImageGenerator {

    static final String PASSWORD = "phonetriage-demo";
    private static final long T0 = 1_709_280_000_000L; // 2024-03-01T08:00:00Z

    private WhatsAppImageGenerator() {
    }

    /** Writes D04-android.ab and D05-android/ into out; returns the README section about them. */
    static String generate(Path out, Path staging) throws IOException, SQLException {
        Path d04 = staging.resolve("D04-android");
        writeCurrentSchemaPhone(d04);
        Path tar = staging.resolve("D04-android.tar");
        Packager.tar(d04, tar);
        AndroidBackupWriter.write(tar, PASSWORD, "D04-android", out.resolve("D04-android.ab"));
        Path d05 = staging.resolve("D05-android");
        writeLegacySchemaPhone(d05);
        Path target = out.resolve("D05-android");
        Packager.deleteRecursively(target);
        Packager.folder(d05, target);
        return README;
    }

    private static void writeCurrentSchemaPhone(Path root) throws IOException, SQLException {
        Path apps = root.resolve("apps");
        try (SqliteDb db = SqliteDb.create(apps.resolve("com.whatsapp/db/msgstore.db"), 1)) {
            try (Statement st = db.connection().createStatement()) {
                st.execute("CREATE TABLE jid (_id INTEGER PRIMARY KEY AUTOINCREMENT, user TEXT NOT NULL, server TEXT NOT NULL,"
                        + " agent INTEGER, device INTEGER, type INTEGER, raw_string TEXT)");
                st.execute("CREATE TABLE chat (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid_row_id INTEGER UNIQUE,"
                        + " hidden INTEGER, subject TEXT, created_timestamp INTEGER, sort_timestamp INTEGER)");
                st.execute("CREATE TABLE message (_id INTEGER PRIMARY KEY AUTOINCREMENT, chat_row_id INTEGER NOT NULL,"
                        + " from_me INTEGER NOT NULL, key_id TEXT NOT NULL, sender_jid_row_id INTEGER, status INTEGER,"
                        + " timestamp INTEGER, received_timestamp INTEGER, message_type INTEGER, text_data TEXT,"
                        + " starred INTEGER, sort_id INTEGER NOT NULL DEFAULT 0)");
                st.execute("CREATE TABLE message_media (message_row_id INTEGER PRIMARY KEY, chat_row_id INTEGER,"
                        + " file_path TEXT, mime_type TEXT, file_length INTEGER, media_duration INTEGER)");
                st.execute("CREATE TABLE call_log (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid_row_id INTEGER,"
                        + " from_me INTEGER, call_id TEXT, transaction_id INTEGER, timestamp INTEGER, video_call INTEGER,"
                        + " duration INTEGER, call_result INTEGER, bytes_transferred INTEGER)");
                st.execute("CREATE TABLE group_participant_user (_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " group_jid_row_id INTEGER NOT NULL, user_jid_row_id INTEGER NOT NULL, rank INTEGER,"
                        + " pending INTEGER)");
                st.execute("CREATE TABLE jid_map (lid_row_id INTEGER PRIMARY KEY NOT NULL, jid_row_id INTEGER NOT NULL,"
                        + " sort_id INTEGER NOT NULL DEFAULT 0)");
                st.execute("INSERT INTO jid (user, server, type, raw_string) VALUES"
                        + " ('5511987654321', 's.whatsapp.net', 0, '5511987654321@s.whatsapp.net'),"   // 1 the boss
                        + " ('33612345678', 's.whatsapp.net', 0, '33612345678@s.whatsapp.net'),"       // 2 Rafa (D01)
                        + " ('120363041234567890', 'g.us', 1, '120363041234567890@g.us'),"             // 3 group
                        + " ('351912345678', 's.whatsapp.net', 0, '351912345678@s.whatsapp.net'),"     // 4 Thiago (D03)
                        + " ('200000000000042', 'lid', 0, '200000000000042@lid')");                    // 5 Thiago's LID
                st.execute("INSERT INTO jid_map (lid_row_id, jid_row_id) VALUES (5, 4)");
                st.execute("INSERT INTO chat (jid_row_id, subject, created_timestamp) VALUES"
                        + " (1, NULL, " + T0 + "), (2, NULL, " + T0 + "), (3, 'Carga Lisboa', " + T0 + ")");
                st.execute("INSERT INTO message (chat_row_id, from_me, key_id, sender_jid_row_id, status, timestamp,"
                        + " message_type, text_data) VALUES"
                        + " (1, 0, 'K1', NULL, 0, " + (T0 + 60_000) + ", 0, 'Ze, a carga chega sexta.'),"
                        + " (1, 1, 'K2', NULL, 13, " + (T0 + 120_000) + ", 0, 'Entendido, patrão.'),"
                        + " (2, 1, 'K3', NULL, 13, " + (T0 + 3_600_000) + ", 1, 'Foto do contêiner'),"
                        + " (3, 0, 'K4', 5, 0, " + (T0 + 7_200_000) + ", 0, 'Tudo pronto no porto.'),"
                        + " (3, 0, 'K5', 1, 0, " + (T0 + 7_260_000) + ", 0, 'Ótimo.')");
                st.execute("INSERT INTO message_media (message_row_id, chat_row_id, file_path, mime_type, file_length)"
                        + " VALUES (3, 2, 'Media/WhatsApp Images/IMG-20240301-WA0001.jpg', 'image/jpeg', 48213)");
                st.execute("INSERT INTO group_participant_user (group_jid_row_id, user_jid_row_id, rank, pending)"
                        + " VALUES (3, 1, 2, 0), (3, 2, 0, 0), (3, 4, 0, 0)");
                st.execute("INSERT INTO call_log (jid_row_id, from_me, call_id, timestamp, video_call, duration,"
                        + " call_result) VALUES (1, 0, 'C1', " + (T0 + 10_800_000) + ", 1, 184, 5)");
            }
            db.finish(true);
        }
        try (SqliteDb db = SqliteDb.create(apps.resolve("com.whatsapp/db/wa.db"), 1)) {
            try (Statement st = db.connection().createStatement()) {
                st.execute("CREATE TABLE wa_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid TEXT NOT NULL,"
                        + " is_whatsapp_user BOOLEAN NOT NULL, status TEXT, number TEXT, raw_contact_id INTEGER,"
                        + " display_name TEXT, wa_name TEXT)");
                st.execute("INSERT INTO wa_contacts (jid, is_whatsapp_user, number, display_name, wa_name) VALUES"
                        + " ('5511987654321@s.whatsapp.net', 1, '+55 11 98765-4321', 'Patrão', 'J.'),"
                        + " ('33612345678@s.whatsapp.net', 1, '+33 6 12 34 56 78', 'Rafa Paris', 'Rafa')");
            }
            db.finish(true);
        }
        write(apps.resolve("com.whatsapp/sp/com.whatsapp_preferences_light.xml"), """
                <?xml version='1.0' encoding='utf-8' standalone='yes' ?>
                <map>
                    <string name="registration_jid">351936402718</string>
                    <string name="push_name">Zé</string>
                </map>
                """);
        write(apps.resolve("com.android.providers.telephony/d_f/000000_sms_backup"), zlibStored("""
                [{"address":"+33612345678","body":"Chego amanhã","date":"1709370000000","date_sent":"0",\
                "status":"-1","type":"2","read":"1"}]"""));
    }

    private static void writeLegacySchemaPhone(Path root) throws IOException, SQLException {
        Path data = root.resolve("data/data/com.whatsapp");
        try (SqliteDb db = SqliteDb.create(data.resolve("databases/msgstore.db"), 1)) {
            try (Statement st = db.connection().createStatement()) {
                st.execute("CREATE TABLE messages (_id INTEGER PRIMARY KEY AUTOINCREMENT, key_remote_jid TEXT NOT NULL,"
                        + " key_from_me INTEGER, key_id TEXT NOT NULL, status INTEGER, data TEXT, timestamp INTEGER,"
                        + " media_wa_type TEXT, media_caption TEXT, remote_resource TEXT, received_timestamp INTEGER)");
                st.execute("CREATE TABLE chat_list (_id INTEGER PRIMARY KEY AUTOINCREMENT, key_remote_jid TEXT UNIQUE,"
                        + " subject TEXT, creation INTEGER)");
                st.execute("CREATE TABLE group_participants (_id INTEGER PRIMARY KEY AUTOINCREMENT, gjid TEXT NOT NULL,"
                        + " jid TEXT NOT NULL, admin INTEGER, pending INTEGER)");
                st.execute("INSERT INTO chat_list (key_remote_jid, subject, creation) VALUES"
                        + " ('5511987654321@s.whatsapp.net', NULL, " + T0 + "),"
                        + " ('120363098765432100@g.us', 'Rio-Lisboa', " + T0 + ")");
                st.execute("INSERT INTO messages (key_remote_jid, key_from_me, key_id, status, data, timestamp,"
                        + " media_wa_type, remote_resource) VALUES"
                        + " ('5511987654321@s.whatsapp.net', 1, 'L1', 13, 'Bruno aqui, tudo certo no Rio.', "
                        + (T0 + 600_000) + ", '0', NULL),"
                        + " ('5511987654321@s.whatsapp.net', 0, 'L2', 0, NULL, " + (T0 + 660_000) + ", '2', NULL),"
                        + " ('120363098765432100@g.us', 0, 'L3', 0, 'Confirmado.', " + (T0 + 900_000) + ", '0',"
                        + " '351912345678@s.whatsapp.net')");
                st.execute("INSERT INTO group_participants (gjid, jid, admin, pending) VALUES"
                        + " ('120363098765432100@g.us', '351912345678@s.whatsapp.net', 1, 0),"
                        + " ('120363098765432100@g.us', '5511987654321@s.whatsapp.net', 0, 0),"
                        + " ('120363098765432100@g.us', '', 0, 0)"); // '' is the phone's own user
            }
            db.finish(true);
        }
        write(data.resolve("shared_prefs/com.whatsapp_preferences.xml"), """
                <?xml version='1.0' encoding='utf-8' standalone='yes' ?>
                <map>
                    <string name="cc">55</string>
                    <string name="ph">21998765432</string>
                </map>
                """);
    }

    private static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** zlib framing around stored (uncompressed) blocks: the same bytes with any zlib build. */
    private static byte[] zlibStored(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.NO_COMPRESSION))) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static final String README = """

            ## WhatsApp and Android backups: D04 and D05

            Made by `WhatsAppImageGenerator` (called by the same generator).

            - `D04-android.ab` — Zé's phone (+351 936 402 718, Lisbon), an **encrypted Android backup**
              (version 5, AES-256, uncompressed; password `phonetriage-demo`). Inside: WhatsApp's
              `msgstore.db` in the current schema — 5 messages (2 with the boss +55 11 98765-4321,
              1 picture to Rafa +33 6 12 34 56 78, 2 in the group "Carga Lisboa", one sent by
              Thiago under his privacy id `200000000000042@lid`, which `jid_map` pairs with
              +351 912 345 678), the group's 3 members, 1 incoming video call from the boss (184 s);
              `wa.db` with 2 contacts ("Patrão", "Rafa Paris"); the own number in
              `com.whatsapp_preferences_light.xml` (`registration_jid`); 1 SMS to Rafa from the
              telephony backup agent.
            - `D05-android/` — Bruno's phone (+55 21 99876-5432, Rio), a folder: WhatsApp's
              `msgstore.db` in the **legacy schema** — 3 messages (2 with the boss, one of them a
              voice note; 1 from Thiago in the group "Rio-Lisboa"), the group's members in
              `group_participants`; the own number as `cc` + `ph`.
            """;
}
