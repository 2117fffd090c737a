package org.phonetriage.testimages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Base64;

/**
 * D13-android-messengers/ — Marcos' phone (+33 7 56 98 31 42, the courier in Paris, until now known
 * only from the others' phones), a folder extraction with three messengers in their apps' own
 * schemas: Telegram ({@code cache4.db}: users as TL User objects of three layers, messages as TL
 * Message objects, imported contacts, a supergroup's members; {@code userconfing.xml}), Signal
 * ({@code signal.db} decrypted, {@code signal-key-value.db}) and Google Messages ({@code bugle_db}:
 * RCS chats, one SMS mirrored from the telephony provider). The people are the case's: the boss's
 * Telegram id 777000111 and Lucas' 777000222 are those of D06's report.
 */
final class MessengerImageGenerator {

    static final String LABEL = "D13-android-messengers";
    /** 2024-03-05T10:00:00Z */
    private static final long T0 = 1_709_632_800L;
    static final long MARCOS_TG = 777_000_333L;
    static final long BOSS_TG = 777_000_111L;
    static final long LUCAS_TG = 777_000_222L;
    static final long RAFA_TG = 5_000_000_001L;
    static final long GROUP_TG = 1_987_654_321L;
    /** A basic group ("Entregas": Marcos, the boss, Rafa), its members only in its ChatFull. */
    static final long BASIC_TG = 4_021_337_001L;
    static final String MARCOS_ACI = "9f0c5b1e-3a4d-4e8f-a2b6-7c1d2e3f4a5b";

    private MessengerImageGenerator() {
    }

    /** Writes D13-android-messengers/ into out; returns the README section about it. */
    static String generate(Path out, Path staging) throws IOException, SQLException {
        Path root = staging.resolve(LABEL);
        Path data = root.resolve("data/data");
        writeTelegram(data.resolve("org.telegram.messenger"));
        writeSignal(data.resolve("org.thoughtcrime.securesms"));
        writeGoogleMessages(data.resolve("com.google.android.apps.messaging"));
        Path target = out.resolve(LABEL);
        Packager.deleteRecursively(target);
        Packager.folder(root, target);
        return README;
    }

    // ---- Telegram -------------------------------------------------------------------------

    /** The own account as layer 185+ writes it (user#83314fca: flags, flags2, 64-bit id). */
    static byte[] marcosUser() {
        return TlBlob.user(0x83314fca, true, true, MARCOS_TG, "Marcos", "Silva", "marcos_paris", "33756983142", true);
    }

    /**
     * chat_settings_v2: each chat's full info as a TL object. The basic group's chatFull#2633421b
     * (flags, id:long, about, then chatParticipants#3cbc93f8 with its members: Marcos the creator with a
     * rank, chatParticipantCreator#e1f867b8; the boss an admin, chatParticipantAdmin#0360d5d2; Rafa a
     * member of the layer-133 form, chatParticipant#c02d4007; the list's version) and nothing after it
     * (the decoder stops there); the supergroup's ChannelFull (flags, flags2, id: no member list, passed
     * over); and the object of a chat no layout fits (a counted problem).
     */
    private static void writeChatSettings(SqliteDb db) throws SQLException {
        db.exec("CREATE TABLE chat_settings_v2(uid INTEGER PRIMARY KEY, info BLOB, pinned INTEGER, online INTEGER,"
                + " inviter INTEGER, links INTEGER)");
        try (SqliteDb.Insert cs = db.insert("chat_settings_v2", "uid", "info", "pinned", "online")) {
            cs.row(BASIC_TG, new TlBlob().int32(0x2633421b).int32(0).int64(BASIC_TG).string("Só entregas.")
                    .int32(0x3cbc93f8).int64(BASIC_TG).int32(0x1cb5c415).int32(3)
                    .int32(0xe1f867b8).int32(1).int64(MARCOS_TG).string("chefe")
                    .int32(0x0360d5d2).int32(0).int64(BOSS_TG).int64(MARCOS_TG).int32((int) (T0 - 86_400))
                    .int32(0xc02d4007).int64(RAFA_TG).int64(MARCOS_TG).int32((int) (T0 - 86_400))
                    .int32(4).bytes(), 0, 3);
            cs.row(GROUP_TG, new TlBlob().int32(0xe4e0b29d).int32(1).int32(0).int64(GROUP_TG).string("Rota Paris")
                    .int32(3).bytes(), 0, 3);
            cs.row(3_000_000_007L, new TlBlob().int32(0x0badbeef).int32(7).bytes(), 0, 0);
        }
    }

    private static void writeTelegram(Path app) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(app.resolve("files/cache4.db"), 150)) {
            db.exec("CREATE TABLE users(uid INTEGER PRIMARY KEY, name TEXT, status INTEGER, data BLOB)");
            db.exec("CREATE TABLE chats(uid INTEGER PRIMARY KEY, name TEXT, data BLOB)");
            db.exec("CREATE TABLE contacts(uid INTEGER PRIMARY KEY, mutual INTEGER)");
            db.exec("CREATE TABLE dialogs(did INTEGER PRIMARY KEY, date INTEGER, unread_count INTEGER, last_mid INTEGER,"
                    + " inbox_max INTEGER, outbox_max INTEGER, last_mid_i INTEGER, unread_count_i INTEGER, pts INTEGER,"
                    + " date_i INTEGER, pinned INTEGER, flags INTEGER, folder_id INTEGER, data BLOB,"
                    + " unread_reactions INTEGER, last_mid_group INTEGER, ttl_period INTEGER)");
            db.exec("CREATE TABLE messages_v2(mid INTEGER, uid INTEGER, read_state INTEGER, send_state INTEGER,"
                    + " date INTEGER, data BLOB, out INTEGER, ttl INTEGER, media INTEGER, replydata BLOB, imp INTEGER,"
                    + " mention INTEGER, forwards INTEGER, replies_data BLOB, thread_reply_id INTEGER, is_channel INTEGER,"
                    + " reply_to_message_id INTEGER, custom_params BLOB, group_id INTEGER, reply_to_story_id INTEGER,"
                    + " PRIMARY KEY(mid, uid))");
            db.exec("CREATE TABLE user_contacts_v7(key TEXT PRIMARY KEY, uid INTEGER, fname TEXT, sname TEXT,"
                    + " imported INTEGER)");
            db.exec("CREATE TABLE user_phones_v7(key TEXT, phone TEXT, sphone TEXT, deleted INTEGER,"
                    + " PRIMARY KEY (key, phone))");
            db.exec("CREATE TABLE channel_users_v2(did INTEGER, uid INTEGER, date INTEGER, data BLOB,"
                    + " PRIMARY KEY(did, uid))");
            db.exec("CREATE TABLE params(id INTEGER PRIMARY KEY, seq INTEGER, pts INTEGER, date INTEGER, qts INTEGER,"
                    + " lsv INTEGER, sg INTEGER, pbytes BLOB)");
            try (SqliteDb.Insert users = db.insert("users", "uid", "name", "status", "data")) {
                users.row(MARCOS_TG, "marcos silva;;;marcos_paris", (int) T0, marcosUser());
                // the boss, cached by an app version of layer 131: user#938458c1, 32-bit id
                users.row(BOSS_TG, "patrão;;;", (int) T0,
                        TlBlob.user(0x938458c1, false, false, BOSS_TG, "Patrão", null, null, "5511987654321", false));
                // Lucas hides his number: no phone in his User
                users.row(LUCAS_TG, "lucas;;;lucas_mad", (int) T0,
                        TlBlob.user(0x83314fca, true, true, LUCAS_TG, "Lucas", null, "lucas_mad", null, false));
                // Rafa, cached by layer 133–144: user#3ff6ecb0, 64-bit id, no flags2
                users.row(RAFA_TG, "rafa paris;;;", (int) T0,
                        TlBlob.user(0x3ff6ecb0, false, true, RAFA_TG, "Rafa", "Paris", null, "33612345678", false));
                // a User of a layer this version does not know: a counted problem, never a guess
                users.row(424_242_424L, "desconhecido;;;", 0,
                        new TlBlob().int32(0x0badf00d).int32(0x1f).int64(424_242_424L).string("Desconhecido").bytes());
            }
            try (SqliteDb.Insert chats = db.insert("chats", "uid", "name", "data")) {
                chats.row(GROUP_TG, "rota paris", new TlBlob().int32(0x0aadfc8f).int32(0).int64(GROUP_TG)
                        .string("Rota Paris").bytes());
                // chat#41cbf256: a basic group (flags, id:long, title)
                chats.row(BASIC_TG, "entregas", new TlBlob().int32(0x41cbf256).int32(0).int64(BASIC_TG)
                        .string("Entregas").bytes());
            }
            writeChatSettings(db);
            try (SqliteDb.Insert m = db.insert("messages_v2", "mid", "uid", "read_state", "send_state", "date", "data",
                    "out", "ttl", "media", "imp", "mention", "forwards", "thread_reply_id", "is_channel",
                    "reply_to_message_id", "group_id", "reply_to_story_id")) {
                long t = T0;
                // 1: the boss writes (layer 179+ message#94345242: flags, flags2; a private chat's sender is the chat)
                m.row(101, BOSS_TG, 3, 0, t, new TlBlob().int32(0x94345242).int32(0).int32(0).int32(101)
                        .peerUser(MARCOS_TG).int32((int) t).string("Marcos, pega a encomenda amanhã.").bytes(),
                        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
                // 2: Marcos answers (out flag 1, from_id himself)
                t += 120;
                m.row(102, BOSS_TG, 3, 0, t, new TlBlob().int32(0x94345242).int32(2 | 256).int32(0).int32(102)
                        .peerUser(MARCOS_TG).peerUser(BOSS_TG).int32((int) t).string("Ok, patrão.").bytes(),
                        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
                // 3: Marcos forwards the boss's address to Rafa (message#85d6cbe2 with a forward header)
                t += 3_600;
                m.row(103, RAFA_TG, 3, 0, t, new TlBlob().int32(0x85d6cbe2).int32(2 | 4 | 256).int32(103)
                        .peerUser(MARCOS_TG).peerUser(RAFA_TG)
                        .int32(0x4e4df4bb).int32(1).peerUser(BOSS_TG).int32((int) (T0 - 86_400))
                        .int32((int) t).string("Rua do Depósito 12, portão azul").bytes(),
                        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
                // 4: Lucas writes in the supergroup "Rota Paris" (dialog: minus the channel id)
                t += 600;
                m.row(104, -GROUP_TG, 3, 0, t, new TlBlob().int32(0x85d6cbe2).int32(256).int32(104)
                        .peerUser(LUCAS_TG).peerChannel(GROUP_TG).int32((int) t).string("Chego às 22h.").bytes(),
                        0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0);
                // 5: a service message in the group: the boss joined by link (messageService#2b085862)
                t += 60;
                m.row(105, -GROUP_TG, 3, 0, t, new TlBlob().int32(0x2b085862).int32(256).int32(105)
                        .peerUser(BOSS_TG).peerChannel(GROUP_TG).int32((int) t).int32(0x031224c3).int64(LUCAS_TG)
                        .bytes(), 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0);
                // 6: a message of a layer this version does not know: kept from its row, text counted as not read
                t += 60;
                m.row(106, BOSS_TG, 3, 0, t, new TlBlob().int32(0x0badcafe).int32(0).int32(106).bytes(),
                        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
                // 7: the boss calls (a service message of action phoneCall: answered, 95 s, hung up)
                t += 600;
                m.row(107, BOSS_TG, 3, 0, t, new TlBlob().int32(0x2b085862).int32(256).int32(107).peerUser(BOSS_TG)
                        .peerUser(MARCOS_TG).int32((int) t).int32(0x80e11a7f).int32(1 | 2).int64(6_120_334_455_667_788L)
                        .int32(0x57adc690).int32(95).bytes(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            }
            try (SqliteDb.Insert d = db.insert("dialogs", "did", "date", "unread_count", "last_mid", "pinned",
                    "folder_id")) {
                d.row(BOSS_TG, T0 + 4_440, 0, 107, 0, 0);
                d.row(RAFA_TG, T0 + 3_720, 0, 103, 0, 0);
                d.row(-GROUP_TG, T0 + 4_440, 0, 105, 0, 0);
                // a dialog with Lucas whose messages were cleared, and the secret chat with Rafa (bit 62 set)
                d.row(LUCAS_TG, T0 - 7_200, 0, 0, 0, 0);
                d.row(0x4000000000000000L | 482_913_775L, T0 - 3_600, 0, 0, 0, 0);
            }
            try (SqliteDb.Insert c = db.insert("user_contacts_v7", "key", "uid", "fname", "sname", "imported")) {
                c.row("1001", BOSS_TG, "Patrão", null, 1);
                c.row("1002", LUCAS_TG, "Lucas", "Madrid", 1);
                c.row("1003", 0, "Zé", "Lisboa", 1);
            }
            try (SqliteDb.Insert p = db.insert("user_phones_v7", "key", "phone", "sphone", "deleted")) {
                p.row("1001", "+55 11 98765-4321", "5511987654321", 0);
                p.row("1002", "+34 722 41 88 09", "34722418809", 0);
                p.row("1003", "00351 936 402 718", "351936402718", 0);
            }
            try (SqliteDb.Insert cu = db.insert("channel_users_v2", "did", "uid", "date", "data")) {
                cu.row(-GROUP_TG, BOSS_TG, T0 + 4_440, new byte[] {(byte) 0xd3, 0x01, (byte) 0xe6, 0x2f});
                cu.row(-GROUP_TG, LUCAS_TG, T0 - 86_400, new byte[] {(byte) 0xd3, 0x01, (byte) 0xe6, 0x2f});
                cu.row(-GROUP_TG, MARCOS_TG, T0 - 86_400, new byte[] {(byte) 0xd3, 0x01, (byte) 0xe6, 0x2f});
            }
            // a secret chat Rafa opened with Marcos (admin_id: who started it); its messages are not in the image
            db.exec("CREATE TABLE enc_chats(uid INTEGER PRIMARY KEY, user INTEGER, name TEXT, data BLOB, g BLOB,"
                    + " authkey BLOB, ttl INTEGER, layer INTEGER, seq_in INTEGER, seq_out INTEGER, use_count INTEGER,"
                    + " exchange_id INTEGER, key_date INTEGER, fprint INTEGER, fauthkey BLOB, khash BLOB, in_seq_no INTEGER,"
                    + " admin_id INTEGER, mtproto_seq INTEGER)");
            try (SqliteDb.Insert e = db.insert("enc_chats", "uid", "user", "name", "ttl", "layer", "admin_id")) {
                e.row(482_913_775L, RAFA_TG, "Rafa", 86_400, 144, RAFA_TG);
            }
            db.finish(true);
        }
        write(app.resolve("shared_prefs/userconfing.xml"), """
                <?xml version='1.0' encoding='utf-8' standalone='yes' ?>
                <map>
                    <string name="lastUpdateVersion2">10.9.1</string>
                    <string name="user">%s</string>
                    <int name="contactsSavedCount" value="3" />
                    <int name="lastContactsSyncTime" value="%d" />
                </map>
                """.formatted(Base64.getEncoder().encodeToString(marcosUser()), T0 - 86_400));
    }

    // ---- Signal ---------------------------------------------------------------------------

    private static final String GROUP_ID = "__signal_group__v2__!8f3a1c2b4d5e6f708192a3b4c5d6e7f8";

    private static void writeSignal(Path app) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(app.resolve("databases/signal.db"), 286)) {
            db.exec("CREATE TABLE recipient (_id INTEGER PRIMARY KEY AUTOINCREMENT, type INTEGER DEFAULT 0,"
                    + " e164 TEXT UNIQUE DEFAULT NULL, aci TEXT UNIQUE DEFAULT NULL, pni TEXT UNIQUE DEFAULT NULL,"
                    + " username TEXT UNIQUE DEFAULT NULL, email TEXT UNIQUE DEFAULT NULL, group_id TEXT UNIQUE DEFAULT NULL,"
                    + " registered INTEGER DEFAULT 0, blocked INTEGER DEFAULT 0, profile_given_name TEXT DEFAULT NULL,"
                    + " profile_family_name TEXT DEFAULT NULL, profile_joined_name TEXT DEFAULT NULL,"
                    + " system_given_name TEXT DEFAULT NULL, system_family_name TEXT DEFAULT NULL,"
                    + " system_joined_name TEXT DEFAULT NULL)");
            db.exec("CREATE TABLE thread (_id INTEGER PRIMARY KEY AUTOINCREMENT, date INTEGER DEFAULT 0,"
                    + " meaningful_messages INTEGER DEFAULT 0, recipient_id INTEGER NOT NULL UNIQUE REFERENCES recipient (_id),"
                    + " read INTEGER DEFAULT 1, snippet TEXT, archived INTEGER DEFAULT 0)");
            db.exec("CREATE TABLE message (_id INTEGER PRIMARY KEY AUTOINCREMENT, date_sent INTEGER NOT NULL,"
                    + " date_received INTEGER NOT NULL, date_server INTEGER DEFAULT -1, thread_id INTEGER NOT NULL"
                    + " REFERENCES thread (_id) ON DELETE CASCADE, from_recipient_id INTEGER NOT NULL REFERENCES recipient (_id),"
                    + " from_device_id INTEGER, to_recipient_id INTEGER NOT NULL REFERENCES recipient (_id),"
                    + " type INTEGER NOT NULL, body TEXT, read INTEGER DEFAULT 0, expires_in INTEGER DEFAULT 0,"
                    + " remote_deleted INTEGER DEFAULT 0)");
            db.exec("CREATE TABLE groups (_id INTEGER PRIMARY KEY, group_id TEXT NOT NULL UNIQUE, recipient_id INTEGER"
                    + " NOT NULL UNIQUE REFERENCES recipient (_id), title TEXT DEFAULT NULL, timestamp INTEGER DEFAULT 0,"
                    + " active INTEGER DEFAULT 1)");
            db.exec("CREATE TABLE group_membership (_id INTEGER PRIMARY KEY, group_id TEXT NOT NULL REFERENCES groups"
                    + " (group_id) ON DELETE CASCADE, recipient_id INTEGER NOT NULL REFERENCES recipient (_id),"
                    + " endorsement BLOB DEFAULT NULL, UNIQUE(group_id, recipient_id))");
            try (SqliteDb.Insert r = db.insert("recipient", "_id", "type", "e164", "aci", "group_id", "registered",
                    "profile_joined_name", "system_joined_name")) {
                r.row(1, 0, "+33756983142", MARCOS_ACI, null, 1, "Marcos", null);
                r.row(2, 0, "+33612345678", "2b7e1516-28ae-4d2a-a6d2-abf7158809cf", null, 1, "Rafa", "Rafa Paris");
                r.row(3, 0, "+34612345678", "3c4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", null, 1, "Diego", "Diego Madrid");
                r.row(4, 3, null, null, GROUP_ID, 0, null, null);
                // the boss hides his number: Signal knows only his account id
                r.row(5, 0, null, "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f", null, 1, "J.", null);
            }
            try (SqliteDb.Insert t = db.insert("thread", "_id", "recipient_id", "date", "meaningful_messages")) {
                t.row(1, 2, (T0 + 7_200) * 1000, 2);
                t.row(2, 3, (T0 + 7_500) * 1000, 1);
                t.row(3, 4, (T0 + 7_800) * 1000, 1);
                t.row(4, 5, (T0 + 8_100) * 1000, 1);
            }
            try (SqliteDb.Insert g = db.insert("groups", "_id", "group_id", "recipient_id", "title", "timestamp")) {
                g.row(1, GROUP_ID, 4, "Paris-Madrid", T0 * 1000);
            }
            try (SqliteDb.Insert gm = db.insert("group_membership", "_id", "group_id", "recipient_id")) {
                gm.row(1, GROUP_ID, 1);
                gm.row(2, GROUP_ID, 2);
                gm.row(3, GROUP_ID, 3);
            }
            // type: base type in the low 5 bits (23 sent, 20 inbox) with Signal's secure-message flags
            try (SqliteDb.Insert m = db.insert("message", "_id", "date_sent", "date_received", "thread_id",
                    "from_recipient_id", "to_recipient_id", "type", "body", "read")) {
                long t = (T0 + 7_200) * 1000;
                m.row(1, t, t + 400, 1, 1, 2, 10_485_783, "Rafa, a encomenda está comigo.", 1);
                m.row(2, t + 60_000, t + 60_900, 1, 2, 1, 10_485_780, "Ótimo, passo às 20h.", 1);
                m.row(3, t + 300_000, t + 300_700, 2, 3, 1, 10_485_780, "Diego aqui. O caminhão saiu.", 1);
                m.row(4, t + 600_000, t + 600_500, 3, 2, 4, 10_485_780, "Todos no grupo?", 1);
                m.row(5, t + 900_000, t + 900_300, 4, 5, 1, 10_485_780, "Liga no Signal, não no telefone.", 1);
                // the boss's call as the call log entry Signal writes beside it (base type 1: incoming audio)
                m.row(6, (T0 + 9_000) * 1000, (T0 + 9_000) * 1000, 4, 5, 1, 1, null, 1);
            }
            // CallTable as Signal 7 creates it; type 0 audio, 1 video, 3 group; direction 0 in, 1 out;
            // event 1 accepted, 3 missed, 6 joined
            db.exec("CREATE TABLE call (_id INTEGER PRIMARY KEY, call_id INTEGER NOT NULL, message_id INTEGER DEFAULT NULL"
                    + " REFERENCES message (_id) ON DELETE SET NULL, peer INTEGER NOT NULL REFERENCES recipient (_id)"
                    + " ON DELETE CASCADE, type INTEGER NOT NULL, direction INTEGER NOT NULL, event INTEGER NOT NULL,"
                    + " timestamp INTEGER NOT NULL, ringer INTEGER DEFAULT NULL, deletion_timestamp INTEGER DEFAULT 0,"
                    + " read INTEGER DEFAULT 1, local_joined INTEGER DEFAULT 0, group_call_active INTEGER DEFAULT 0,"
                    + " UNIQUE (call_id, peer) ON CONFLICT FAIL)");
            try (SqliteDb.Insert c = db.insert("call", "_id", "call_id", "message_id", "peer", "type", "direction", "event",
                    "timestamp")) {
                long t = (T0 + 9_000) * 1000;
                c.row(1, 8_812_345_001L, 6, 5, 0, 0, 1, t); // the boss calls; known only by his ACI
                c.row(2, 8_812_345_002L, null, 2, 1, 1, 1, t + 600_000); // a video call to Rafa
                c.row(3, 8_812_345_003L, null, 3, 0, 0, 3, t + 1_200_000); // Diego's call, missed
                c.row(4, 8_812_345_004L, null, 4, 3, 0, 6, t + 1_800_000); // the group's call, joined
            }
            db.finish(true);
        }
        try (SqliteDb db = SqliteDb.create(app.resolve("databases/signal-key-value.db"), 1)) {
            db.exec("CREATE TABLE key_value (_id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT UNIQUE, value TEXT,"
                    + " type INTEGER)");
            try (SqliteDb.Insert kv = db.insert("key_value", "key", "value", "type")) {
                kv.row("account.e164", "+33756983142", 4);
                kv.row("account.aci", MARCOS_ACI, 4);
                kv.row("account.registered", "true", 2);
            }
            db.finish(true);
        }
    }

    // ---- Google Messages ------------------------------------------------------------------

    private static void writeGoogleMessages(Path app) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(app.resolve("databases/bugle_db"), 52)) {
            db.exec("CREATE TABLE conversations(_id INTEGER PRIMARY KEY AUTOINCREMENT, sms_thread_id INT DEFAULT(0),"
                    + " name TEXT, latest_message_id INT, snippet_text TEXT, archive_status INT DEFAULT(0),"
                    + " sort_timestamp INT DEFAULT(0), participant_normalized_destination TEXT, current_self_id TEXT,"
                    + " participant_count INT DEFAULT(0))");
            db.exec("CREATE TABLE participants(_id INTEGER PRIMARY KEY AUTOINCREMENT, sub_id INT DEFAULT(-2),"
                    + " sim_slot_id INT DEFAULT(-1), normalized_destination TEXT, send_destination TEXT,"
                    + " display_destination TEXT, full_name TEXT, first_name TEXT, profile_photo_uri TEXT,"
                    + " contact_id INT DEFAULT(-1), lookup_key STRING, blocked INT DEFAULT(0), subscription_name TEXT,"
                    + " subscription_color INT DEFAULT(0), contact_destination TEXT,"
                    + " UNIQUE (normalized_destination, sub_id) ON CONFLICT FAIL)");
            db.exec("CREATE TABLE conversation_participants(_id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id INT,"
                    + " participant_id INT, UNIQUE (conversation_id, participant_id) ON CONFLICT FAIL)");
            db.exec("CREATE TABLE messages (_id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id INT, sender_id INT,"
                    + " sent_timestamp INT DEFAULT(0), received_timestamp INT DEFAULT(0), message_protocol INT DEFAULT(0),"
                    + " message_status INT DEFAULT(0), seen INT DEFAULT(0), read INT DEFAULT(0), sms_message_uri TEXT,"
                    + " sms_priority INT DEFAULT(0), sms_message_size INT DEFAULT(0), mms_subject TEXT,"
                    + " self_id INT, retry_start_timestamp INT DEFAULT(0), rcs_message_id TEXT)");
            db.exec("CREATE TABLE parts(_id INTEGER PRIMARY KEY AUTOINCREMENT, message_id INT, text TEXT, uri TEXT,"
                    + " content_type TEXT, width INT DEFAULT(-1), height INT DEFAULT(-1), timestamp INT,"
                    + " conversation_id INT NOT NULL)");
            try (SqliteDb.Insert p = db.insert("participants", "_id", "sub_id", "normalized_destination",
                    "send_destination", "display_destination", "full_name")) {
                p.row(1, 1, "+33756983142", "+33756983142", "07 56 98 31 42", null);
                p.row(2, -2, "+351912345678", "+351 912 345 678", "+351 912 345 678", "Thiago Lisboa");
                p.row(3, -2, "+351936402718", "00351936402718", "+351 936 402 718", "Zé");
                p.row(4, -2, "+5511987654321", "+55 11 98765-4321", "+55 11 98765-4321", "Patrão");
            }
            try (SqliteDb.Insert c = db.insert("conversations", "_id", "sms_thread_id", "name", "current_self_id",
                    "participant_count", "participant_normalized_destination")) {
                c.row(1, 0, "Thiago Lisboa", "1", 1, "+351912345678");
                c.row(2, 0, "Porto", "1", 2, null);
                c.row(3, 7, "Patrão", "1", 1, "+5511987654321");
            }
            try (SqliteDb.Insert cp = db.insert("conversation_participants", "conversation_id", "participant_id")) {
                cp.row(1, 2);
                cp.row(2, 2);
                cp.row(2, 3);
                cp.row(3, 4);
            }
            long t = (T0 + 10_800) * 1000;
            try (SqliteDb.Insert m = db.insert("messages", "_id", "conversation_id", "sender_id", "sent_timestamp",
                    "received_timestamp", "message_protocol", "message_status", "read", "sms_message_uri", "self_id",
                    "rcs_message_id")) {
                // RCS (protocol 3): Thiago writes, Marcos answers; Marcos writes to the group chat
                m.row(1, 1, 2, t, t + 800, 3, 100, 1, null, 1, "rcs-0001");
                m.row(2, 1, 1, t + 90_000, t + 90_000, 3, 1, 1, null, 1, "rcs-0002");
                m.row(3, 2, 1, t + 180_000, t + 180_000, 3, 2, 1, null, 1, "rcs-0003");
                // an SMS from the boss, mirrored from mmssms.db: read there, not here
                m.row(4, 3, 4, t + 240_000, t + 240_600, 0, 100, 1, "content://sms/7", 1, null);
            }
            try (SqliteDb.Insert p = db.insert("parts", "message_id", "text", "uri", "content_type", "conversation_id")) {
                p.row(1, "O navio atracou.", null, "text/plain", 1);
                p.row(2, "Recebido. Sigo amanhã.", null, "text/plain", 1);
                p.row(3, "Foto do portão", null, "text/plain", 2);
                p.row(3, null, "content://mms/part/12", "image/jpeg", 2);
                p.row(4, "Me liga.", null, "text/plain", 3);
            }
            db.finish(true);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String README = """

            ## Messengers: D13

            Made by `MessengerImageGenerator` (called by the same generator).

            - `D13-android-messengers/` — Marcos' phone (+33 7 56 98 31 42, the courier in Paris), a folder
              extraction with three messengers in their own schemas:
              - **Telegram** (`org.telegram.messenger`): `files/cache4.db` — `users` holds 5 TL User objects:
                Marcos himself (id 777000333, flag self, layer 185+ `user#83314fca`), the boss (777000111, phone
                5511987654321, layer 131 `user#938458c1` with a 32-bit id), Lucas (777000222, username
                `lucas_mad`, no phone shown), Rafa (5000000001, phone 33612345678, `user#3ff6ecb0`) and one of a
                constructor no layer has (`0badf00d`, a counted problem); `messages_v2` holds 7 rows: 2 messages with
                the boss, 1 forwarded to Rafa (a forward header before the text), 1 from Lucas in the supergroup
                "Rota Paris" (dialog -1987654321), 1 service message (the boss joined the group), 1 of an unknown
                constructor (kept from its row, without text), 1 voice call from the boss (a service message of
                action phoneCall, 95 s); `user_contacts_v7`/`user_phones_v7`: 3 imported
                contacts ("Patrão" +55 11 98765-4321 → 777000111, "Lucas Madrid" +34 722 41 88 09 → 777000222,
                "Zé Lisboa" 00351 936 402 718, no Telegram account); `channel_users_v2`: the group's 3 members;
                `chat_settings_v2`: the basic group "Entregas" (4021337001)'s TL ChatFull listing Marcos (creator,
                with a rank), the boss (admin) and Rafa, the supergroup's ChannelFull (no member list) and one
                object no layout fits (a counted problem);
                `enc_chats`: a secret chat Rafa (5000000001) opened; `dialogs`: the boss, Rafa, the group, Lucas
                (a dialog whose messages were cleared) and the secret chat.
                `shared_prefs/userconfing.xml`: the own account (base64 TL User).
              - **Signal** (`org.thoughtcrime.securesms`, decrypted): `databases/signal.db` (schema of Signal
                6.19+: `recipient`, `thread`, `message`, `groups`, `group_membership`) — 5 messages: 1 sent to
                and 1 received from Rafa +33 6 12 34 56 78, 1 from Diego +34 6 12 34 56 78, 1 from Rafa in the
                group "Paris-Madrid" (members Marcos, Rafa, Diego), 1 from the boss known only by his account id
                (ACI `5d6e7f80-…`); `call` (Signal 7's CallTable): the boss's incoming call (his ACI only; its call log entry in
                `message`, read as the call only), a video
                call to Rafa, a missed call from Diego, a joined call of the group;
                `databases/signal-key-value.db`: the own number and ACI.
              - **Google Messages** (`com.google.android.apps.messaging`): `databases/bugle_db` — 3 RCS messages
                (1 from and 1 to Thiago +351 912 345 678, 1 with a picture to the group "Porto" of Thiago and Zé
                00351936402718) and 1 SMS from the boss that names its row in mmssms.db (`sms_message_uri`),
                which is read from mmssms.db only; the self participant holds the own number.
            """;
}
