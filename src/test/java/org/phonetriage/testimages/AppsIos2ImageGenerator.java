package org.phonetriage.testimages;

import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes D18-ios-apps2.tar: Lucas's iPhone (the Madrid-Lisbon driver's second line 'Curro',
 * +34 698 13 57 24, which Diego's phone D02 holds) as a full-file-system extraction with Instagram direct: the
 * DirectSQLiteDatabase of the signed-in account, its tables and columns as the app's store has them
 * (threads.viewer_id, threads.metadata and messages.archive as NSKeyedArchiver archives, with the
 * class and key names of IGUser and IGDirectPublishedMessage). The people are the case's: the boss
 * and the lieutenants Rafa and Thiago, by their Instagram accounts.
 */
final class AppsIos2ImageGenerator {

    static final String OWN = "+34698135724";
    static final String IG_OWN = "61234509876";
    static final String IG_BOSS = "5511000111";
    static final String IG_RAFA = "48213377951";
    static final String IG_THIAGO = "39120045612";
    private static final String INSTAGRAM_APP = "2C4E6A8B-0D2F-4B6C-8E0A-1C3E5A7B9D1F";
    private static final String DM_BOSS = "340282366841710300949128171234567801";
    private static final String DM_GROUP = "340282366841710300949128171234567802";

    private AppsIos2ImageGenerator() {
    }

    /** Writes the image into out; returns its README section. */
    static String generate(Path out, Path staging) throws IOException, SQLException {
        Path var = staging.resolve("d18/filesystem1/private/var");
        commcenter(var);
        Path container = var.resolve("mobile/Containers/Data/Application/" + INSTAGRAM_APP);
        Files.createDirectories(container);
        NSDictionary meta = new NSDictionary();
        meta.put("MCMMetadataIdentifier", "com.burbn.instagram");
        meta.put("MCMMetadataContentClass", 2);
        Files.writeString(container.resolve(".com.apple.mobile_container_manager.metadata.plist"),
                meta.toXMLPropertyList(), StandardCharsets.UTF_8);
        instagram(container.resolve("Library/Application Support/DirectSQLiteDatabase/" + IG_OWN + ".db"));
        Path tar = out.resolve("D18-ios-apps2.tar");
        Files.deleteIfExists(tar);
        Packager.tar(staging.resolve("d18"), tar);
        return """

                ## D18 — Lucas's iPhone: Instagram direct

                Made by `AppsIos2ImageGenerator` (run by `scripts/make-test-images`). `D18-ios-apps2.tar`, a
                full-file-system extraction of the driver Lucas's iPhone on his second line (`+34698135724` in
                `com.apple.commcenter.plist`, the number Diego's phone D02 holds as LUCAS_2), with **Instagram**
                (`Containers/Data/Application/…/Library/Application Support/DirectSQLiteDatabase/61234509876.db`,
                container `com.burbn.instagram`; the rows are NSKeyedArchiver archives): the signed-in account
                `61234509876` (`threads.viewer_id`); a thread with the boss `5511000111` "tio.sp" (1 received,
                1 sent) and a group with Rafa `48213377951` "rafa.tx" (an older IGUser with its fields inline) and
                Thiago `39120045612` "thiago.lx" (a later IGUser with a userDict) holding a text from Rafa and
                Thiago's video call notice; one message row whose archive is damaged (counted as not read).
                TextNow on iOS is not in this image: no public description of its store was found.
                """;
    }

    private static void commcenter(Path var) throws IOException {
        AppsIosImageGenerator.commcenter(var, OWN, SimInfoWriter.withLuhn("8934016031000777888"), "214016037778881");
    }

    private static void instagram(Path file) throws IOException, SQLException {
        try (SqliteDb db = SqliteDb.create(file, 0)) {
            db.exec("CREATE TABLE threads ( thread_id TEXT UNIQUE NOT NULL, thread_id_v2 TEXT, viewer_id TEXT NOT NULL,"
                    + " metadata BLOB, thread_messages_range BLOB, visual_message_info BLOB,"
                    + " row_id INTEGER PRIMARY KEY AUTOINCREMENT)");
            db.exec("CREATE TABLE messages ( message_id TEXT NOT NULL, thread_id TEXT NOT NULL, archive BLOB NOT NULL,"
                    + " class_name TEXT NOT NULL, row_id INTEGER PRIMARY KEY AUTOINCREMENT)");
            db.exec("CREATE TABLE mutations ( mutation_id TEXT UNIQUE NOT NULL, archive BLOB NOT NULL,"
                    + " row_id INTEGER PRIMARY KEY AUTOINCREMENT)");
            db.exec("CREATE TABLE quick_reply ( quickReplyId TEXT, shortcut TEXT, message TEXT,"
                    + " row_id INTEGER PRIMARY KEY AUTOINCREMENT)");
            try (SqliteDb.Insert t = db.insert("threads", "thread_id", "thread_id_v2", "viewer_id", "metadata")) {
                t.row(DM_BOSS, null, IG_OWN, KeyedArchiveWriter.archive(thread(List.of(
                        inlineUser(IG_BOSS, "tio.sp", "Tio SP")), null)));
                t.row(DM_GROUP, null, IG_OWN, KeyedArchiveWriter.archive(thread(List.of(
                        inlineUser(IG_RAFA, "rafa.tx", "Rafael Teixeira"),
                        dictUser(IG_THIAGO, "thiago.lx", "Thiago Ferreira")), inlineUser(IG_RAFA, "rafa.tx",
                        "Rafael Teixeira"))));
            }
            try (SqliteDb.Insert m = db.insert("messages", "message_id", "thread_id", "archive", "class_name")) {
                m.row("31000001", DM_BOSS, message(IG_BOSS, DM_BOSS, "2024-03-15T10:00:00Z", text("Tem lugar no carro?")),
                        "IGDirectPublishedMessage");
                m.row("31000002", DM_BOSS, message(IG_OWN, DM_BOSS, "2024-03-15T10:03:00Z", text("Tem, sábado")),
                        "IGDirectPublishedMessage");
                m.row("31000003", DM_GROUP, message(IG_RAFA, DM_GROUP, "2024-03-15T11:00:00Z", text("Grupo novo, só aqui")),
                        "IGDirectPublishedMessage");
                Map<String, Object> call = new LinkedHashMap<>();
                call.put("$class", "IGDirectThreadActivityAnnouncement");
                call.put("NSString*voipTitle", "Thiago started a video chat");
                call.put("NSString*videoCallId", "18031234567890123");
                Map<String, Object> content = new LinkedHashMap<>();
                content.put("$class", "IGDirectPublishedMessageContent");
                content.put("IGDirectThreadActivityAnnouncement*threadActivity", call);
                m.row("31000004", DM_GROUP, message(IG_THIAGO, DM_GROUP, "2024-03-15T11:30:00Z", content),
                        "IGDirectPublishedMessage");
                m.row("31000005", DM_GROUP, "bplist00-truncated".getBytes(StandardCharsets.US_ASCII),
                        "IGDirectPublishedMessage");
            }
            db.finish(true);
        }
    }

    private static Map<String, Object> thread(List<Map<String, Object>> users, Map<String, Object> inviter) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("$class", "IGDirectThreadMetadata");
        t.put("NSArray<IGUser *>*users", users);
        if (inviter != null) {
            t.put("IGUser*inviter", inviter);
        }
        return t;
    }

    /** An IGUser of older app versions: pk, username and full name as its own fields. */
    private static Map<String, Object> inlineUser(String pk, String username, String fullName) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("$class", "IGUser");
        u.put("pk", pk);
        u.put("username", username);
        u.put("fullName", fullName);
        return u;
    }

    /** An IGUser of later app versions: its fields in userDict. */
    private static Map<String, Object> dictUser(String pk, String username, String fullName) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("$class", "IGUser");
        u.put("NSDictionary<NSString *, id>*userDict", keyed(Map.of("pk", pk, "username", username, "full_name", fullName)));
        return u;
    }

    private static Map<String, Object> text(String s) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("$class", "IGDirectPublishedMessageContent");
        c.put("NSString*string", s);
        return c;
    }

    private static byte[] message(String sender, String thread, String utc, Map<String, Object> content) throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("$class", "IGDirectPublishedMessageMetadata");
        meta.put("NSString*senderPk", sender);
        meta.put("NSString*threadId", thread);
        meta.put("NSDate*serverTimestamp", Instant.parse(utc));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("$class", "IGDirectPublishedMessage");
        m.put("IGDirectPublishedMessageMetadata*metadata", meta);
        m.put("IGDirectPublishedMessageContent*content", content);
        m.put("NSArray<IGDirectMessageReaction *>*reactions", List.of());
        return KeyedArchiveWriter.archive(m);
    }

    /** An NSDictionary in keyed form (NS.keys and NS.objects), keys sorted so the bytes are stable. */
    private static Map<String, Object> keyed(Map<String, String> values) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("$class", "NSDictionary");
        List<String> keys = values.keySet().stream().sorted().toList();
        d.put("NS.keys", keys);
        d.put("NS.objects", keys.stream().map(values::get).toList());
        return d;
    }
}
