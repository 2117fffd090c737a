package org.phonetriage.testimages;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Writes D14-android-apps.tar: Lucas' phone (the driver Madrid-Lisbon, +34 722 41 88 09, not seized
 * in D01-D03) as a file-system extraction holding only messenger apps, each database in the schema
 * the app writes (the columns the LEAPPs, Autopsy and IPED query; JSON where the app keeps JSON):
 * Skype 8 (s4l, and Skype for Android's own database), Burner, Facebook Messenger (threads_db2 and
 * msys_database), Instagram direct and TextNow. The people are the case's; numbers are written as
 * each app writes them.
 */
final class AppsImageGenerator {

    static final String LABEL = "D14-android-apps";
    static final String IOS_LABEL = "D14-ios-skype";

    static final String SKYPE_OWN = "live:.cid.5e1a7c3b9d2f4a60";
    static final String BURNER_LINE = "+13055550147";
    static final String FB_OWN = "100004812345678";
    static final String FB_RAFA = "100003398765432";
    static final String FB_ZE = "100006677889900";
    static final String FB_BRUNO = "100009911223344";
    static final String IG_OWN = "4811223344";
    static final String IG_BRUNO = "5599887766";

    private AppsImageGenerator() {
    }

    /** Writes the image under out (staged in staging) and returns its README section. */
    static String generate(Path out, Path staging) throws IOException, SQLException {
        Path root = staging.resolve(LABEL);
        Packager.deleteRecursively(root);
        Path data = root.resolve("data/data");
        skype(data.resolve("com.skype.raider/databases/s4l-lucas.motorista.db"));
        skypeForAndroid(data.resolve("com.skype.raider/databases/" + SKYPE_OWN));
        burner(data.resolve("com.adhoclabs.burner/databases/burners.sqlite"));
        messengerThreads(data.resolve("com.facebook.orca/databases/threads_db2"));
        messengerMsys(data.resolve("com.facebook.orca/databases/msys_database_" + FB_OWN));
        instagram(data.resolve("com.instagram.android/databases/direct.db"));
        textNow(data.resolve("com.enflick.android.TextNow/databases/textnow_data.db"));
        Path target = out.resolve(LABEL + ".tar");
        Packager.deleteRecursively(target);
        Packager.tar(root, target);
        Path ios = staging.resolve(IOS_LABEL);
        Packager.deleteRecursively(ios);
        skypeLegacy(ios.resolve("private/var/mobile/Containers/Data/Application/6F1D2C3B-4A5E-4F60-9A7B-8C9D0E1F2A3B"
                + "/Library/Application Support/Skype/lucas.motorista/main.db"));
        Path iosTarget = out.resolve(IOS_LABEL);
        Packager.deleteRecursively(iosTarget);
        Packager.folder(ios, iosTarget);
        return README;
    }

    /** Skype up to 7 (main.db), here on Lucas' old iPhone: the columns the parsers and plaso read. */
    private static void skypeLegacy(Path file) throws IOException, SQLException {
        SqliteDb db = SqliteDb.create(file, 0);
        db.exec("CREATE TABLE Accounts (id INTEGER NOT NULL PRIMARY KEY, is_permanent INTEGER, status INTEGER,"
                + " skypename TEXT, fullname TEXT, country TEXT, phone_home TEXT, phone_office TEXT, phone_mobile TEXT,"
                + " emails TEXT, liveid_membername TEXT)");
        db.exec("CREATE TABLE Contacts (id INTEGER NOT NULL PRIMARY KEY, is_permanent INTEGER, type INTEGER,"
                + " skypename TEXT, pstnnumber TEXT, fullname TEXT, phone_home TEXT, phone_office TEXT, phone_mobile TEXT,"
                + " displayname TEXT, given_displayname TEXT, assigned_phone1 TEXT, assigned_phone1_label TEXT,"
                + " assigned_phone2 TEXT, assigned_phone2_label TEXT, assigned_phone3 TEXT, assigned_phone3_label TEXT)");
        db.exec("CREATE TABLE Conversations (id INTEGER NOT NULL PRIMARY KEY, is_permanent INTEGER, identity TEXT,"
                + " type INTEGER, displayname TEXT, given_displayname TEXT)");
        db.exec("CREATE TABLE Participants (id INTEGER NOT NULL PRIMARY KEY, is_permanent INTEGER, convo_id INTEGER,"
                + " identity TEXT, rank INTEGER)");
        db.exec("CREATE TABLE Messages (id INTEGER NOT NULL PRIMARY KEY, is_permanent INTEGER, convo_id INTEGER,"
                + " chatname TEXT, author TEXT, from_dispname TEXT, dialog_partner TEXT, timestamp INTEGER, type INTEGER,"
                + " chatmsg_type INTEGER, body_xml TEXT, identities TEXT, guid BLOB)");
        db.exec("CREATE TABLE SMSes (id INTEGER NOT NULL PRIMARY KEY, is_permanent INTEGER, type INTEGER, status INTEGER,"
                + " price INTEGER, target_numbers TEXT, body TEXT, timestamp INTEGER, chatmsg_id INTEGER)");
        db.exec("CREATE TABLE Transfers (id INTEGER NOT NULL PRIMARY KEY, is_permanent INTEGER, type INTEGER,"
                + " partner_handle TEXT, partner_dispname TEXT, status INTEGER, failurereason INTEGER, starttime INTEGER,"
                + " finishtime INTEGER, filepath TEXT, filename TEXT, filesize TEXT, chatmsg_guid BLOB, chatmsg_index INTEGER,"
                + " convo_id INTEGER, accepttime INTEGER)");
        db.exec("CREATE TABLE Calls (id INTEGER NOT NULL PRIMARY KEY, is_permanent INTEGER, begin_timestamp INTEGER,"
                + " host_identity TEXT, duration INTEGER, is_incoming INTEGER, is_conference INTEGER, pstn_number TEXT,"
                + " partner_handle TEXT, partner_dispname TEXT)");
        db.exec("CREATE TABLE CallMembers (id INTEGER NOT NULL PRIMARY KEY, is_permanent INTEGER, identity TEXT,"
                + " dispname TEXT, call_duration INTEGER, type INTEGER, status INTEGER, start_timestamp INTEGER,"
                + " call_db_id INTEGER)");
        db.exec("INSERT INTO Accounts (id, skypename, fullname, phone_mobile, emails, liveid_membername) VALUES"
                + " (1, 'lucas.motorista', 'Lucas Andrade', '+34 722 41 88 09', 'lucas.motorista.d14@example.com', NULL)");
        try (SqliteDb.Insert in = db.insert("Contacts", "id", "type", "skypename", "pstnnumber", "fullname", "displayname",
                "phone_mobile")) {
            in.row(1, 1, "velho.sp", null, "O Velho", "Velho", null);
            in.row(2, 2, null, "+5521998765432", null, "Bruno Rio", null);
        }
        try (SqliteDb.Insert in = db.insert("Conversations", "id", "identity", "type", "displayname")) {
            in.row(1, "velho.sp", 1, "Velho");
        }
        try (SqliteDb.Insert in = db.insert("Participants", "id", "convo_id", "identity")) {
            in.row(1, 1, "lucas.motorista");
            in.row(2, 1, "velho.sp");
        }
        try (SqliteDb.Insert in = db.insert("Messages", "id", "convo_id", "author", "from_dispname", "dialog_partner",
                "timestamp", "type", "chatmsg_type", "body_xml")) {
            in.row(1, 1, "velho.sp", "Velho", "velho.sp", ms("2024-02-20T20:00") / 1000, 61, 3, "Tens carta de condução?");
            in.row(2, 1, "lucas.motorista", "Lucas Andrade", "velho.sp", ms("2024-02-20T20:03") / 1000, 61, 3, "Tenho.");
        }
        // an SMS Skype sent to Bruno's number (SkypeKit type 2, outgoing) and a file Velho sent, completed (status 8)
        try (SqliteDb.Insert in = db.insert("SMSes", "id", "type", "status", "target_numbers", "body", "timestamp")) {
            in.row(1, 2, 6, "+5521998765432", "Chego no Rio sexta.", ms("2024-02-22T15:50") / 1000);
        }
        try (SqliteDb.Insert in = db.insert("Transfers", "id", "type", "partner_handle", "partner_dispname", "status",
                "starttime", "filename", "filesize", "convo_id")) {
            in.row(1, 1, "velho.sp", "Velho", 8, ms("2024-02-20T20:10") / 1000, "rota_marco.pdf", "48213", 1);
        }
        try (SqliteDb.Insert in = db.insert("Calls", "id", "begin_timestamp", "host_identity", "duration", "is_incoming",
                "pstn_number")) {
            in.row(1, ms("2024-02-21T10:00") / 1000, "velho.sp", 300, 1, null);
            in.row(2, ms("2024-02-22T16:00") / 1000, "lucas.motorista", 45, 0, "+5521998765432");
        }
        try (SqliteDb.Insert in = db.insert("CallMembers", "id", "identity", "dispname", "call_duration", "type", "status",
                "start_timestamp", "call_db_id")) {
            in.row(1, "velho.sp", "Velho", 300, 1, 6, ms("2024-02-21T10:00") / 1000, 1);
            in.row(2, "+5521998765432", "Bruno Rio", 45, 2, 6, ms("2024-02-22T16:00") / 1000, 2);
        }
        db.finish(true);
    }

    private static long ms(String isoMinute) {
        return Story.ms(isoMinute);
    }

    /** Skype 8: every table a key (nsp_pk) and a JSON document (nsp_data). */
    private static void skype(Path file) throws IOException, SQLException {
        SqliteDb db = SqliteDb.create(file, 0);
        db.exec("CREATE TABLE internaldata (nsp_pk TEXT PRIMARY KEY, nsp_data TEXT)");
        db.exec("CREATE TABLE profilecachev8 (nsp_pk TEXT PRIMARY KEY, nsp_data TEXT)");
        db.exec("CREATE TABLE profilecachev8_phoneNumbersIndex (nsp_key TEXT, nsp_refpk TEXT)");
        db.exec("CREATE TABLE messagesv12 (nsp_pk TEXT PRIMARY KEY, nsp_data TEXT, nsp_i_convidcreatedtime TEXT,"
                + " nsp_i_convidcountscreatedtime TEXT, nsp_i_convidmymessagecreatedtime TEXT)");
        db.exec("CREATE TABLE conversationsv14 (nsp_pk TEXT PRIMARY KEY, nsp_data TEXT, nsp_i_convHlRecentsTimestamp TEXT,"
                + " nsp_i_convHlHasUnread TEXT, nsp_i_convNeedsSync TEXT)");
        db.exec("CREATE TABLE calllogs (nsp_pk TEXT PRIMARY KEY, nsp_data TEXT)");
        try (SqliteDb.Insert in = db.insert("internaldata", "nsp_pk", "nsp_data")) {
            in.row("Cpriv_prefs_v2", "{\"id\":\"priv_prefs_v2\",\"value\":{\"locale\":\"pt-BR\",\"timezone\":\"Europe/Madrid\","
                    + "\"primaryMemberName\":\"" + SKYPE_OWN + "\",\"skypeName\":\"" + SKYPE_OWN + "\"}}");
            in.row("Cpriv_myuserstore", "{\"id\":\"priv_myuserstore\",\"value\":{\"msaCid\":\"5e1a7c3b9d2f4a60\","
                    + "\"msaId\":\"lucas.motorista.d14@example.com\"}}");
        }
        try (SqliteDb.Insert in = db.insert("profilecachev8", "nsp_pk", "nsp_data")) {
            in.row("C8:" + SKYPE_OWN, "{\"mri\":\"8:" + SKYPE_OWN + "\",\"fullName\":\"Lucas Andrade\","
                    + "\"phones\":[{\"number\":\"+34722418809\",\"type\":\"mobile\"}]}");
            in.row("C8:velho.sp", "{\"mri\":\"8:velho.sp\",\"fullName\":\"O Velho\",\"displayNameOverride\":\"Velho\","
                    + "\"phones\":[{\"number\":\"+55 11 98765-4321\",\"type\":\"mobile\"}]}");
            in.row("C8:live:.cid.d1e90f0a2b3c4d5e", "{\"mri\":\"8:live:.cid.d1e90f0a2b3c4d5e\",\"firstName\":\"Diego\","
                    + "\"lastName\":\"Moura\",\"phones\":[{\"number\":\"+34 612 34 56 78\",\"type\":\"mobile\"}]}");
            in.row("C4:+351912345678", "{\"mri\":\"4:+351912345678\",\"displayNameOverride\":\"Thiago PT\"}");
        }
        String group = "19:6c0fd5e4b3a2417f9e8d7c6b5a493827@thread.skype";
        try (SqliteDb.Insert in = db.insert("conversationsv14", "nsp_pk", "nsp_data")) {
            in.row("C8:velho.sp", "{\"conv\":{\"id\":\"8:velho.sp\"}}");
            in.row("C" + group, "{\"conv\":{\"id\":\"" + group + "\",\"_threadProps\":{\"topic\":\"Rota Lisboa\"},"
                    + "\"_threadMembers\":[{\"id\":\"8:" + SKYPE_OWN + "\"},{\"id\":\"8:velho.sp\"},"
                    + "{\"id\":\"8:live:.cid.d1e90f0a2b3c4d5e\"}]}}");
        }
        try (SqliteDb.Insert in = db.insert("messagesv12", "nsp_pk", "nsp_data")) {
            in.row("M1", skypeMessage("1", "8:velho.sp", "8:velho.sp", 0, "Amanhã cedo em Badajoz.", ms("2024-03-08T21:00")));
            in.row("M2", skypeMessage("2", "8:velho.sp", "8:" + SKYPE_OWN, 1, "Combinado.", ms("2024-03-08T21:02")));
            in.row("M3", skypeMessage("3", group, "8:live:.cid.d1e90f0a2b3c4d5e", 0, "Carga pronta.", ms("2024-03-09T07:30")));
            in.row("M4", skypeMessage("4", group, "8:" + SKYPE_OWN, 1, "Saio às 8.", ms("2024-03-09T07:31")));
        }
        try (SqliteDb.Insert in = db.insert("calllogs", "nsp_pk", "nsp_data")) {
            in.row("C1", "{\"callId\":\"c1\",\"callDirection\":\"outgoing\",\"callState\":\"accepted\",\"callType\":\"twoParty\","
                    + "\"originatorParticipant\":{\"id\":\"8:" + SKYPE_OWN + "\"},"
                    + "\"targetParticipant\":{\"id\":\"4:+351912345678\",\"displayName\":\"Thiago PT\"},"
                    + "\"startTime\":\"2024-03-09T10:00:00.000Z\",\"connectTime\":\"2024-03-09T10:00:05.000Z\","
                    + "\"endTime\":\"2024-03-09T10:01:40.000Z\"}");
            in.row("C2", "{\"callId\":\"c2\",\"callDirection\":\"incoming\",\"callState\":\"missed\",\"callType\":\"twoParty\","
                    + "\"originatorParticipant\":{\"id\":\"8:velho.sp\",\"displayName\":\"Velho\"},"
                    + "\"targetParticipant\":{\"id\":\"8:" + SKYPE_OWN + "\"},"
                    + "\"startTime\":\"2024-03-09T23:15:00.000Z\",\"endTime\":\"2024-03-09T23:15:30.000Z\"}");
        }
        db.finish(true);
    }

    /** Skype 8 for Android's own database, named after the account (user, person, particiapnt, chatItem). */
    private static void skypeForAndroid(Path file) throws IOException, SQLException {
        SqliteDb db = SqliteDb.create(file, 0);
        db.exec("CREATE TABLE user (entry_id TEXT PRIMARY KEY, first_name TEXT, last_name TEXT, avatar_url TEXT)");
        db.exec("CREATE TABLE person (entry_id TEXT PRIMARY KEY, first_name TEXT, last_name TEXT, avatar_url TEXT,"
                + " is_blocked INTEGER)");
        db.exec("CREATE TABLE particiapnt (conversation_id TEXT, person_id TEXT, role INTEGER)");
        db.exec("CREATE TABLE chatItem (id INTEGER PRIMARY KEY, conversation_link TEXT, person_id TEXT, content TEXT,"
                + " time INTEGER, is_sender_me INTEGER, message_type INTEGER, duration INTEGER, device_gallery_path TEXT)");
        db.exec("INSERT INTO user VALUES ('8:" + SKYPE_OWN + "', 'Lucas', 'Andrade', NULL)");
        String ze = "8:live:.cid.0e5a11bb22cc33dd";
        String group = "19:2b7e151628aed2a6abf7158809cf4f3c@thread.skype";
        try (SqliteDb.Insert in = db.insert("person", "entry_id", "first_name", "last_name")) {
            in.row("8:velho.sp", "Velho", null);
            in.row(ze, "Zé", "Carrinha");
        }
        try (SqliteDb.Insert in = db.insert("particiapnt", "conversation_id", "person_id")) {
            in.row(group, "8:velho.sp");
            in.row(group, ze);
            in.row(group, "8:" + SKYPE_OWN);
        }
        try (SqliteDb.Insert in = db.insert("chatItem", "id", "conversation_link", "person_id", "content", "time",
                "is_sender_me", "message_type", "duration")) {
            in.row(1, ze, ze, "A carrinha tem pneu novo.", ms("2024-03-16T09:00"), 0, 1, 0);
            in.row(2, group, "8:" + SKYPE_OWN, "Reunião às 10.", ms("2024-03-16T09:10"), 1, 1, 0);
            in.row(3, "8:velho.sp", "8:" + SKYPE_OWN, null, ms("2024-03-16T11:00"), 1, 3, 120_000);
        }
        db.finish(true);
    }

    private static String skypeMessage(String id, String conversation, String creator, int mine, String text, long created) {
        return "{\"cuid\":\"" + id + "\",\"conversationId\":\"" + conversation + "\",\"creator\":\"" + creator
                + "\",\"_isMyMessage\":" + mine + ",\"messagetype\":\"RichText\",\"content\":\"" + text
                + "\",\"createdTime\":" + created + "}";
    }

    /** Burner: the schema of the app's burners.sqlite (as in plaso's real sample). */
    private static void burner(Path file) throws IOException, SQLException {
        SqliteDb db = SqliteDb.create(file, 0);
        db.exec("CREATE TABLE android_metadata (locale TEXT)");
        db.exec("CREATE TABLE messages(_id integer primary key autoincrement, message_id text not null unique, state integer"
                + " default 0, message text not null, contact_phone_number text not null, connected integer default 0,"
                + " message_type integer not null, contact_burner_id text, voice_url text, date_created integer not null,"
                + " last_updated_date integer not null, read integer default 0, user_id text not null, sid text,"
                + " burner_id text not null, duration integer, direction integer not null, asset_url text,"
                + " send_status integer default 0 )");
        db.exec("CREATE TABLE burners(_id integer primary key autoincrement, burner_id text not null unique,"
                + " phone_number_id text not null, voicemail_url text, user_id text not null, name text, alias text,"
                + " features text not null, total_minutes integer not null, remaining_minutes integer not null,"
                + " total_texts integer not null, remaining_texts integer not null, expiration_date integer not null,"
                + " ringer integer default 1, notifications integer default 1, disabled integer default 0,"
                + " date_created integer not null, last_updated_date integer)");
        db.exec("CREATE TABLE contacts(_id integer primary key autoincrement, contact_id text not null unique, name text"
                + " not null, phone_number text not null, burner_id text, date_created integer not null,"
                + " last_updated_date integer not null, blocked integer default 0, muted integer default 0, notes text,"
                + " images text)");
        db.exec("INSERT INTO android_metadata VALUES ('pt_BR')");
        String user = "9b0c4f6e-1d2a-4e3b-8c5d-7a6f5e4d3c2b";
        String line = "2f8e6d4c-0b1a-4c9d-8e7f-6a5b4c3d2e1f";
        try (SqliteDb.Insert in = db.insert("burners", "_id", "burner_id", "phone_number_id", "user_id", "name", "features",
                "total_minutes", "remaining_minutes", "total_texts", "remaining_texts", "expiration_date", "date_created",
                "last_updated_date")) {
            in.row(1, line, BURNER_LINE, user, "Corre", "[{\"featureName\":\"mms\",\"id\":5}]", 50, 41, 100, 93,
                    ms("2024-04-01T00:00"), ms("2024-03-01T00:00"), ms("2024-03-01T00:00"));
        }
        try (SqliteDb.Insert in = db.insert("contacts", "_id", "contact_id", "name", "phone_number", "burner_id",
                "date_created", "last_updated_date")) {
            in.row(1, "c-boss", "Velho", "+5511987654321", line, ms("2024-03-01T10:00"), ms("2024-03-01T10:00"));
            in.row(2, "c-marcos", "+33756983142", "+33756983142", line, ms("2024-03-02T10:00"), ms("2024-03-02T10:00"));
        }
        try (SqliteDb.Insert in = db.insert("messages", "_id", "message_id", "state", "message", "contact_phone_number",
                "connected", "message_type", "date_created", "last_updated_date", "read", "user_id", "burner_id",
                "duration", "direction")) {
            in.row(1, "m1", 1, "Novo número. Só por aqui.", "+5511987654321", 0, 2, ms("2024-03-01T10:05"),
                    ms("2024-03-01T10:05"), 1, user, line, 0, 2);
            in.row(2, "m2", 1, "Ok.", "+5511987654321", 0, 2, ms("2024-03-01T10:09"), ms("2024-03-01T10:09"), 1, user,
                    line, 0, 1);
            in.row(3, "m3", 3, "", "+33756983142", 1, 1, ms("2024-03-10T19:00"), ms("2024-03-10T19:00"), 1, user, line,
                    64, 2);
        }
        db.finish(true);
    }

    /** Facebook Messenger's threads_db2 (to 2020): users as FACEBOOK:<id>, the sender as JSON. */
    private static void messengerThreads(Path file) throws IOException, SQLException {
        SqliteDb db = SqliteDb.create(file, 0);
        db.exec("CREATE TABLE thread_users (user_key TEXT PRIMARY KEY, first_name TEXT, last_name TEXT, name TEXT,"
                + " username TEXT, is_messenger_user INTEGER, is_friend INTEGER)");
        db.exec("CREATE TABLE threads (thread_key TEXT PRIMARY KEY, name TEXT, timestamp_ms INTEGER)");
        db.exec("CREATE TABLE thread_participants (thread_key TEXT, user_key TEXT, type TEXT)");
        db.exec("CREATE TABLE messages (msg_id TEXT PRIMARY KEY, thread_key TEXT, action_id INTEGER, text TEXT,"
                + " sender TEXT, timestamp_ms INTEGER, timestamp_sent_ms INTEGER, msg_type INTEGER,"
                + " message_replied_to_id TEXT, attachments TEXT, generic_admin_message_extensible_data TEXT)");
        try (SqliteDb.Insert in = db.insert("thread_users", "user_key", "first_name", "last_name", "name", "is_friend")) {
            in.row("FACEBOOK:" + FB_OWN, "Lucas", "Andrade", "Lucas Andrade", 0);
            in.row("FACEBOOK:" + FB_RAFA, "Rafa", "Teixeira", "Rafa Teixeira", 1);
            in.row("FACEBOOK:" + FB_ZE, "Zé", "Carrinha", "Zé Carrinha", 1);
        }
        String one = "ONE_TO_ONE:" + FB_RAFA + ":" + FB_OWN;
        String group = "GROUP:8855443322110";
        try (SqliteDb.Insert in = db.insert("threads", "thread_key", "name", "timestamp_ms")) {
            in.row(one, null, ms("2024-03-05T18:01"));
            in.row(group, "Carrinha", ms("2024-03-06T08:00"));
        }
        try (SqliteDb.Insert in = db.insert("thread_participants", "thread_key", "user_key", "type")) {
            in.row(one, "FACEBOOK:" + FB_RAFA, "PARTICIPANT");
            in.row(one, "FACEBOOK:" + FB_OWN, "PARTICIPANT");
            in.row(group, "FACEBOOK:" + FB_OWN, "PARTICIPANT");
            in.row(group, "FACEBOOK:" + FB_RAFA, "PARTICIPANT");
            in.row(group, "FACEBOOK:" + FB_ZE, "PARTICIPANT");
        }
        try (SqliteDb.Insert in = db.insert("messages", "msg_id", "thread_key", "text", "sender", "timestamp_ms", "msg_type")) {
            in.row("mid.1", one, "Chegaste?", fbSender(FB_RAFA, "Rafa Teixeira"), ms("2024-03-05T18:00"), 0);
            in.row("mid.2", one, "Quase.", fbSender(FB_OWN, "Lucas Andrade"), ms("2024-03-05T18:01"), 0);
            in.row("mid.3", group, "A carrinha está pronta.", fbSender(FB_ZE, "Zé Carrinha"), ms("2024-03-06T08:00"), 0);
            in.row("mid.4", group, null, null, ms("2024-03-06T08:00"), -1);
        }
        // Rafa's 62 s audio call, ended at 18:30: an admin message with the call's JSON
        try (SqliteDb.Insert in = db.insert("messages", "msg_id", "thread_key", "text", "sender", "timestamp_ms", "msg_type",
                "generic_admin_message_extensible_data")) {
            in.row("mid.5", one, "Rafa called you.", fbSender(FB_RAFA, "Rafa Teixeira"), ms("2024-03-05T18:30"), 9,
                    "{\"call_duration\":62,\"caller_id\":\"" + FB_RAFA + "\",\"video\":false}");
        }
        db.finish(true);
    }

    private static String fbSender(String id, String name) {
        return "{\"email\":\"" + id + "@facebook.com\",\"user_key\":\"FACEBOOK:" + id + "\",\"name\":\"" + name + "\"}";
    }

    /** Facebook Messenger's msys_database_<own id> (2020 on): numeric ids, thread_type 1 a one-to-one thread. */
    private static void messengerMsys(Path file) throws IOException, SQLException {
        SqliteDb db = SqliteDb.create(file, 0);
        db.exec("CREATE TABLE contacts (id INTEGER PRIMARY KEY, profile_picture_url TEXT, name TEXT, username TEXT,"
                + " first_name TEXT, contact_type INTEGER)");
        db.exec("CREATE TABLE threads (thread_key INTEGER PRIMARY KEY, thread_type INTEGER, thread_name TEXT,"
                + " last_activity_timestamp_ms INTEGER)");
        db.exec("CREATE TABLE participants (thread_key INTEGER, contact_id INTEGER, read_watermark_timestamp_ms INTEGER,"
                + " PRIMARY KEY (thread_key, contact_id))");
        db.exec("CREATE TABLE messages (thread_key INTEGER, timestamp_ms INTEGER, message_id TEXT PRIMARY KEY,"
                + " offline_threading_id TEXT, sender_id INTEGER, text TEXT, reply_source_id TEXT)");
        db.exec("CREATE TABLE logging_events_v2 (event_id INTEGER PRIMARY KEY, event TEXT)");
        db.exec("CREATE TABLE call_log (call_id TEXT PRIMARY KEY, thread_key INTEGER, call_timestamp_ms INTEGER,"
                + " call_duration INTEGER, call_direction INTEGER, call_media_type INTEGER, has_been_seen INTEGER)");
        long own = Long.parseLong(FB_OWN);
        long rafa = Long.parseLong(FB_RAFA);
        long bruno = Long.parseLong(FB_BRUNO);
        try (SqliteDb.Insert in = db.insert("contacts", "id", "name", "username", "first_name", "contact_type")) {
            in.row(own, "Lucas Andrade", null, "Lucas", 1);
            in.row(rafa, "Rafa Teixeira", null, "Rafa", 1);
            in.row(bruno, "Bruno Rio", "bruno.rio.sup", "Bruno", 1);
        }
        try (SqliteDb.Insert in = db.insert("threads", "thread_key", "thread_type", "thread_name", "last_activity_timestamp_ms")) {
            in.row(rafa, 1, null, ms("2024-03-12T20:01"));
            in.row(bruno, 1, null, ms("2024-03-13T09:00"));
        }
        try (SqliteDb.Insert in = db.insert("participants", "thread_key", "contact_id")) {
            in.row(rafa, rafa);
            in.row(rafa, own);
            in.row(bruno, bruno);
            in.row(bruno, own);
        }
        try (SqliteDb.Insert in = db.insert("messages", "thread_key", "timestamp_ms", "message_id", "offline_threading_id",
                "sender_id", "text")) {
            in.row(rafa, ms("2024-03-12T20:00"), "mid.$a1", "7151000000000000001", rafa, "Tudo certo em Paris.");
            in.row(rafa, ms("2024-03-12T20:01"), "mid.$a2", "7151000000000000002", own, "Bom.");
            in.row(bruno, ms("2024-03-13T09:00"), "mid.$a3", "7151000000000000003", own, "Manda a lista.");
            // not yet sent: the app's own copy carries the offline id as its message id
            in.row(bruno, ms("2024-03-13T09:01"), "7151000000000000004", "7151000000000000004", own, "…");
        }
        // a 30 s video call Lucas placed to Bruno (direction 1 outgoing, media type 2 video)
        try (SqliteDb.Insert in = db.insert("call_log", "call_id", "thread_key", "call_timestamp_ms", "call_duration",
                "call_direction", "call_media_type", "has_been_seen")) {
            in.row("c.1", bruno, ms("2024-03-13T09:05"), 30, 1, 2, 1);
        }
        db.finish(true);
    }

    /** Instagram's direct.db: the session's user, threads and messages as JSON. */
    private static void instagram(Path file) throws IOException, SQLException {
        SqliteDb db = SqliteDb.create(file, 0);
        db.exec("CREATE TABLE session (user_id TEXT)");
        db.exec("CREATE TABLE threads (_id INTEGER PRIMARY KEY, thread_id TEXT, thread_info TEXT)");
        db.exec("CREATE TABLE messages (_id INTEGER PRIMARY KEY, user_id TEXT, thread_id TEXT, timestamp INTEGER,"
                + " message_type TEXT, text TEXT, message TEXT)");
        db.exec("INSERT INTO session VALUES ('" + IG_OWN + "')");
        String thread = "340282366841710300949128171234567890";
        try (SqliteDb.Insert in = db.insert("threads", "_id", "thread_id", "thread_info")) {
            in.row(1, thread, "{\"thread_id\":\"" + thread + "\",\"thread_v2_id\":\"17849000000000001\","
                    + "\"thread_title\":\"bruno_rio_sup\",\"inviter\":{\"pk_id\":\"" + IG_OWN + "\",\"username\":"
                    + "\"lucas.na.estrada\",\"full_name\":\"Lucas\"},\"recipients\":[{\"pk_id\":\"" + IG_BRUNO + "\","
                    + "\"username\":\"bruno_rio_sup\",\"full_name\":\"Bruno Fornecedor\"}]}");
        }
        try (SqliteDb.Insert in = db.insert("messages", "_id", "user_id", "thread_id", "timestamp", "message_type", "text",
                "message")) {
            long t1 = ms("2024-02-22T14:00") * 1000;
            long t2 = ms("2024-02-22T14:05") * 1000;
            in.row(1, IG_BRUNO, thread, t1, "text", "Tenho o que pediste.", igMessage("1", IG_BRUNO, thread, t1,
                    "Tenho o que pediste."));
            in.row(2, IG_OWN, thread, t2, "text", "Liga para o Velho.", igMessage("2", IG_OWN, thread, t2,
                    "Liga para o Velho."));
        }
        db.finish(true);
    }

    private static String igMessage(String id, String user, String thread, long micros, String text) {
        return "{\"item_id\":\"" + id + "\",\"item_type\":\"text\",\"user_id\":" + user + ",\"timestamp\":\"" + micros
                + "\",\"thread_key\":{\"thread_id\":\"" + thread + "\"},\"text\":\"" + text + "\"}";
    }

    /** TextNow's textnow_data.db: contacts, groups and messages keyed by contact_value (E.164). */
    private static void textNow(Path file) throws IOException, SQLException {
        SqliteDb db = SqliteDb.create(file, 0);
        db.exec("CREATE TABLE contacts (_id INTEGER PRIMARY KEY, contact_value TEXT, contact_type INTEGER,"
                + " contact_name TEXT, contact_uri TEXT)");
        db.exec("CREATE TABLE groups (_id INTEGER PRIMARY KEY, contact_value TEXT, title TEXT)");
        db.exec("CREATE TABLE group_members (_id INTEGER PRIMARY KEY, contact_value TEXT, member_contact_value TEXT,"
                + " member_display_name TEXT)");
        db.exec("CREATE TABLE messages (_id INTEGER PRIMARY KEY, message_id INTEGER, contact_value TEXT, contact_type"
                + " INTEGER, contact_name TEXT, message_direction INTEGER, message_type INTEGER, message_text TEXT,"
                + " date INTEGER, read INTEGER, attach TEXT)");
        String group = "group_77310";
        try (SqliteDb.Insert in = db.insert("contacts", "_id", "contact_value", "contact_type", "contact_name")) {
            in.row(1, "+351912345678", 2, "Thiago");
            in.row(2, "+351936402718", 2, "+351936402718");
            in.row(3, group, 5, "Lisboa");
        }
        try (SqliteDb.Insert in = db.insert("groups", "_id", "contact_value", "title")) {
            in.row(1, group, "Lisboa");
        }
        try (SqliteDb.Insert in = db.insert("group_members", "_id", "contact_value", "member_contact_value")) {
            in.row(1, group, "+351912345678");
            in.row(2, group, "+351936402718");
        }
        try (SqliteDb.Insert in = db.insert("messages", "_id", "message_id", "contact_value", "contact_type",
                "message_direction", "message_type", "message_text", "date", "read")) {
            in.row(1, 1001, "+351912345678", 2, 2, 1, "Chego ao porto às 6.", ms("2024-03-14T22:00"), 1);
            in.row(2, 1002, "+351912345678", 2, 1, 1, "Portão 3.", ms("2024-03-14T22:04"), 1);
            in.row(3, 1003, group, 5, 2, 1, "Tudo pronto?", ms("2024-03-15T05:30"), 1);
            in.row(4, 1004, "+351936402718", 2, 1, 100, "42", ms("2024-03-15T05:40"), 1);
        }
        db.finish(true);
    }

    private static final String README = """

            ## D14-android-apps — messenger apps on Lucas' phone

            Made by `AppsImageGenerator` (run by `scripts/make-test-images`). `D14-android-apps.tar` is a
            file-system extraction of Lucas' Android phone (the driver Madrid-Lisbon, `+34722418809`, not
            seized in D01-D03) holding only messenger apps, each in the schema the app writes:
            - `com.skype.raider/databases/s4l-lucas.motorista.db` (Skype 8): the account
              `live:.cid.5e1a7c3b9d2f4a60` (internaldata `priv_prefs_v2`) signed in as
              `lucas.motorista.d14@example.com`, its own profile with `+34722418809`; profiles of the boss
              (`velho.sp`, phone `+55 11 98765-4321`), Diego (`live:.cid.d1e90f0a2b3c4d5e`,
              `+34 612 34 56 78`) and Thiago as a phone contact (`4:+351912345678`); two messages with the
              boss and two in the group "Rota Lisboa" (boss, Diego, Lucas); an outgoing PSTN call to
              Thiago (95 s) and a missed call from the boss.
            - `com.skype.raider/databases/live:.cid.5e1a7c3b9d2f4a60` (Skype 8 for Android's own database,
              tables `user`, `person`, `particiapnt`, `chatItem`): the same account; the boss and Zé
              (`live:.cid.0e5a11bb22cc33dd`); a message from Zé, one to a group of the boss and Zé, and a
              120 s call to the boss (message_type 3, duration in ms).
            - `com.adhoclabs.burner/databases/burners.sqlite`: the burner line `+13055550147` ("Corre"),
              an own number of Lucas; contacts Velho (`+5511987654321`) and Marcos (`+33756983142`, no
              name: the app writes the number as the name); two texts with the boss and an outgoing
              64 s call to Marcos through the line.
            - `com.facebook.orca/databases/threads_db2`: Lucas is `FACEBOOK:100004812345678`; a one-to-one
              thread with Rafa (`100003398765432`) and the group "Carrinha" with Rafa and Zé
              (`100006677889900`); three messages, one empty `msg_type -1` row and Rafa's 62 s call (an admin
              message with the call's JSON).
            - `com.facebook.orca/databases/msys_database_100004812345678`: the same account and Rafa's
              same id, plus Bruno (`100009911223344`, username `bruno.rio.sup`); three messages and one
              unsent copy (message_id = offline_threading_id); `call_log`: a 30 s video call to Bruno.
            - `com.instagram.android/databases/direct.db`: the session's user `4811223344`; a thread with
              Bruno (`5599887766`, `bruno_rio_sup`); one message each way (times in microseconds).
            - `com.enflick.android.TextNow/databases/textnow_data.db`: Thiago (`+351912345678`), Zé
              (`+351936402718`) and the group "Lisboa" of both; three texts (one to the group) and one
              incoming 42 s call from Zé (message_type 100).

            `D14-ios-skype/` is Lucas' old iPhone, a file-system extraction holding only legacy Skype
            (`Library/Application Support/Skype/lucas.motorista/main.db`, Skype up to 7): the account
            `lucas.motorista` with its mobile `+34 722 41 88 09` and e-mail, contacts the boss (`velho.sp`)
            and Bruno as a phone contact (`pstnnumber` `+5521998765432`), two messages with the boss, an
            incoming 300 s call from the boss and an outgoing 45 s PSTN call to Bruno; an SMS Skype sent to
            Bruno (`SMSes`) and a file the boss sent, `rota_marco.pdf` (`Transfers`, no chat message).
            """;
}
