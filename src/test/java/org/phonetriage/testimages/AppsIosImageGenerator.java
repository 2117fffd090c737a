package org.phonetriage.testimages;

import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Writes D15-ios-apps.tar: Marcos's iPhone (the Paris runner, +33 7 56 98 31 42, seized in this
 * image only) as a full-file-system extraction, with the messengers and second-number apps that
 * hide the crew's contacts: Burner (the API's NSURLCache with a body kept under fsCachedData/),
 * Google Voice (threadingStore.sqlite), WhatsApp Business and WhatsApp side by side (the same
 * ChatStorage/ContactsV2 schemas in two app groups, told apart by each container's metadata plist).
 * Table and column names follow the apps' real stores (as seen in public extractions); the rows are
 * the case's people.
 */
final class AppsIosImageGenerator {

    static final String OWN = "+33756983142";
    static final String BURNER_LINE = "+16465550143";
    static final String VOICE_LINE = "+19295550176";
    static final String BURNER_USER = "5b0e7d1c-3f2a-4c8e-9d61-0a7b2c4e8f13";
    static final String BURNER_ID = "c41f9a20-6d3b-4e7a-8b55-2f1e0d9c7a64";
    private static final String BOSS = "+5511987654321";
    private static final String RAFA = "+33612345678";
    private static final String DIEGO = "+34612345678";
    private static final String THIAGO = "+351912345678";
    private static final long COCOA = 978_307_200L;
    private static final String WAB_GROUP = "D2A4C6E8-1B3D-4F5A-8C7E-9A0B1C2D3E4F";
    private static final String WA_GROUP = "3E5C7A9B-2D4F-4A6C-9E8B-1F0A2B3C4D5E";
    private static final String VOICE_GROUP = "7B9D1F3A-5C7E-4B2D-8F6A-0E1C3D5B7A9C";
    private static final String SIGNAL_GROUP = "4F6A8C0E-2B4D-4E6F-9A1C-3E5B7D9F1A2C";
    private static final String VIBER_GROUP = "5A7C9E1B-3D5F-4B7A-8C2E-4F6A8B0C2D4E";
    private static final String LUCAS = "+34722418809";
    private static final String MESSENGER_APP = "6B8D0F2A-4C6E-4A8B-9D1F-3A5C7E9B1D3F";
    private static final String FB_OWN = "100087654321001";
    private static final String FB_RAFA = "100012345678902";
    private static final String FB_BOSS = "100055544433321";
    private static final String TELEGRAM_GROUP = "8E0A2C4F-6B8D-4F1A-9C3E-5B7D9F1B3C5E";
    private static final String BURNER_APP = "9C1E3A5B-7D9F-4C2E-A4B6-8D0F2A4C6E8B";
    private static final String BODY_FILE = "6A8C0E2B-4D6F-4A1C-8E3B-5D7F9A1C3E5B";

    private AppsIosImageGenerator() {
    }

    /** Writes the image into out; returns its README section. */
    static String generate(Path out, Path staging) throws IOException, SQLException {
        Path var = staging.resolve("d15/filesystem1/private/var");
        Path mobile = var.resolve("mobile");
        commcenter(var);
        burner(mobile.resolve("Containers/Data/Application/" + BURNER_APP + "/Library"));
        googleVoice(mobile.resolve("Containers/Shared/AppGroup/" + VOICE_GROUP));
        Path wab = mobile.resolve("Containers/Shared/AppGroup/" + WAB_GROUP);
        containerMetadata(wab, "group.net.whatsapp.WhatsAppSMB.shared");
        whatsAppBusiness(wab);
        Path wa = mobile.resolve("Containers/Shared/AppGroup/" + WA_GROUP);
        containerMetadata(wa, "group.net.whatsapp.WhatsApp.shared");
        whatsApp(wa);
        signal(mobile.resolve("Containers/Shared/AppGroup/" + SIGNAL_GROUP + "/grdb/signal.sqlite"));
        viber(mobile.resolve("Containers/Shared/AppGroup/" + VIBER_GROUP + "/com.viber/database"));
        messenger(mobile.resolve("Containers/Data/Application/" + MESSENGER_APP
                + "/Documents/lightspeed-userDatabases/" + FB_OWN + ".db"));
        telegram(mobile.resolve("Containers/Shared/AppGroup/" + TELEGRAM_GROUP + "/telegram-data"));
        Path tar = out.resolve("D15-ios-apps.tar");
        Files.deleteIfExists(tar);
        Packager.tar(staging.resolve("d15"), tar);
        return """

                ## D15 — Marcos's iPhone: Burner, Google Voice, WhatsApp Business and WhatsApp

                Made by `AppsIosImageGenerator` (run by `scripts/make-test-images`). `D15-ios-apps.tar`, a
                full-file-system extraction (`filesystem1/private/var/…`) of Marcos's iPhone (the Paris runner,
                `+33756983142`, seized in this image only), with `com.apple.commcenter.plist` (that number, ICCID
                `89330124030005556660`, IMSI `208015556667771`) and four apps:
                - **Burner** (`Containers/Data/Application/…/Library/Caches/com.adhoclabs.burner/Cache.db`, an
                  NSURLCache): the account `5b0e7d1c-…` registered with `+33756983142`; the line `+16465550143`
                  "Linha Paris"; contacts "Chefe" `+5511987654321` and "Rafa" `+33612345678`; the conversation with
                  the boss kept as a body file under `fsCachedData/` (3 texts, an outgoing call, a voicemail left by
                  the boss), its last text cached again inline (read once); an analytics host's entry (not read).
                  `Library/Preferences/com.adhoclabs.burner.plist` names the account (`kDefaultUserId`).
                - **Google Voice** (`threadingStore.sqlite`): own number `+19295550176` (the sender of what was
                  sent); an outgoing call to the boss (120 s), a missed call and a 45 s call from Diego
                  `+34612345678`, a voicemail from the boss, a text to Diego and his reply.
                - **WhatsApp Business** (app group `group.net.whatsapp.WhatsAppSMB.shared`, told by the
                  container's `.com.apple.mobile_container_manager.metadata.plist`): own JID
                  `33756983142@s.whatsapp.net`; a chat with the boss (1 received, 1 sent) and a group "Entregas"
                  with Rafa and Thiago (a message from Thiago); ContactsV2 "Chefe" `+55 11 98765-4321` and
                  "Thiago" `+351 912 345 678`.
                - **WhatsApp** (`group.net.whatsapp.WhatsApp.shared`): one chat with Rafa (1 received).
                - **Signal** (`grdb/signal.sqlite` as a decrypted copy, GRDB tables): a conversation with Rafa
                  (1 received, 1 sent), a missed call from Rafa and an outgoing call to Thiago `+351912345678`,
                  a group "Cais" (Rafa, Thiago, Marcos) with a message from Thiago; recipients Rafa and Thiago
                  with number and account id (ACI), and one known only by its ACI; Rafa's profile name "Rafa T";
                  `keyvalue`: the own number and ACI `0f1e2d3c-…` (TSAccountManager, archived strings).
                - **Viber** (`com.viber/database/Contacts.data` and `Settings.data`, Core Data): own number
                  `+33756983142` and user id `mx7f2k9q`; contact "Lucas Madrid" `+34 722 41 88 09`; a conversation
                  with Lucas `+34722418809` (1 received, 1 sent) and an outgoing call to him (30 s).
                - **Facebook Messenger** (`lightspeed-userDatabases/100087654321001.db`): the own account
                  `100087654321001` (`_user_info`); contacts Rafa `100012345678902` and "Tio" `100055544433321`;
                  a conversation with Rafa (1 received, 1 sent) and a missed audio call from "Tio" (a call notice).
                - **Telegram** (`telegram-data/account-…/postbox/db/db_sqlite` with `.tempkeyEncrypted`): stand-ins
                  for the SQLCipher-encrypted database and its key file (pseudo-random bytes): the key file fails
                  Telegram's own check, so the Postbox is named as not read (D19 holds a real-format one).
                """;
    }

    private static void commcenter(Path var) throws IOException {
        commcenter(var, OWN, SimInfoWriter.withLuhn("8933012403000555666"), "208015556667771");
    }

    /** The carrier plist of a file-system extraction's {@code private/var}: the SIM's number, ICCID and IMSI. */
    static void commcenter(Path var, String number, String iccid, String imsi) throws IOException {
        Path plist = var.resolve("wireless/Library/Preferences/com.apple.commcenter.plist");
        Files.createDirectories(plist.getParent());
        NSDictionary cc = new NSDictionary();
        cc.put("ReportedPhoneNumber", number);
        cc.put("LastKnownICCID", iccid);
        cc.put("imsi", imsi);
        Files.writeString(plist, cc.toXMLPropertyList(), StandardCharsets.UTF_8);
    }

    private static void containerMetadata(Path container, String identifier) throws IOException {
        Files.createDirectories(container);
        NSDictionary meta = new NSDictionary();
        meta.put("MCMMetadataIdentifier", identifier);
        meta.put("MCMMetadataContentClass", 7);
        Files.writeString(container.resolve(".com.apple.mobile_container_manager.metadata.plist"),
                meta.toXMLPropertyList(), StandardCharsets.UTF_8);
    }

    /** Burner's NSURLCache: the API's responses, one body large enough to be kept as a file. */
    private static void burner(Path library) throws IOException, SQLException {
        Path caches = library.resolve("Caches/com.adhoclabs.burner");
        String api = "https://phoenix.burnerapp.com";
        String user = "{\"id\":\"" + BURNER_USER + "\",\"phoneNumber\":\"" + OWN + "\",\"countryCode\":\"FR\","
                + "\"appVersion\":\"5.3.8\",\"dateCreated\":1709251200000,\"platform\":{\"id\":1,\"name\":\"iOS\"}}";
        String line = "[{\"id\":\"" + BURNER_ID + "\",\"phoneNumber\":\"" + BURNER_LINE + "\",\"numberType\":\"StandardNumber\","
                + "\"dateCreated\":1709290800000,\"expirationDate\":1711882800000,"
                + "\"settings\":{\"name\":\"Linha Paris\",\"callRingEnabled\":true}}]";
        String contacts = "[" + contact("a1c3e5f7-0000-4000-8000-000000000001", "Chefe", BOSS) + ","
                + contact("a1c3e5f7-0000-4000-8000-000000000002", "Rafa", RAFA) + "]";
        String last = message("e5000005-0000-4000-8000-000000000005", 2, 2, 1710277500000L, "Amanha cedo", null, null);
        String thread = "[" + last + ","
                + message("e5000004-0000-4000-8000-000000000004", 1, 1, 1710277200000L, "", 21.0,
                        "https://s3.amazonaws.com/burner-voicemail/prod/0d1e2f30.wav") + ","
                + message("e5000003-0000-4000-8000-000000000003", 2, 1, 1710273600000L, "", null, null) + ","
                + message("e5000002-0000-4000-8000-000000000002", 1, 2, 1710270000000L, "Quando chega?", null, null) + ","
                + message("e5000001-0000-4000-8000-000000000001", 2, 2, 1710266400000L, "Cheguei em Paris", null, null)
                + "]";
        Path body = Files.createDirectories(caches.resolve("fsCachedData")).resolve(BODY_FILE);
        Files.writeString(body, thread, StandardCharsets.UTF_8);
        try (SqliteDb db = SqliteDb.create(caches.resolve("Cache.db"), 0)) {
            db.exec("CREATE TABLE cfurl_cache_response(entry_ID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, version INTEGER,"
                    + " hash_value INTEGER, storage_policy INTEGER, request_key TEXT UNIQUE,"
                    + " time_stamp NOT NULL DEFAULT CURRENT_TIMESTAMP, partition TEXT)");
            db.exec("CREATE TABLE cfurl_cache_blob_data(entry_ID INTEGER PRIMARY KEY, response_object BLOB,"
                    + " request_object BLOB, proto_props BLOB, user_info BLOB)");
            db.exec("CREATE TABLE cfurl_cache_receiver_data(entry_ID INTEGER PRIMARY KEY, isDataOnFS INTEGER, receiver_data BLOB)");
            db.exec("CREATE INDEX request_key_index ON cfurl_cache_response(request_key)");
            db.exec("CREATE INDEX time_stamp_index ON cfurl_cache_response(time_stamp)");
            db.exec("CREATE INDEX receiver_data_index ON cfurl_cache_receiver_data(entry_ID)");
            String userPath = api + "/user/" + BURNER_USER;
            Object[][] entries = {
                {"https://sdk.split.io/api/splitChanges?since=-1", "{\"splits\":[],\"since\":-1}", 0},
                {api + "/v2/register/phone", "{\"token\":\"eyJ0eXAi.x.y\",\"user\":" + user + "}", 0},
                {api + "/v3/user/" + BURNER_USER + "/burners", line, 0},
                {userPath + "/contacts?pageSize=200&page=1&named=true", contacts, 0},
                {userPath + "/messages?contactPhoneNumber=%2B5511987654321&burnerId=" + BURNER_ID
                        + "&filtered=false&pageSize=50&page=1", BODY_FILE, 1},
                {userPath + "/messageThreads?filtered=false&pageSize=50&page=1", "[" + last + "]", 0},
            };
            try (SqliteDb.Insert r = db.insert("cfurl_cache_response", "entry_ID", "version", "hash_value",
                    "storage_policy", "request_key", "time_stamp", "partition");
                 SqliteDb.Insert d = db.insert("cfurl_cache_receiver_data", "entry_ID", "isDataOnFS", "receiver_data")) {
                for (int i = 0; i < entries.length; i++) {
                    r.row(i + 1, 0, 1000 + i, 0, entries[i][0], "2024-03-12 21:1" + i + ":00", null);
                    d.row(i + 1, entries[i][2], ((String) entries[i][1]).getBytes(StandardCharsets.UTF_8));
                }
            }
            db.finish(true);
        }
        NSDictionary prefs = new NSDictionary();
        prefs.put("kDefaultUserId", BURNER_USER);
        prefs.put("mostRecentBurnerId", BURNER_ID);
        prefs.put("kBurnerDefaultContactsLoaded", true);
        Path plist = Files.createDirectories(library.resolve("Preferences")).resolve("com.adhoclabs.burner.plist");
        Files.writeString(plist, prefs.toXMLPropertyList(), StandardCharsets.UTF_8);
    }

    private static String contact(String id, String name, String number) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"phoneNumber\":\"" + number + "\",\"userId\":\""
                + BURNER_USER + "\",\"blocked\":false,\"burnerIds\":[],\"dateCreated\":1709300000000}";
    }

    /** A Burner message object: type 1 a call, 2 a text; direction 1 in, 2 out. */
    private static String message(String id, int direction, int type, long created, String text, Double voicemailSeconds,
                                  String voiceUrl) {
        return "{\"id\":\"" + id + "\",\"burnerId\":\"" + BURNER_ID + "\",\"contactPhoneNumber\":\"" + BOSS + "\","
                + "\"direction\":" + direction + ",\"messageType\":" + type + ",\"dateCreated\":" + created + ","
                + "\"message\":\"" + text + "\",\"messageDuration\":" + voicemailSeconds + ",\"duration\":null,"
                + "\"read\":true,\"assetUrl\":null,\"voiceUrl\":" + (voiceUrl == null ? "null" : "\"" + voiceUrl + "\"")
                + ",\"userId\":\"" + BURNER_USER + "\"}";
    }

    /** Google Voice's threadingStore.sqlite, one folder per Google account under Application Support. */
    private static void googleVoice(Path group) throws IOException, SQLException {
        Path file = group.resolve("Library/Application Support/104729385610293847561/threadingStore.sqlite");
        try (SqliteDb db = SqliteDb.create(file, 0)) {
            db.exec("CREATE TABLE Participant(phoneNumberE164 TEXT NOT NULL, isBlocked INTEGER NOT NULL,"
                    + " PRIMARY KEY(phoneNumberE164))");
            db.exec("CREATE TABLE Thread(threadKey TEXT NOT NULL, threadType INTEGER NOT NULL, isUnread INTEGER NOT NULL,"
                    + " isText INTEGER NOT NULL, timestamp REAL NOT NULL, syncTimestamp REAL, isDeleted INTEGER NOT NULL,"
                    + " groupName TEXT, isSuspectedSpam INTEGER NOT NULL,"
                    + " groupSMSSuspectedSpamParticipantsE164Strings TEXT NOT NULL, PRIMARY KEY(threadKey,threadType))");
            db.exec("CREATE TABLE ThreadItem(threadItemKey TEXT NOT NULL, threadFragmentID TEXT, threadItemType INTEGER NOT NULL,"
                    + " sortID INTEGER NOT NULL, remoteThreadItemID TEXT, remoteThreadID TEXT, isUnread INTEGER NOT NULL,"
                    + " messageText TEXT, senderPhoneNumber TEXT, sendingState INTEGER, failureReason INTEGER NOT NULL,"
                    + " messageID INTEGER NOT NULL, isSystemMessage INTEGER NOT NULL, isDeleted INTEGER NOT NULL,"
                    + " ringGroupName TEXT, ringGroupPhoneNumber TEXT, transferredFromE164 TEXT, transferredToE164 TEXT,"
                    + " warmingCallFromE164 TEXT, duration REAL NOT NULL, timestamp REAL NOT NULL, syncTimestamp REAL,"
                    + " itemType TEXT NOT NULL, threadKey TEXT, threadType INTEGER, dndStatus INTEGER,"
                    + " PRIMARY KEY(threadItemKey,threadItemType))");
            db.exec("CREATE TABLE ThreadParticipant(phoneNumberE164 TEXT NOT NULL, threadKey TEXT NOT NULL,"
                    + " threadType INTEGER NOT NULL, PRIMARY KEY(phoneNumberE164,threadKey,threadType))");
            db.exec("CREATE TABLE MMSAttachmentInfo(attachmentKey TEXT NOT NULL, mediaType INTEGER NOT NULL,"
                    + " threadItemKey TEXT NOT NULL, threadItemType INTEGER NOT NULL, attachmentInfoStatus INTEGER NOT NULL,"
                    + " attachmentSource INTEGER NOT NULL, PRIMARY KEY(attachmentKey,attachmentSource))");
            try (SqliteDb.Insert p = db.insert("Participant", "phoneNumberE164", "isBlocked")) {
                p.row(BOSS, 0);
                p.row(DIEGO, 0);
            }
            Object[][] items = {
                // key, thread, sender, type, text, duration, time (UTC)
                {"PCIVOICE01", "c.PCIVOICE01", VOICE_LINE, "OutgoingCall", null, 120.0, "2024-03-11T18:00:00Z", BOSS},
                {"PCIVOICE02", "c.PCIVOICE02", DIEGO, "MissedCall", null, 0.0, "2024-03-11T19:30:00Z", DIEGO},
                {"PCIVOICE03", "c.PCIVOICE03", DIEGO, "IncomingCall", null, 45.0, "2024-03-11T19:35:00Z", DIEGO},
                {"PCIVOICE04", "c.PCIVOICE04", BOSS, "Voicemail", null, 18.0, "2024-03-12T08:05:00Z", BOSS},
                {"a3f9c1d2e4b5", "t." + DIEGO, VOICE_LINE, "SmsOut", "Tudo pronto para sexta", 0.0, "2024-03-12T09:00:00Z", DIEGO},
                {"b4e0d2c3f5a6", "t." + DIEGO, DIEGO, "SmsIn", "Combinado", 0.0, "2024-03-12T09:02:00Z", DIEGO},
            };
            try (SqliteDb.Insert t = db.insert("Thread", "threadKey", "threadType", "isUnread", "isText", "timestamp",
                    "syncTimestamp", "isDeleted", "groupName", "isSuspectedSpam", "groupSMSSuspectedSpamParticipantsE164Strings");
                 SqliteDb.Insert tp = db.insert("ThreadParticipant", "phoneNumberE164", "threadKey", "threadType");
                 SqliteDb.Insert i = db.insert("ThreadItem", "threadItemKey", "threadItemType", "sortID", "isUnread",
                         "messageText", "senderPhoneNumber", "failureReason", "messageID", "isSystemMessage", "isDeleted",
                         "duration", "timestamp", "syncTimestamp", "itemType", "threadKey", "threadType")) {
                String lastThread = null;
                for (Object[] it : items) {
                    double at = Instant.parse((String) it[6]).toEpochMilli() / 1000.0;
                    if (!it[1].equals(lastThread)) {
                        t.row(it[1], 1, 0, it[1].toString().startsWith("t.") ? 1 : 0, at, at + 60, 0, null, 0, "");
                        tp.row(it[7], it[1], 1);
                        lastThread = (String) it[1];
                    }
                    i.row(it[0], 1, (long) (at * 1_000_000), 0, it[4], it[2], 0, 0, 0, 0, it[5], at, at + 60, it[3], it[1], 1);
                }
            }
            db.finish(true);
        }
    }

    /** Signal's GRDB store (decrypted), the tables and columns of its published schema that hold people. */
    private static void signal(Path file) throws IOException, SQLException {
        String rafaAci = "8d3f1c2a-5b6e-4f70-9a81-b2c3d4e5f607";
        String thiagoAci = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
        try (SqliteDb db = SqliteDb.create(file, 0)) {
            db.exec("CREATE TABLE \"model_TSThread\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " \"recordType\" INTEGER NOT NULL, \"uniqueId\" TEXT NOT NULL UNIQUE ON CONFLICT FAIL,"
                    + " \"conversationColorName\" TEXT NOT NULL, \"creationDate\" DOUBLE, \"isArchived\" INTEGER NOT NULL,"
                    + " \"lastInteractionRowId\" INTEGER NOT NULL, \"shouldThreadBeVisible\" INTEGER NOT NULL,"
                    + " \"contactPhoneNumber\" TEXT, \"contactUUID\" TEXT, \"groupModel\" BLOB)");
            db.exec("CREATE TABLE \"model_TSInteraction\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " \"recordType\" INTEGER NOT NULL, \"uniqueId\" TEXT NOT NULL UNIQUE ON CONFLICT FAIL,"
                    + " \"receivedAtTimestamp\" INTEGER NOT NULL, \"timestamp\" INTEGER NOT NULL, \"uniqueThreadId\" TEXT NOT NULL,"
                    + " \"authorPhoneNumber\" TEXT, \"authorUUID\" TEXT, \"body\" TEXT, \"callType\" INTEGER, \"read\" INTEGER)");
            db.exec("CREATE TABLE \"model_SignalRecipient\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " \"recordType\" INTEGER NOT NULL, \"uniqueId\" TEXT NOT NULL UNIQUE ON CONFLICT FAIL,"
                    + " \"devices\" BLOB NOT NULL, \"recipientPhoneNumber\" TEXT, \"recipientUUID\" TEXT)");
            db.exec("CREATE TABLE \"model_OWSUserProfile\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " \"recordType\" INTEGER NOT NULL, \"uniqueId\" TEXT NOT NULL UNIQUE ON CONFLICT FAIL,"
                    + " \"profileName\" TEXT, \"recipientPhoneNumber\" TEXT, \"recipientUUID\" TEXT, \"familyName\" TEXT)");
            db.exec("CREATE TABLE \"model_TSGroupMember\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " \"recordType\" INTEGER NOT NULL, \"uniqueId\" TEXT NOT NULL UNIQUE ON CONFLICT FAIL,"
                    + " \"groupThreadId\" TEXT NOT NULL, \"phoneNumber\" TEXT, \"uuidString\" TEXT,"
                    + " \"lastInteractionTimestamp\" INTEGER NOT NULL DEFAULT 0)");
            db.exec("INSERT INTO model_TSThread (recordType, uniqueId, conversationColorName, isArchived, lastInteractionRowId,"
                    + " shouldThreadBeVisible, contactPhoneNumber, contactUUID) VALUES"
                    + " (27, 'c" + RAFA + "', 'blue', 0, 4, 1, '" + RAFA + "', '" + rafaAci + "'),"
                    + " (27, 'c" + THIAGO + "', 'green', 0, 3, 1, '" + THIAGO + "', '" + thiagoAci + "'),"
                    + " (26, 'gQ2FpczIwMjQ=', 'red', 0, 5, 1, NULL, NULL)");
            try (SqliteDb.Insert i = db.insert("model_TSInteraction", "recordType", "uniqueId", "receivedAtTimestamp",
                    "timestamp", "uniqueThreadId", "authorPhoneNumber", "authorUUID", "body", "callType", "read")) {
                i.row(19, "6C1A0001", ms("2024-03-13T06:00:05Z"), ms("2024-03-13T06:00:00Z"), "c" + RAFA, RAFA, rafaAci,
                        "Amanhã no cais?", null, 1);
                i.row(21, "6C1A0002", ms("2024-03-13T06:02:00Z"), ms("2024-03-13T06:02:00Z"), "c" + RAFA, null, null,
                        "Sim, às 5h", null, 1);
                i.row(20, "6C1A0003", ms("2024-03-13T06:10:00Z"), ms("2024-03-13T06:10:00Z"), "c" + THIAGO, null, null,
                        null, 2, 1);
                i.row(20, "6C1A0004", ms("2024-03-13T06:20:00Z"), ms("2024-03-13T06:20:00Z"), "c" + RAFA, null, null,
                        null, 3, 1);
                i.row(19, "6C1A0005", ms("2024-03-13T07:00:03Z"), ms("2024-03-13T07:00:00Z"), "gQ2FpczIwMjQ=", THIAGO,
                        thiagoAci, "Barco atrasado 1h", null, 0);
            }
            db.exec("INSERT INTO model_SignalRecipient (recordType, uniqueId, devices, recipientPhoneNumber, recipientUUID)"
                    + " VALUES (31, 'R1', x'00', '" + RAFA + "', '" + rafaAci + "'),"
                    + " (31, 'R2', x'00', '" + THIAGO + "', '" + thiagoAci + "'),"
                    + " (31, 'R3', x'00', NULL, '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716')");
            db.exec("INSERT INTO model_OWSUserProfile (recordType, uniqueId, profileName, recipientPhoneNumber, recipientUUID,"
                    + " familyName) VALUES (41, 'P1', 'Rafa', '" + RAFA + "', '" + rafaAci + "', 'T')");
            db.exec("INSERT INTO model_TSGroupMember (recordType, uniqueId, groupThreadId, phoneNumber, uuidString) VALUES"
                    + " (69, 'M1', 'gQ2FpczIwMjQ=', '" + RAFA + "', '" + rafaAci + "'),"
                    + " (69, 'M2', 'gQ2FpczIwMjQ=', '" + THIAGO + "', '" + thiagoAci + "'),"
                    + " (69, 'M3', 'gQ2FpczIwMjQ=', '" + OWN + "', NULL)");
            // SDSKeyValueStore: TSAccountManager's own number and ACI, archived strings
            db.exec("CREATE TABLE \"keyvalue\" (\"collection\" TEXT NOT NULL, \"key\" TEXT NOT NULL,"
                    + " \"value\" BLOB NOT NULL, PRIMARY KEY (\"collection\", \"key\"))");
            try (SqliteDb.Insert kv = db.insert("keyvalue", "collection", "key", "value")) {
                kv.row("TSStorageUserAccountCollection", "TSStorageRegisteredNumberKey", KeyedArchiveWriter.archiveValue(OWN));
                kv.row("TSStorageUserAccountCollection", "TSStorageRegisteredUUIDKey",
                        KeyedArchiveWriter.archiveValue("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"));
                kv.row("TSStorageUserAccountCollection", "TSAccountManager_DeviceId", KeyedArchiveWriter.archiveValue("1"));
            }
            db.finish(true);
        }
    }

    /** Viber's Core Data stores: Contacts.data (address book copy, members, messages, recents), Settings.data. */
    private static void viber(Path database) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(database.resolve("Contacts.data"), 0)) {
            db.exec("CREATE TABLE ZABCONTACT ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZCONTACTID INTEGER,"
                    + " ZMAINNAME VARCHAR, ZPREFIXNAME VARCHAR, ZSUFFIXNAME VARCHAR )");
            db.exec("CREATE TABLE ZABCONTACTNUMBER ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZCONTACT INTEGER,"
                    + " ZCANONIZEDPHONENUM VARCHAR, ZLABEL VARCHAR, ZPHONE VARCHAR )");
            db.exec("CREATE TABLE ZMEMBER ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZDISPLAYFULLNAME VARCHAR,"
                    + " ZDISPLAYSHORTNAME VARCHAR, ZNAME VARCHAR )");
            db.exec("CREATE TABLE ZPHONENUMBER ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZMEMBER INTEGER,"
                    + " ZCANONIZEDPHONENUM VARCHAR, ZPHONE VARCHAR )");
            db.exec("CREATE TABLE ZCONVERSATION ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZBEINGDELETED INTEGER,"
                    + " ZFAVORITE INTEGER, ZINTERLOCUTOR INTEGER, ZTIMEBOMBDURATION INTEGER, ZNAME VARCHAR )");
            db.exec("CREATE TABLE ZVIBERMESSAGE ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZBEINGDELETED INTEGER,"
                    + " ZATTACHMENT INTEGER, ZCONVERSATION INTEGER, ZLOCATION INTEGER, ZPHONENUMINDEX INTEGER,"
                    + " ZDATE TIMESTAMP, ZSTATEDATE TIMESTAMP, ZSTATE VARCHAR, ZSYSTEMTYPE VARCHAR, ZTEXT VARCHAR )");
            db.exec("CREATE TABLE ZRECENT ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZCALLLOGMESSAGE INTEGER,"
                    + " ZRECENTSLINE INTEGER, ZDATE TIMESTAMP, ZDURATION FLOAT, ZCALLTYPE VARCHAR )");
            db.exec("CREATE TABLE ZRECENTSLINE ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZDATE TIMESTAMP,"
                    + " ZCALLTYPE VARCHAR, ZPHONENUMBER VARCHAR )");
            db.exec("INSERT INTO ZABCONTACT VALUES (1, 2, 1, 311, 'Lucas Madrid', NULL, NULL)");
            db.exec("INSERT INTO ZABCONTACTNUMBER VALUES (1, 3, 1, 1, '34722418809', 'mobile', '+34 722 41 88 09')");
            db.exec("INSERT INTO ZMEMBER VALUES (1, 14, 1, 'Lucas Madrid', 'Lucas', 'Lucas')");
            db.exec("INSERT INTO ZPHONENUMBER VALUES (1, 17, 1, 1, '34722418809', '" + LUCAS + "')");
            db.exec("INSERT INTO ZCONVERSATION VALUES (1, 8, 1, 0, 0, 1, 0, NULL)");
            db.exec("INSERT INTO ZVIBERMESSAGE (Z_PK, Z_ENT, Z_OPT, ZBEINGDELETED, ZCONVERSATION, ZPHONENUMINDEX, ZDATE,"
                    + " ZSTATEDATE, ZSTATE, ZSYSTEMTYPE, ZTEXT) VALUES"
                    + " (1, 20, 1, 0, 1, 1, " + cocoa("2024-03-14T16:00:00Z") + ", " + cocoa("2024-03-14T16:00:00Z")
                    + ", 'received', NULL, 'Estou na estação'),"
                    + " (2, 20, 1, 0, 1, NULL, " + cocoa("2024-03-14T16:01:00Z") + ", " + cocoa("2024-03-14T16:01:00Z")
                    + ", 'delivered', NULL, 'Já vou'),"
                    + " (3, 20, 1, 0, 1, NULL, " + cocoa("2024-03-14T16:30:00Z") + ", " + cocoa("2024-03-14T16:30:00Z")
                    + ", 'delivered', 'call', NULL)");
            db.exec("INSERT INTO ZRECENTSLINE VALUES (1, 22, 1, " + cocoa("2024-03-14T16:30:00Z") + ", 'outgoing_viber', '"
                    + LUCAS + "')");
            db.exec("INSERT INTO ZRECENT VALUES (1, 21, 1, 3, 1, " + cocoa("2024-03-14T16:30:00Z") + ", 30.0, 'outgoing_viber')");
            db.finish(true);
        }
        try (SqliteDb db = SqliteDb.create(database.resolve("Settings.data"), 0)) {
            db.exec("CREATE TABLE Data (key TEXT PRIMARY KEY, value)");
            db.exec("INSERT INTO Data VALUES ('_myPhoneNumber', '" + OWN + "'), ('_myCanonizedPhoneNumber', '33756983142'),"
                    + " ('_uid', 'mx7f2k9q'), ('_myCountryCode', 'FR'), ('_appVersion', '21.6')");
            db.finish(true);
        }
    }

    /** Messenger's lightspeed store: messages behind the thread_messages view, contacts, the own account. */
    private static void messenger(Path file) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(file, 0)) {
            db.exec("CREATE TABLE _user_info (facebook_user_id INTEGER PRIMARY KEY, access_token TEXT)");
            db.exec("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, normalized_name_for_search TEXT,"
                    + " profile_picture_url TEXT, is_messenger_user INTEGER)");
            db.exec("CREATE TABLE messages (thread_key INTEGER NOT NULL, message_id TEXT NOT NULL PRIMARY KEY,"
                    + " sender_id INTEGER, text TEXT, timestamp_ms INTEGER, has_attachment INTEGER)");
            db.exec("CREATE VIEW thread_messages AS SELECT * FROM messages");
            db.exec("CREATE TABLE attachments (message_id TEXT, filename TEXT, filesize INTEGER, title_text TEXT,"
                    + " subtitle_text TEXT)");
            db.exec("CREATE TABLE attachment_items (message_id TEXT, title_text TEXT, subtitle_text TEXT)");
            db.exec("INSERT INTO _user_info VALUES (" + FB_OWN + ", NULL)");
            db.exec("INSERT INTO contacts VALUES (" + FB_OWN + ", 'Marcos', 'marcos', 'https://scontent.example/m.jpg', 1),"
                    + " (" + FB_RAFA + ", 'Rafael Teixeira', 'rafael teixeira', 'https://scontent.example/r.jpg', 1),"
                    + " (" + FB_BOSS + ", 'Tio', 'tio', 'https://scontent.example/t.jpg', 1)");
            db.exec("INSERT INTO messages VALUES (" + FB_RAFA + ", 'mid.$cAAA01', " + FB_RAFA + ", 'Vi o anúncio', "
                    + ms("2024-03-09T12:00:00Z") + ", 0),"
                    + " (" + FB_RAFA + ", 'mid.$cAAA02', " + FB_OWN + ", 'Fala comigo no WhatsApp', " + ms("2024-03-09T12:05:00Z")
                    + ", 0),"
                    + " (" + FB_BOSS + ", 'mid.$cAAA03', " + FB_BOSS + ", NULL, " + ms("2024-03-10T22:00:00Z") + ", 1)");
            db.exec("INSERT INTO attachment_items VALUES ('mid.$cAAA03', 'Missed audio call', NULL)");
            db.finish(true);
        }
    }

    /** Telegram's encrypted Postbox: pseudo-random bytes stand in for the SQLCipher pages and the key file. */
    private static void telegram(Path data) throws IOException {
        Path db = Files.createDirectories(data.resolve("account-7391528460213847561/postbox/db")).resolve("db_sqlite");
        Files.write(db, pseudoRandom("telegram-postbox", 8192));
        Files.write(data.resolve(".tempkeyEncrypted"), pseudoRandom("telegram-tempkey", 64));
    }

    /** Deterministic bytes that look encrypted (SHA-256 in counter mode). */
    private static byte[] pseudoRandom(String seed, int length) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] out = new byte[length];
            for (int i = 0; i < length; i += 32) {
                byte[] block = sha.digest((seed + i).getBytes(StandardCharsets.UTF_8));
                System.arraycopy(block, 0, out, i, Math.min(32, length - i));
            }
            return out;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long ms(String utc) {
        return Instant.parse(utc).toEpochMilli();
    }

    private static void chatSchema(SqliteDb db) throws SQLException {
        db.exec("CREATE TABLE ZWACHATSESSION ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZARCHIVED INTEGER,"
                + " ZCONTACTABID INTEGER, ZFLAGS INTEGER, ZHIDDEN INTEGER, ZMESSAGECOUNTER INTEGER, ZREMOVED INTEGER,"
                + " ZSESSIONTYPE INTEGER, ZUNREADCOUNT INTEGER, ZGROUPINFO INTEGER, ZLASTMESSAGE INTEGER,"
                + " ZLASTMESSAGEDATE TIMESTAMP, ZCONTACTIDENTIFIER VARCHAR, ZCONTACTJID VARCHAR, ZLASTMESSAGETEXT VARCHAR,"
                + " ZPARTNERNAME VARCHAR )");
        db.exec("CREATE TABLE ZWAMESSAGE ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZFLAGS INTEGER,"
                + " ZISFROMME INTEGER, ZMESSAGESTATUS INTEGER, ZMESSAGETYPE INTEGER, ZSORT INTEGER, ZSTARRED INTEGER,"
                + " ZCHATSESSION INTEGER, ZGROUPMEMBER INTEGER, ZMEDIAITEM INTEGER, ZMESSAGEDATE TIMESTAMP,"
                + " ZSENTDATE TIMESTAMP, ZFROMJID VARCHAR, ZPUSHNAME VARCHAR, ZSTANZAID VARCHAR, ZTEXT VARCHAR, ZTOJID VARCHAR )");
        db.exec("CREATE TABLE ZWAGROUPMEMBER ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZCONTACTABID INTEGER,"
                + " ZISACTIVE INTEGER, ZISADMIN INTEGER, ZCHATSESSION INTEGER, ZCONTACTIDENTIFIER VARCHAR,"
                + " ZCONTACTNAME VARCHAR, ZFIRSTNAME VARCHAR, ZMEMBERJID VARCHAR )");
    }

    private static void whatsAppBusiness(Path group) throws IOException, SQLException {
        String own = jid(OWN);
        try (SqliteDb db = SqliteDb.create(group.resolve("ChatStorage.sqlite"), 0)) {
            chatSchema(db);
            db.exec("INSERT INTO ZWACHATSESSION (Z_PK, Z_ENT, Z_OPT, ZSESSIONTYPE, ZCONTACTJID, ZPARTNERNAME) VALUES"
                    + " (1, 4, 1, 0, '" + jid(BOSS) + "', 'Chefe'), (2, 4, 1, 1, '120363041234567890@g.us', 'Entregas')");
            db.exec("INSERT INTO ZWAGROUPMEMBER (Z_PK, Z_ENT, Z_OPT, ZISACTIVE, ZCHATSESSION, ZMEMBERJID) VALUES"
                    + " (1, 8, 1, 1, 2, '" + jid(RAFA) + "'), (2, 8, 1, 1, 2, '" + jid(THIAGO) + "')");
            try (SqliteDb.Insert m = db.insert("ZWAMESSAGE", "Z_PK", "Z_ENT", "Z_OPT", "ZISFROMME", "ZMESSAGETYPE",
                    "ZCHATSESSION", "ZGROUPMEMBER", "ZMESSAGEDATE", "ZFROMJID", "ZTOJID", "ZSTANZAID", "ZTEXT")) {
                m.row(1, 9, 1, 0, 0, 1, null, cocoa("2024-03-12T20:15:00Z"), jid(BOSS), own, "3EB0A1", "Chegou a carga?");
                m.row(2, 9, 1, 1, 0, 1, null, cocoa("2024-03-12T20:17:00Z"), null, jid(BOSS), "3EB0A2", "Sim, tudo certo");
                m.row(3, 9, 1, 0, 0, 2, 2, cocoa("2024-03-13T07:40:00Z"), "120363041234567890@g.us", own, "3EB0A3",
                        "Saio de Lisboa hoje");
            }
            db.finish(true);
        }
        try (SqliteDb db = SqliteDb.create(group.resolve("ContactsV2.sqlite"), 0)) {
            db.exec("CREATE TABLE ZWAADDRESSBOOKCONTACT ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,"
                    + " ZPHONESTATUS INTEGER, ZSORT INTEGER, ZABOUTTEXT VARCHAR, ZFULLNAME VARCHAR, ZGIVENNAME VARCHAR,"
                    + " ZIDENTIFIER VARCHAR, ZLOCALIZEDPHONENUMBER VARCHAR, ZPHONENUMBER VARCHAR, ZPHONENUMBERLABEL VARCHAR,"
                    + " ZWHATSAPPID VARCHAR, ZLID VARCHAR )");
            db.exec("INSERT INTO ZWAADDRESSBOOKCONTACT (Z_PK, Z_ENT, Z_OPT, ZPHONESTATUS, ZFULLNAME, ZGIVENNAME, ZPHONENUMBER,"
                    + " ZPHONENUMBERLABEL, ZWHATSAPPID) VALUES"
                    + " (1, 1, 1, 1, 'Chefe', 'Chefe', '+55 11 98765-4321', 'mobile', '" + jid(BOSS) + "'),"
                    + " (2, 1, 1, 1, 'Thiago', 'Thiago', '+351 912 345 678', 'mobile', '" + jid(THIAGO) + "')");
            db.finish(true);
        }
    }

    private static void whatsApp(Path group) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(group.resolve("ChatStorage.sqlite"), 0)) {
            chatSchema(db);
            db.exec("INSERT INTO ZWACHATSESSION (Z_PK, Z_ENT, Z_OPT, ZSESSIONTYPE, ZCONTACTJID, ZPARTNERNAME) VALUES"
                    + " (1, 4, 1, 0, '" + jid(RAFA) + "', 'Rafa')");
            db.exec("INSERT INTO ZWAMESSAGE (Z_PK, Z_ENT, Z_OPT, ZISFROMME, ZMESSAGETYPE, ZCHATSESSION, ZMESSAGEDATE,"
                    + " ZFROMJID, ZTOJID, ZSTANZAID, ZTEXT) VALUES (1, 9, 1, 0, 0, 1, " + cocoa("2024-03-13T10:00:00Z")
                    + ", '" + jid(RAFA) + "', '" + jid(OWN) + "', '3EB0B1', 'Te vejo na estação')");
            db.finish(true);
        }
    }

    private static String jid(String e164) {
        return e164.substring(1) + "@s.whatsapp.net";
    }

    private static long cocoa(String utc) {
        return Instant.parse(utc).getEpochSecond() - COCOA;
    }
}
