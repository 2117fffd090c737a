package org.phonetriage.testimages;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Writes D20-android-apps3.tar: Caio's phone (a recruiter in Porto, +351 927 418 306, not seized
 * in D01-D19) as a file-system extraction holding the apps no earlier image has — WhatsApp
 * Business, imo, LINE, Kik, Truecaller, Snapchat and Threema — each database with the tables and columns the LEAPPs'
 * and Autopsy's modules read (Kik's as the app's own CREATE TABLE writes them). The people are the
 * case's, written as each app writes them.
 */
final class Apps3ImageGenerator {

    static final String LABEL = "D20-android-apps3";
    static final String IOS_LABEL = "D20-ios-teams";
    static final String TEAMS_OWN = "8:orgid:1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
    static final String TEAMS_MARCOS = "8:orgid:aa11bb22-cc33-4d44-8e55-ff6677889900";
    static final String OWN = "+351927418306";
    static final String IMO_OWN = "caio.porto";
    static final String IMO_BOSS = "velho.sp.7731";
    static final String IMO_RAFA = "rafa.paris.2210";
    static final String LINE_DIEGO = "u4e1d0c9b8a7f6e5d4c3b2a1908f7e6d5";
    static final String LINE_LUCAS = "u9a8b7c6d5e4f30211f2e3d4c5b6a7980";
    static final String LINE_GROUP = "c0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    static final String KIK_OWN = "caio_porto_x7q";
    static final String KIK_BRUNO = "bruno_rio_sup_k2m";
    static final String KIK_GROUP = "1100012345678_g";
    static final String SNAP_OWN = "3f1c2b7a-9d84-4e6b-a2c1-5b7e9f0d1a23";
    static final String SNAP_RAFA = "8a2d4c6e-1b3f-4a5d-9e7c-0f2b4d6a8c1e";
    static final String SNAP_MARCOS = "c5e7a9b1-2d4f-4c6e-8a0b-1d3f5a7c9e2b";
    static final String SNAP_DM = "d1f3a5c7-0e2b-4d6f-8b1a-3c5e7a9d0f24";
    static final String SNAP_GROUP = "e2a4c6e8-1f3b-4e5d-9c7a-4d6f8b0a2c35";

    private Apps3ImageGenerator() {
    }

    /** Writes the image under out (staged in staging) and returns its README section. */
    static String generate(Path out, Path staging) throws IOException, SQLException {
        Path root = staging.resolve(LABEL);
        Packager.deleteRecursively(root);
        Path data = root.resolve("data/data");
        whatsAppBusiness(data.resolve("com.whatsapp.w4b"));
        imo(data.resolve("com.imo.android.imous/databases"));
        line(data.resolve("jp.naver.line.android/databases"));
        kik(data.resolve("kik.android/databases/4886a0b8-37a0-4466-b952-b83061c70685.kikDatabase.db"));
        truecaller(data.resolve("com.truecaller/databases/tc.db"));
        snapchat(data.resolve("com.snapchat.android/databases"));
        write(data.resolve("com.snapchat.android/shared_prefs/user_session_shared_pref.xml"), """
                <?xml version='1.0' encoding='utf-8' standalone='yes' ?>
                <map>
                    <string name="key_user_id">%s</string>
                </map>
                """.formatted(SNAP_OWN));
        threema(data.resolve("ch.threema.app"));
        Path target = out.resolve(LABEL + ".tar");
        Packager.deleteRecursively(target);
        Packager.tar(root, target);
        Path ios = staging.resolve(IOS_LABEL);
        Packager.deleteRecursively(ios);
        teams(ios.resolve("private/var/mobile/Containers/Shared/AppGroup/0B8C6E2A-4D1F-4A3B-9C7E-5F2D8A1B3C4E"
                + "/SkypeSpacesDogfood/1f2e3d4c/SkypeTeams.sqlite"));
        Path iosTarget = out.resolve(IOS_LABEL);
        Packager.deleteRecursively(iosTarget);
        Packager.folder(ios, iosTarget);
        return README;
    }

    /** WhatsApp Business: WhatsApp's own schema (msgstore.db of 2022 on, wa.db) under com.whatsapp.w4b. */
    private static void whatsAppBusiness(Path app) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(app.resolve("databases/msgstore.db"), 1)) {
            db.exec("CREATE TABLE jid (_id INTEGER PRIMARY KEY AUTOINCREMENT, user TEXT NOT NULL, server TEXT NOT NULL,"
                    + " agent INTEGER, device INTEGER, type INTEGER, raw_string TEXT)");
            db.exec("CREATE TABLE chat (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid_row_id INTEGER UNIQUE,"
                    + " hidden INTEGER, subject TEXT, created_timestamp INTEGER, sort_timestamp INTEGER)");
            db.exec("CREATE TABLE message (_id INTEGER PRIMARY KEY AUTOINCREMENT, chat_row_id INTEGER NOT NULL,"
                    + " from_me INTEGER NOT NULL, key_id TEXT NOT NULL, sender_jid_row_id INTEGER, status INTEGER,"
                    + " timestamp INTEGER, received_timestamp INTEGER, message_type INTEGER, text_data TEXT,"
                    + " starred INTEGER, sort_id INTEGER NOT NULL DEFAULT 0)");
            db.exec("CREATE TABLE call_log (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid_row_id INTEGER,"
                    + " from_me INTEGER, call_id TEXT, transaction_id INTEGER, timestamp INTEGER, video_call INTEGER,"
                    + " duration INTEGER, call_result INTEGER, bytes_transferred INTEGER)");
            db.exec("CREATE TABLE group_participant_user (_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " group_jid_row_id INTEGER NOT NULL, user_jid_row_id INTEGER NOT NULL, rank INTEGER,"
                    + " pending INTEGER)");
            try (SqliteDb.Insert in = db.insert("jid", "_id", "user", "server", "type", "raw_string")) {
                in.row(1, "5511987654321", "s.whatsapp.net", 0, "5511987654321@s.whatsapp.net"); // the boss
                in.row(2, "351912345678", "s.whatsapp.net", 0, "351912345678@s.whatsapp.net");   // Thiago (D03)
                in.row(3, "120363099887766554", "g.us", 1, "120363099887766554@g.us");           // a group
            }
            try (SqliteDb.Insert in = db.insert("chat", "_id", "jid_row_id", "subject", "created_timestamp")) {
                in.row(1, 1, null, ms("2024-03-02T09:00"));
                in.row(2, 2, null, ms("2024-03-02T09:00"));
                in.row(3, 3, "Vagas Porto", ms("2024-03-02T09:00"));
            }
            // WhatsApp's row that is no message (_id 1, chat_row_id -1, key_id '-1') comes first
            try (SqliteDb.Insert in = db.insert("message", "_id", "chat_row_id", "from_me", "key_id",
                    "sender_jid_row_id", "status", "timestamp", "message_type", "text_data")) {
                in.row(1, -1, 0, "-1", null, -1, null, -1, null);
                in.row(2, 1, 0, "B1", null, 0, ms("2024-03-03T10:00"), 0, "Caio, quantos chegam na segunda?");
                in.row(3, 1, 1, "B2", null, 13, ms("2024-03-03T10:05"), 0, "Três, patrão. Já com passagem.");
                in.row(4, 2, 1, "B3", null, 13, ms("2024-03-04T08:00"), 0, "Thiago, buscas eles no porto?");
                in.row(5, 3, 0, "B4", 2, 0, ms("2024-03-04T09:00"), 0, "Combinado.");
            }
            try (SqliteDb.Insert in = db.insert("group_participant_user", "_id", "group_jid_row_id", "user_jid_row_id",
                    "rank", "pending")) {
                in.row(1, 3, 1, 2, 0);
                in.row(2, 3, 2, 0, 0);
            }
            try (SqliteDb.Insert in = db.insert("call_log", "_id", "jid_row_id", "from_me", "call_id", "timestamp",
                    "video_call", "duration", "call_result")) {
                in.row(1, 1, 0, "BC1", ms("2024-03-05T21:00"), 1, 212, 5);
            }
            db.finish(true);
        }
        try (SqliteDb db = SqliteDb.create(app.resolve("databases/wa.db"), 1)) {
            db.exec("CREATE TABLE wa_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid TEXT NOT NULL,"
                    + " is_whatsapp_user BOOLEAN NOT NULL, status TEXT, number TEXT, raw_contact_id INTEGER,"
                    + " display_name TEXT, wa_name TEXT)");
            try (SqliteDb.Insert in = db.insert("wa_contacts", "_id", "jid", "is_whatsapp_user", "number",
                    "display_name", "wa_name")) {
                in.row(1, "5511987654321@s.whatsapp.net", 1, "+55 11 98765-4321", "Velho SP", "J.");
                in.row(2, "351912345678@s.whatsapp.net", 1, "912 345 678", "Thiago Porto", "Thiago");
            }
            db.finish(true);
        }
        write(app.resolve("shared_prefs/com.whatsapp.w4b_preferences_light.xml"), """
                <?xml version='1.0' encoding='utf-8' standalone='yes' ?>
                <map>
                    <string name="registration_jid">351927418306</string>
                    <string name="push_name">Caio Recrutamento</string>
                </map>
                """);
    }

    /** imo: accountdb.db (the account) and imofriends.db (friends, messages in ns, phone_numbers). */
    private static void imo(Path dir) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(dir.resolve("accountdb.db"), 1)) {
            db.exec("CREATE TABLE account (_id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT UNIQUE, name TEXT)");
            try (SqliteDb.Insert in = db.insert("account", "_id", "uid", "name")) {
                in.row(1, IMO_OWN, "Caio");
            }
            db.finish(true);
        }
        try (SqliteDb db = SqliteDb.create(dir.resolve("imofriends.db"), 1)) {
            db.exec("CREATE TABLE friends (_id INTEGER PRIMARY KEY AUTOINCREMENT, buid TEXT UNIQUE, name TEXT,"
                    + " display TEXT, icon TEXT, starred INTEGER, times_contacted INTEGER DEFAULT 0, type TEXT)");
            db.exec("CREATE TABLE messages (_id INTEGER PRIMARY KEY AUTOINCREMENT, buid TEXT, alias TEXT, author TEXT,"
                    + " imdata TEXT, last_message TEXT, message_read INTEGER, message_state INTEGER,"
                    + " message_type INTEGER, msg_id TEXT, timestamp INTEGER, view_type INTEGER)");
            db.exec("CREATE TABLE phone_numbers (_id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT, phone TEXT, name TEXT,"
                    + " type TEXT)");
            try (SqliteDb.Insert in = db.insert("friends", "_id", "buid", "name")) {
                in.row(1, IMO_BOSS, "Velho");
                in.row(2, IMO_RAFA, "Rafa");
            }
            try (SqliteDb.Insert in = db.insert("phone_numbers", "_id", "uid", "phone", "name")) {
                in.row(1, IMO_BOSS, "+55 11 98765-4321", "Velho");
            }
            // message_type 1 received, 0 sent; timestamp in nanoseconds
            try (SqliteDb.Insert in = db.insert("messages", "_id", "buid", "last_message", "message_read",
                    "message_type", "timestamp")) {
                in.row(1, IMO_BOSS, "Manda a lista de nomes.", 1, 1, ms("2024-03-06T11:00") * 1_000_000L);
                in.row(2, IMO_BOSS, "Enviada por e-mail.", 1, 0, ms("2024-03-06T11:20") * 1_000_000L);
                in.row(3, IMO_RAFA, "Os três chegam a Paris dia 12.", 0, 0, ms("2024-03-07T18:00") * 1_000_000L);
            }
            db.finish(true);
        }
    }

    /** LINE: naver_line (contacts, chat_history in ms, membership) and call_history. */
    private static void line(Path dir) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(dir.resolve("naver_line"), 1)) {
            db.exec("CREATE TABLE contacts (m_id TEXT PRIMARY KEY, contact_id TEXT, server_name TEXT, status INTEGER)");
            db.exec("CREATE TABLE groups (id TEXT PRIMARY KEY, name TEXT, creator TEXT, created_time INTEGER)");
            db.exec("CREATE TABLE membership (id TEXT, m_id TEXT, is_accepted INTEGER, created_time INTEGER)");
            db.exec("CREATE TABLE chat_history (id INTEGER PRIMARY KEY AUTOINCREMENT, server_id TEXT, type INTEGER,"
                    + " chat_id TEXT, from_mid TEXT, content TEXT, created_time INTEGER, delivered_time INTEGER,"
                    + " status INTEGER, attachement_type INTEGER, attachement_local_uri TEXT, parameter TEXT)");
            try (SqliteDb.Insert in = db.insert("contacts", "m_id", "server_name", "status")) {
                in.row(LINE_DIEGO, "Diego M.", 1);
                in.row(LINE_LUCAS, "Lucas", 1);
            }
            try (SqliteDb.Insert in = db.insert("groups", "id", "name", "creator")) {
                in.row(LINE_GROUP, "Rota Madrid", LINE_DIEGO);
            }
            try (SqliteDb.Insert in = db.insert("membership", "id", "m_id", "is_accepted")) {
                in.row(LINE_GROUP, LINE_DIEGO, 1);
                in.row(LINE_GROUP, LINE_LUCAS, 1);
            }
            try (SqliteDb.Insert in = db.insert("chat_history", "id", "chat_id", "from_mid", "content", "created_time",
                    "status", "attachement_type")) {
                in.row(1, LINE_DIEGO, LINE_DIEGO, "Recebo-os em Madrid.", ms("2024-03-08T12:00"), 1, 0);
                in.row(2, LINE_DIEGO, null, "Obrigado, Diego.", ms("2024-03-08T12:10"), 3, 0);
                in.row(3, LINE_GROUP, null, "Saem do Porto às 7.", ms("2024-03-09T06:00"), 7, 0);
                in.row(4, LINE_GROUP, LINE_LUCAS, "Eu levo a carrinha.", ms("2024-03-09T06:05"), 1, 0);
                in.row(5, LINE_DIEGO, LINE_DIEGO, null, ms("2024-03-09T20:00"), 1, 6);
            }
            db.finish(true);
        }
        try (SqliteDb db = SqliteDb.create(dir.resolve("call_history"), 1)) {
            db.exec("CREATE TABLE call_history (_id INTEGER PRIMARY KEY AUTOINCREMENT, caller_mid TEXT, call_type TEXT,"
                    + " start_time INTEGER, end_time INTEGER, voip_type TEXT, voip_gc_media_type TEXT)");
            try (SqliteDb.Insert in = db.insert("call_history", "_id", "caller_mid", "call_type", "start_time",
                    "end_time", "voip_type", "voip_gc_media_type")) {
                in.row(1, LINE_DIEGO, "I", ms("2024-03-09T20:00"), ms("2024-03-09T20:00") + 95_000, "V", null);
                in.row(2, LINE_LUCAS, "O", ms("2024-03-09T21:00"), ms("2024-03-09T21:00") + 40_000, "A", null);
                in.row(3, LINE_GROUP, "O", ms("2024-03-09T22:00"), ms("2024-03-09T22:00") + 60_000, "G", "AUDIO");
            }
            db.finish(true);
        }
    }

    /** Kik: the tables as the app's own CREATE TABLE writes them (a subset of their columns). */
    private static void kik(Path file) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(file, 1)) {
            db.exec("CREATE TABLE KIKcontactsTable (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid VARCHAR,"
                    + " display_name VARCHAR, local_name VARCHAR, user_name VARCHAR, in_roster BOOLEAN,"
                    + " photo_url VARCHAR, photo_timestamp VARCHAR, is_stub BOOLEAN, is_group BOOLEAN,"
                    + " is_blocked BOOLEAN)");
            db.exec("CREATE TABLE messagesTable (_id INTEGER PRIMARY KEY AUTOINCREMENT, body VARCHAR,"
                    + " partner_jid VARCHAR, was_me INT, read_state INT, uid VARCHAR, length INTEGER, timestamp LONG,"
                    + " bin_id VARCHAR, sys_msg VARCHAR, stat_msg VARCHAR, stat_user_jid VARCHAR)");
            db.exec("CREATE TABLE memberTable (_id INTEGER PRIMARY KEY AUTOINCREMENT, group_id VARCHAR,"
                    + " member_jid VARCHAR, is_admin BOOLEAN, is_banned BOOLEAN)");
            String bruno = KIK_BRUNO + "@talk.kik.com";
            String group = KIK_GROUP + "@groups.kik.com";
            try (SqliteDb.Insert in = db.insert("KIKcontactsTable", "_id", "jid", "display_name", "user_name",
                    "in_roster", "is_group")) {
                in.row(1, bruno, "Bruno", "bruno_rio_sup", 1, 0);
                in.row(2, group, "Fornecedores", null, 1, 1);
            }
            try (SqliteDb.Insert in = db.insert("memberTable", "_id", "group_id", "member_jid", "is_admin")) {
                in.row(1, group, bruno, 1);
                in.row(2, group, KIK_OWN + "@talk.kik.com", 0);
            }
            try (SqliteDb.Insert in = db.insert("messagesTable", "_id", "body", "partner_jid", "was_me", "read_state",
                    "timestamp", "bin_id")) {
                in.row(1, "Tens os documentos?", bruno, 0, 1, ms("2024-03-10T14:00"), bruno);
                in.row(2, "Amanhã.", bruno, 1, 1, ms("2024-03-10T14:02"), bruno);
                in.row(3, "Novo lote na quarta.", bruno, 0, 1, ms("2024-03-11T09:00"), group);
                in.row(4, "Ok.", bruno, 1, 1, ms("2024-03-11T09:05"), group);
            }
            db.finish(true);
        }
    }

    /** Truecaller's tc.db: numbers it looked up with the name its service returned; its own call history. */
    private static void truecaller(Path file) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(file, 1)) {
            db.exec("CREATE TABLE raw_contact (_id INTEGER PRIMARY KEY AUTOINCREMENT, tc_id TEXT, contact_name TEXT,"
                    + " contact_default_number TEXT, contact_search_time INTEGER, insert_timestamp INTEGER,"
                    + " contact_spam_score INTEGER, contact_source INTEGER, contact_phonebook_id INTEGER)");
            db.exec("CREATE TABLE data (_id INTEGER PRIMARY KEY AUTOINCREMENT, data_raw_contact_id INTEGER,"
                    + " data_type INTEGER, data1 TEXT, data2 TEXT)");
            db.exec("CREATE TABLE history (_id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp INTEGER, duration INTEGER,"
                    + " normalized_number TEXT, raw_number TEXT, cached_name TEXT, type INTEGER, action INTEGER)");
            try (SqliteDb.Insert in = db.insert("raw_contact", "_id", "tc_id", "contact_name", "contact_default_number",
                    "contact_search_time", "contact_spam_score")) {
                in.row(1, "tc-88121", "Rafael T.", "+33612345678", ms("2024-03-12T08:00"), 0);
                in.row(2, "tc-40017", "Marcos Entregas", "+33756983142", ms("2024-03-12T09:00"), 0);
                in.row(3, "tc-99310", "Telemarketing Energia", "+351707100200", ms("2024-03-12T10:00"), 87);
            }
            try (SqliteDb.Insert in = db.insert("data", "_id", "data_raw_contact_id", "data_type", "data1")) {
                in.row(1, 1, 4, "+33612345678");
                in.row(2, 2, 4, "+33756983142");
                in.row(3, 3, 4, "+351707100200");
            }
            try (SqliteDb.Insert in = db.insert("history", "_id", "timestamp", "duration", "normalized_number",
                    "raw_number", "cached_name", "type", "action")) {
                in.row(1, ms("2024-03-12T08:00"), 0, "+33612345678", "+33612345678", "Rafael T.", 3, 0);
            }
            db.finish(true);
        }
    }

    /**
     * Snapchat: arroyo.db with the message text and the conversation's participants in protobufs at
     * the paths ALEAPP documents (4 > 4 > 2 > 1; 3 > 1 > 1 as 16-byte UUIDs), and main.db's Friend.
     */
    private static void snapchat(Path dir) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(dir.resolve("arroyo.db"), 1)) {
            db.exec("CREATE TABLE conversation (client_conversation_id TEXT PRIMARY KEY, conversation_type INTEGER,"
                    + " conversation_metadata BLOB, creation_timestamp INTEGER, last_updated_timestamp INTEGER)");
            db.exec("CREATE TABLE conversation_message (client_conversation_id TEXT NOT NULL, client_message_id"
                    + " INTEGER NOT NULL, server_message_id INTEGER, sender_id TEXT, creation_timestamp INTEGER,"
                    + " read_timestamp INTEGER, content_type INTEGER, message_content BLOB, message_state_type TEXT,"
                    + " created_on_device INTEGER, PRIMARY KEY (client_conversation_id, client_message_id))");
            try (SqliteDb.Insert in = db.insert("conversation", "client_conversation_id", "conversation_type",
                    "conversation_metadata", "creation_timestamp")) {
                in.row(SNAP_DM, 0, participants(SNAP_OWN, SNAP_RAFA), ms("2024-03-12T19:00"));
                in.row(SNAP_GROUP, 1, participants(SNAP_OWN, SNAP_RAFA, SNAP_MARCOS), ms("2024-03-12T19:00"));
            }
            try (SqliteDb.Insert in = db.insert("conversation_message", "client_conversation_id", "client_message_id",
                    "server_message_id", "sender_id", "creation_timestamp", "content_type", "message_content",
                    "created_on_device")) {
                in.row(SNAP_DM, 1, 9001, SNAP_RAFA, ms("2024-03-12T19:30"), 1, text("Já estão em Paris."), 0);
                in.row(SNAP_DM, 2, 9002, SNAP_OWN, ms("2024-03-12T19:32"), 1, text("Perfeito."), 1);
                in.row(SNAP_DM, 3, 9003, SNAP_RAFA, ms("2024-03-12T19:40"), 2, media(), 0);
                in.row(SNAP_GROUP, 1, 9101, SNAP_OWN, ms("2024-03-13T08:00"), 1, text("Marcos leva-os ao hotel."), 1);
                in.row(SNAP_GROUP, 2, 9102, SNAP_MARCOS, ms("2024-03-13T08:10"), 1, text("Ok, 10h."), 0);
            }
            db.finish(true);
        }
        try (SqliteDb db = SqliteDb.create(dir.resolve("main.db"), 1)) {
            db.exec("CREATE TABLE Friend (_id INTEGER PRIMARY KEY AUTOINCREMENT, userId TEXT NOT NULL UNIQUE,"
                    + " username TEXT, displayName TEXT, phone TEXT, birthday INTEGER, addedTimestamp INTEGER,"
                    + " reverseAddedTimestamp INTEGER, friendLinkType INTEGER)");
            try (SqliteDb.Insert in = db.insert("Friend", "_id", "userId", "username", "displayName",
                    "addedTimestamp", "reverseAddedTimestamp", "friendLinkType")) {
                in.row(1, SNAP_OWN, "caio.porto", "Caio", 0, 0, 0);
                in.row(2, SNAP_RAFA, "rafa.paris", "Rafa", ms("2024-03-01T10:00"), ms("2024-03-01T10:05"), 0);
                in.row(3, SNAP_MARCOS, "marcos.entregas", "Marcos", ms("2024-03-02T10:00"), ms("2024-03-02T11:00"), 0);
            }
            db.finish(true);
        }
    }

    /**
     * Threema: its preferences and threema4.db as an extraction that decrypted it holds it (the app
     * keeps it SQLCipher-encrypted), with the tables and columns ALEAPP's Threema module reads.
     */
    private static void threema(Path app) throws IOException, SQLException {
        write(app.resolve("shared_prefs/ch.threema.app_preferences.xml"), """
                <?xml version='1.0' encoding='utf-8' standalone='yes' ?>
                <map>
                    <string name="identity">C4IOPRT9</string>
                    <string name="nickname">Caio</string>
                    <string name="linked_mobile">351927418306</string>
                </map>
                """);
        try (SqliteDb db = SqliteDb.create(app.resolve("databases/threema4.db"), 1)) {
            db.exec("CREATE TABLE contacts (identity VARCHAR PRIMARY KEY, publicKey BLOB, firstName VARCHAR,"
                    + " lastName VARCHAR, publicNickName VARCHAR, verificationLevel INTEGER, dateCreated LONG,"
                    + " acquaintanceLevel INTEGER, isArchived TINYINT)");
            db.exec("CREATE TABLE message (id INTEGER PRIMARY KEY AUTOINCREMENT, uid VARCHAR, apiMessageId VARCHAR,"
                    + " identity VARCHAR, outbox SMALLINT, type INTEGER, body VARCHAR, state VARCHAR, isRead SMALLINT,"
                    + " quotedMessageId VARCHAR, createdAtUtc LONG, deliveredAtUtc LONG, readAtUtc LONG)");
            try (SqliteDb.Insert in = db.insert("contacts", "identity", "firstName", "lastName", "publicNickName",
                    "verificationLevel", "dateCreated", "acquaintanceLevel")) {
                in.row("VELH0SP1", "Velho", null, "J.", 2, ms("2024-02-25T10:00"), 0);
                in.row("MRC0S2PA", null, null, "Marcos", 1, ms("2024-02-26T10:00"), 0);
            }
            try (SqliteDb.Insert in = db.insert("message", "id", "apiMessageId", "identity", "outbox", "type", "body",
                    "isRead", "createdAtUtc")) {
                in.row(1, "a1f0", "VELH0SP1", 0, 0, "Usa só o Threema a partir de agora.", 1, ms("2024-03-15T07:00"));
                in.row(2, "a1f1", "VELH0SP1", 1, 0, "Entendido.", 1, ms("2024-03-15T07:02"));
                in.row(3, "a1f2", "MRC0S2PA", 0, 4, "[48.8566,2.3522,10.0,\"Gare du Nord\",null]", 1,
                        ms("2024-03-15T09:00"));
                in.row(4, "a1f3", "VELH0SP1", 1, 9, "[1,{\"status\":1,\"callId\":417,\"duration\":75}]", 1,
                        ms("2024-03-15T21:00"));
            }
            db.finish(true);
        }
    }

    /** Microsoft Teams on iOS: the Core Data tables and columns iLEAPP's Teams module reads. */
    private static void teams(Path file) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(file, 0)) {
            db.exec("CREATE TABLE ZSMESSAGE (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,"
                    + " ZTS_ISSENTBYME INTEGER, ZTS_MESSAGEBASETYPE INTEGER, ZTS_MESSAGECONTENTTYPE INTEGER,"
                    + " ZARRIVALTIME TIMESTAMP, ZCOMPOSETIME VARCHAR, ZCONTENT VARCHAR, ZFROM VARCHAR,"
                    + " ZIMDISPLAYNAME VARCHAR, ZTHREADID VARCHAR, ZTHREADTYPE VARCHAR, ZTSID VARCHAR)");
            db.exec("CREATE TABLE ZTHREAD (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZTSID VARCHAR,"
                    + " ZTHREADTOPIC VARCHAR)");
            db.exec("CREATE TABLE ZDEVICECONTACTHASH (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,"
                    + " ZDISPLAYNAME VARCHAR, ZEMAIL VARCHAR, ZPHONENUMBER VARCHAR)");
            db.exec("CREATE TABLE ZUSER (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZDISPLAYNAME VARCHAR,"
                    + " ZTELEPHONENUMBER VARCHAR, ZTS_LASTSYNCEDAT TIMESTAMP)");
            String thread = "19:1f2e3d4c5b6a_aa11bb22cc33@unq.gbl.spaces";
            try (SqliteDb.Insert in = db.insert("ZTHREAD", "Z_PK", "ZTSID", "ZTHREADTOPIC")) {
                in.row(1, thread, null);
            }
            try (SqliteDb.Insert in = db.insert("ZSMESSAGE", "Z_PK", "ZTS_ISSENTBYME", "ZARRIVALTIME", "ZCONTENT",
                    "ZFROM", "ZIMDISPLAYNAME", "ZTHREADID", "ZTHREADTYPE", "ZTSID")) {
                in.row(1, 0, cocoa("2024-03-14T09:00"), "<p>Os contratos estão prontos?</p>", TEAMS_MARCOS, "Marcos",
                        thread, "chat", "1710406800000");
                in.row(2, 1, cocoa("2024-03-14T09:03"), "<p>Sim, envio hoje.</p>", TEAMS_OWN, "Caio", thread, "chat",
                        "1710406980000");
            }
            try (SqliteDb.Insert in = db.insert("ZDEVICECONTACTHASH", "Z_PK", "ZDISPLAYNAME", "ZEMAIL", "ZPHONENUMBER")) {
                in.row(1, "Thiago Porto", null, "+351 912 345 678");
                in.row(2, "Rafa", "rafa.teixeira.d01@example.com", null);
            }
            try (SqliteDb.Insert in = db.insert("ZUSER", "Z_PK", "ZDISPLAYNAME", "ZTELEPHONENUMBER")) {
                in.row(1, "Caio", "+351927418306");
            }
            db.finish(true);
        }
    }

    private static double cocoa(String isoMinute) {
        return ms(isoMinute) / 1000.0 - 978_307_200L;
    }

    /** A text message's content: the text at 4 > 4 > 2 > 1. */
    private static byte[] text(String text) {
        UnknownFieldSet leaf = set(1, ByteString.copyFromUtf8(text));
        return set(2, ByteString.copyFromUtf8("m"), 4, set(4, set(2, leaf.toByteString()).toByteString()).toByteString()).toByteArray();
    }

    /** A snap's content: no text at 4 > 4 > 2 > 1. */
    private static byte[] media() {
        return set(4, set(3, ByteString.copyFromUtf8("snap-media-key-7f3a")).toByteString()).toByteArray();
    }

    /** A conversation's metadata: each participant at 3 > 1 > 1 as 16 bytes. */
    private static byte[] participants(String... ids) {
        UnknownFieldSet.Field.Builder entries = UnknownFieldSet.Field.newBuilder();
        for (String id : ids) {
            UUID u = UUID.fromString(id);
            ByteString raw = ByteString.copyFrom(ByteBuffer.allocate(16).putLong(u.getMostSignificantBits())
                    .putLong(u.getLeastSignificantBits()).array());
            entries.addLengthDelimited(set(1, set(1, raw).toByteString()).toByteString());
        }
        return UnknownFieldSet.newBuilder().addField(3, entries.build()).build().toByteArray();
    }

    private static UnknownFieldSet set(int field, ByteString value) {
        return UnknownFieldSet.newBuilder()
                .addField(field, UnknownFieldSet.Field.newBuilder().addLengthDelimited(value).build()).build();
    }

    private static UnknownFieldSet set(int field, ByteString value, int other, ByteString otherValue) {
        return UnknownFieldSet.newBuilder()
                .addField(field, UnknownFieldSet.Field.newBuilder().addLengthDelimited(value).build())
                .addField(other, UnknownFieldSet.Field.newBuilder().addLengthDelimited(otherValue).build()).build();
    }

    private static long ms(String isoMinute) {
        return Story.ms(isoMinute);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String README = """

            ## D20-android-apps3 — WhatsApp Business, imo, LINE, Kik, Truecaller, Snapchat and Threema on Caio's phone

            Made by `Apps3ImageGenerator` (run by `scripts/make-test-images`). `D20-android-apps3.tar` is a
            file-system extraction of Caio's Android phone (a recruiter in Porto, `+351927418306`, not
            seized in D01-D19) holding only these apps, each database with the tables and columns the
            LEAPPs' and Autopsy's modules read:
            - `com.whatsapp.w4b/` (WhatsApp Business, WhatsApp's own schema): `shared_prefs/
              com.whatsapp.w4b_preferences_light.xml` with `registration_jid` `351927418306`;
              `databases/wa.db` with the boss ("Velho SP", number `+55 11 98765-4321`) and Thiago ("Thiago
              Porto", `912 345 678`); `databases/msgstore.db` with two messages with the boss, one to
              Thiago, one from Thiago in the group "Vagas Porto" (the boss and Thiago), WhatsApp's row that
              is no message, and an incoming 212 s video call from the boss.
            - `com.imo.android.imous/databases/accountdb.db`: the account `caio.porto` ("Caio");
              `imofriends.db`: friends the boss (`velho.sp.7731`) and Rafa (`rafa.paris.2210`), the boss'
              number `+55 11 98765-4321` behind his account (`phone_numbers`), three messages
              (`message_type` 1 received, 0 sent; times in nanoseconds).
            - `jp.naver.line.android/databases/naver_line`: contacts Diego (`u4e1d0c9…`) and Lucas
              (`u9a8b7c6…`), the group "Rota Madrid" of both (`membership`), four messages (status 1
              received with `from_mid`, 3 and 7 sent) and one row of `attachement_type` 6;
              `call_history`: an incoming 95 s video call from Diego, an outgoing 40 s voice call to Lucas
              and a group call (`voip_type` G).
            - `kik.android/databases/4886a0b8-….kikDatabase.db`: Bruno (`bruno_rio_sup_k2m@talk.kik.com`,
              username `bruno_rio_sup`), the group `1100012345678_g@groups.kik.com` ("Fornecedores", Bruno
              and Caio, `memberTable`), two messages each way with Bruno and in the group (`was_me`,
              times in ms).
            - `com.truecaller/databases/tc.db`: three caller-ID lookups (`raw_contact` with its `data`
              number rows of `data_type` 4): Rafa's `+33612345678` as "Rafael T.", Marcos' `+33756983142`
              as "Marcos Entregas" and a telemarketer; Truecaller's own copy of one call (`history`).
            - `com.snapchat.android/databases/arroyo.db`: a conversation with Rafa (user id `8a2d4c6e-…`)
              and a group with Rafa and Marcos (`c5e7a9b1-…`), their participants in
              `conversation_metadata` (3 > 1 > 1, 16-byte UUIDs); five messages, four texts
              (`content_type` 1, the text at 4 > 4 > 2 > 1 of `message_content`) and a snap, those
              Caio sent (`3f1c2b7a-…`) marked `created_on_device`; `main.db` `Friend`: Caio's own row
              and Rafa (`rafa.paris`) and Marcos (`marcos.entregas`), added (`addedTimestamp`);
              `shared_prefs/user_session_shared_pref.xml` with Caio's `key_user_id`.
            - `ch.threema.app/`: `shared_prefs/ch.threema.app_preferences.xml` (Threema ID `C4IOPRT9`,
              linked mobile `351927418306`) and `databases/threema4.db` as an extraction that decrypted
              it holds it: contacts the boss (`VELH0SP1`) and Marcos (`MRC0S2PA`); two texts with the
              boss, a location from Marcos and an outgoing 75 s call to the boss (`type` 9).

            `D20-ios-teams/` is Caio's iPhone, a file-system extraction holding only Microsoft Teams
            (`Containers/Shared/AppGroup/<UUID>/SkypeSpacesDogfood/1f2e3d4c/SkypeTeams.sqlite`, the Core
            Data tables iLEAPP reads): a chat with Marcos (`8:orgid:aa11bb22-…`), one message each way
            (`ZTS_ISSENTBYME`, Caio `8:orgid:1f2e3d4c-…`; times in Cocoa seconds); Teams' copy of the
            address book (`ZDEVICECONTACTHASH`) with Thiago's number `+351 912 345 678` and Rafa's e-mail
            `rafa.teixeira.d01@example.com`; Caio's own row in `ZUSER`.
            """;
}
