package org.phonetriage.testimages;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes three iPhone images of one phone — Paco's (the Madrid taxi driver of the story,
 * +34 655 901 442), who drove Diego and took calls from Lucas — in the layouts examiners receive:
 * <ul>
 * <li>D10-ios-backup/ — an iTunes/Finder backup: Manifest.db naming each file
 * ({@code fileID = SHA-1(domain-relativePath)}, content at {@code xx/fileID}), Info.plist,
 * Manifest.plist, Status.plist;
 * <li>D11-ios-encrypted/ — the same backup encrypted with the password {@value #PASSWORD}
 * ({@link EncryptedBackupWriter});
 * <li>D12-ios-ffs.tar — a full-file-system extraction under a vendor prefix
 * ({@code filesystem1/private/var/…}).
 * </ul>
 * The databases follow the real schemas' names (sms.db with chats and a body only in
 * attributedBody's typedstream, AddressBook.sqlitedb, CallHistory.storedata) and the
 * commcenter plist gives the own identifiers in the FFS.
 */
final class IosImageGenerator {

    static final String PASSWORD = "phonetriage-demo"; // as D04: one --password opens both
    private static final long COCOA = 978_307_200L; // 2001-01-01 in Unix seconds

    private IosImageGenerator() {
    }

    /** Writes the three images into out; returns their README section. */
    static String generate(Path out, Path staging) throws IOException, SQLException {
        Path phone = staging.resolve("ios-phone");
        Map<String, Path> files = writePhone(phone);

        Path backup = out.resolve("D10-ios-backup");
        Packager.deleteRecursively(backup);
        writeBackup(files, backup);
        Path encrypted = out.resolve("D11-ios-encrypted");
        Packager.deleteRecursively(encrypted);
        EncryptedBackupWriter.encrypt(backup, encrypted, PASSWORD, 2026);
        setTimes(encrypted);

        Path ffs = staging.resolve("ffs");
        for (Map.Entry<String, Path> f : files.entrySet()) {
            Path target = ffs.resolve("filesystem1/private/var/mobile").resolve(f.getKey().substring(f.getKey()
                    .indexOf('/') + 1));
            Files.createDirectories(target.getParent());
            Files.copy(f.getValue(), target);
        }
        Path commcenter = ffs.resolve("filesystem1/private/var/wireless/Library/Preferences/com.apple.commcenter.plist");
        Files.createDirectories(commcenter.getParent());
        NSDictionary cc = new NSDictionary();
        cc.put("ReportedPhoneNumber", "+34655901442");
        cc.put("LastKnownICCID", "89340723101234567893");
        cc.put("imsi", "214071234567890");
        Files.writeString(commcenter, cc.toXMLPropertyList(), StandardCharsets.UTF_8);
        writeUnreadApp(ffs.resolve("filesystem1/private/var"));
        Path tar = out.resolve("D12-ios-ffs.tar");
        Files.deleteIfExists(tar);
        Packager.tar(ffs, tar);
        return """

                ## D10, D11, D12 — one iPhone as a backup, an encrypted backup and a file-system extraction

                Made by `IosImageGenerator` (run by `scripts/make-test-images`). Paco's iPhone (the Madrid taxi
                driver, +34 655 901 442): `sms.db` with 3 messages in 2 chats — an iMessage from Diego
                `+34612345678` with a photo attached (`image/jpeg`, `IMG_2041.jpeg`), a reply to him, and an SMS from Lucas `+34722418809` whose `text` is NULL and
                whose body (`Preciso de um táxi às 6h`) is only in `attributedBody`'s typedstream;
                `AddressBook.sqlitedb` with 2 people ("Diego Cliente" `+34 612 34 56 78` Mobile, and "Lucas"
                `722 41 88 09` iPhone); `CallHistory.storedata` with a received call from `+34722418809`
                (ES, 62 s) and a missed FaceTime audio call from `+34612345678`.
                - `D10-ios-backup/` — an unencrypted iTunes/Finder backup: Manifest.db names every file;
                  Info.plist (Device Name `iPhone de Paco`, Product Type `iPhone12,1`, Serial `F17ZX0YZN72J`,
                  phone number `+34 655 90 14 42`), Manifest.plist, Status.plist.
                - `D11-ios-encrypted/` — the same backup encrypted (keybag, PBKDF2-SHA256 then PBKDF2-SHA1
                  with low iteration counts, AES key wrap, AES-256-CBC); password **`phonetriage-demo`** (as D04).
                - `D12-ios-ffs.tar` — the same databases in a full-file-system tar under the vendor prefix
                  `filesystem1/private/var/mobile/…`, with `com.apple.commcenter.plist` (number
                  `+34655901442`, ICCID `89340723101234567893`, IMSI `214071234567890`). It also holds files no
                  parser reads, for the report's "Not read" section: a second-line app's `lines.sqlite` in its
                  `Library/Caches` (`lines` 1 row, `texts` 3 rows), its preferences plist (3 keys) and an XML
                  file (root `sync`) — all three listed — and, only counted, its bundle's `Info.plist`
                  (bundle) and two photo thumbnails (thumbnail).
                """;
    }

    /**
     * An app no parser knows (a second-line app), for the "Not read" listing: a database in its
     * Caches folder, a preferences plist and an XML file are listed; its bundle's Info.plist and the
     * photo thumbnails are only counted.
     */
    private static void writeUnreadApp(Path var) throws IOException, SQLException {
        Path data = var.resolve("mobile/Containers/Data/Application/6F1C2B8E-0D4A-4E55-9B3F-2A7C1D9E5B40/Library");
        Path db = Files.createDirectories(data.resolve("Caches/com.example.secondline")).resolve("lines.sqlite");
        try (SqliteDb lines = SqliteDb.create(db, 0)) {
            lines.exec("CREATE TABLE lines (id INTEGER PRIMARY KEY, number TEXT, name TEXT)");
            lines.exec("CREATE TABLE texts (id INTEGER PRIMARY KEY, line_id INTEGER, peer TEXT, body TEXT, sent_at INTEGER)");
            lines.exec("INSERT INTO lines VALUES (1, '+34644120987', 'Taxi line')");
            lines.exec("INSERT INTO texts VALUES (1, 1, '+34612345678', 'Recogida a las 7', 1710054000),"
                    + " (2, 1, '+34612345678', 'Vale', 1710054060), (3, 1, '+34722418809', 'Mañana 6h', 1710097200)");
            lines.finish(true);
        }
        NSDictionary prefs = new NSDictionary();
        prefs.put("activeLine", "+34644120987");
        prefs.put("lastSync", "2024-03-10T21:05:00Z");
        prefs.put("userId", "paco-7731");
        Path plist = Files.createDirectories(data.resolve("Preferences")).resolve("com.example.secondline.plist");
        Files.writeString(plist, prefs.toXMLPropertyList(), StandardCharsets.UTF_8);
        Path xml = Files.createDirectories(data.resolve("Application Support/com.example.secondline")).resolve("sync.xml");
        Files.writeString(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sync version=\"2\">\n"
                + "  <line number=\"+34644120987\" lastSync=\"2024-03-10T21:05:00Z\"/>\n</sync>\n", StandardCharsets.UTF_8);
        Path bundle = Files.createDirectories(var.resolve(
                "containers/Bundle/Application/0B9D7E21-5C3A-4F6E-8D12-9A4B3C2E1F07/SecondLine.app"));
        NSDictionary info = new NSDictionary();
        info.put("CFBundleIdentifier", "com.example.secondline");
        info.put("CFBundleName", "SecondLine");
        Files.writeString(bundle.resolve("Info.plist"), info.toXMLPropertyList(), StandardCharsets.UTF_8);
        Path thumbs = Files.createDirectories(var.resolve("mobile/Media/PhotoData/Thumbnails/V2/DCIM/100APPLE"));
        // the smallest JFIF header a type detector recognises; the pictures themselves do not matter
        byte[] jpeg = HexFormat.of().parseHex("FFD8FFE000104A46494600010100000100010000FFD9");
        Files.write(thumbs.resolve("IMG_0001.JPG.5005.JPG"), jpeg);
        Files.write(thumbs.resolve("IMG_0002.JPG.5005.JPG"), jpeg);
    }

    /** The phone's databases, by domain path. */
    private static Map<String, Path> writePhone(Path root) throws IOException, SQLException {
        Map<String, Path> files = new LinkedHashMap<>();
        Path sms = root.resolve("sms.db");
        try (SqliteDb db = SqliteDb.create(sms, 0)) {
            db.exec("CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, id TEXT NOT NULL,"
                    + " country TEXT, service TEXT NOT NULL, uncanonicalized_id TEXT)");
            db.exec("CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL,"
                    + " text TEXT, handle_id INTEGER DEFAULT 0, service TEXT, date INTEGER, is_from_me INTEGER DEFAULT 0,"
                    + " attributedBody BLOB, cache_has_attachments INTEGER DEFAULT 0)");
            db.exec("CREATE TABLE chat (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL,"
                    + " chat_identifier TEXT, service_name TEXT)");
            db.exec("CREATE TABLE chat_handle_join (chat_id INTEGER, handle_id INTEGER, UNIQUE(chat_id, handle_id))");
            db.exec("CREATE TABLE chat_message_join (chat_id INTEGER, message_id INTEGER, message_date INTEGER DEFAULT 0,"
                    + " PRIMARY KEY (chat_id, message_id))");
            db.exec("INSERT INTO handle (id, country, service) VALUES ('+34612345678', 'es', 'iMessage'),"
                    + " ('+34722418809', 'es', 'SMS')");
            db.exec("INSERT INTO chat (guid, chat_identifier, service_name) VALUES"
                    + " ('iMessage;-;+34612345678', '+34612345678', 'iMessage'), ('SMS;-;+34722418809', '+34722418809', 'SMS')");
            db.exec("INSERT INTO chat_handle_join VALUES (1, 1), (2, 2)");
            try (SqliteDb.Insert m = db.insert("message", "guid", "text", "handle_id", "service", "date", "is_from_me",
                    "attributedBody")) {
                m.row("A1", "Estou na porta do hotel", 1, "iMessage", nanos("2024-03-09T07:55:00"), 0, null);
                m.row("A2", "Chego em 5 minutos", 1, "iMessage", nanos("2024-03-09T07:56:00"), 1, null);
                m.row("A3", null, 2, "SMS", nanos("2024-03-10T21:00:00"), 0, typedstream("Preciso de um táxi às 6h"));
            }
            db.exec("INSERT INTO chat_message_join VALUES (1, 1, 0), (1, 2, 0), (2, 3, 0)");
            db.exec("CREATE TABLE attachment (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL,"
                    + " filename TEXT, mime_type TEXT, transfer_name TEXT, total_bytes INTEGER DEFAULT 0)");
            db.exec("CREATE TABLE message_attachment_join (message_id INTEGER, attachment_id INTEGER,"
                    + " UNIQUE(message_id, attachment_id))");
            db.exec("INSERT INTO attachment (guid, filename, mime_type, transfer_name, total_bytes) VALUES ('AT1',"
                    + " '~/Library/SMS/Attachments/4a/10/AT1/IMG_2041.jpeg', 'image/jpeg', 'IMG_2041.jpeg', 182734)");
            db.exec("INSERT INTO message_attachment_join VALUES (1, 1)");
            db.finish(true);
        }
        files.put("HomeDomain/Library/SMS/sms.db", sms);

        Path ab = root.resolve("AddressBook.sqlitedb");
        try (SqliteDb db = SqliteDb.create(ab, 0)) {
            db.exec("CREATE TABLE ABPerson (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, First TEXT, Last TEXT,"
                    + " Organization TEXT, Nickname TEXT)");
            db.exec("CREATE TABLE ABMultiValue (UID INTEGER PRIMARY KEY, record_id INTEGER, property INTEGER,"
                    + " identifier INTEGER, label INTEGER, value TEXT)");
            db.exec("CREATE TABLE ABMultiValueLabel (value TEXT, UNIQUE(value))");
            db.exec("INSERT INTO ABMultiValueLabel (value) VALUES ('_$!<Mobile>!$_'), ('iPhone')");
            db.exec("INSERT INTO ABPerson (First, Last) VALUES ('Diego', 'Cliente'), ('Lucas', NULL)");
            db.exec("INSERT INTO ABMultiValue (record_id, property, identifier, label, value) VALUES"
                    + " (1, 3, 0, 1, '+34 612 34 56 78'), (2, 3, 0, 2, '722 41 88 09')");
            db.finish(true);
        }
        files.put("HomeDomain/Library/AddressBook/AddressBook.sqlitedb", ab);

        Path calls = root.resolve("CallHistory.storedata");
        try (SqliteDb db = SqliteDb.create(calls, 0)) {
            db.exec("CREATE TABLE ZCALLRECORD (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,"
                    + " ZANSWERED INTEGER, ZCALLTYPE INTEGER, ZORIGINATED INTEGER, ZDATE TIMESTAMP, ZDURATION FLOAT,"
                    + " ZADDRESS VARCHAR, ZISO_COUNTRY_CODE VARCHAR, ZNAME VARCHAR, ZSERVICE_PROVIDER VARCHAR)");
            db.exec("INSERT INTO ZCALLRECORD VALUES (1, 2, 1, 1, 1, 0, " + seconds("2024-03-11T06:40:00")
                    + ", 62.0, '+34722418809', 'es', NULL, 'com.apple.Telephony'),"
                    + " (2, 2, 1, 0, 16, 0, " + seconds("2024-03-11T09:15:00") + ", 0.0, '+34612345678', 'es', NULL,"
                    + " 'com.apple.FaceTime')");
            db.finish(true);
        }
        files.put("HomeDomain/Library/CallHistoryDB/CallHistory.storedata", calls);
        return files;
    }

    private static void writeBackup(Map<String, Path> files, Path backup) throws IOException, SQLException {
        Files.createDirectories(backup);
        try (SqliteDb db = SqliteDb.create(backup.resolve("Manifest.db"), 0)) {
            db.exec("CREATE TABLE Files (fileID TEXT PRIMARY KEY, domain TEXT, relativePath TEXT, flags INTEGER,"
                    + " file BLOB)");
            db.exec("CREATE TABLE Properties (key TEXT PRIMARY KEY, value BLOB)");
            try (SqliteDb.Insert ins = db.insert("Files", "fileID", "domain", "relativePath", "flags", "file")) {
                for (Map.Entry<String, Path> f : files.entrySet()) {
                    String domain = f.getKey().substring(0, f.getKey().indexOf('/'));
                    String relative = f.getKey().substring(domain.length() + 1);
                    String id = sha1(domain + "-" + relative);
                    Path content = Files.createDirectories(backup.resolve(id.substring(0, 2))).resolve(id);
                    Files.copy(f.getValue(), content);
                    ins.row(id, domain, relative, 1, null);
                }
            }
            db.finish(true);
        }
        NSDictionary info = new NSDictionary();
        info.put("Device Name", "iPhone de Paco");
        info.put("Display Name", "iPhone de Paco");
        info.put("Product Type", "iPhone12,1");
        info.put("Product Version", "17.4.1");
        info.put("Build Version", "21E236");
        info.put("Serial Number", "F17ZX0YZN72J");
        info.put("Phone Number", "+34 655 90 14 42");
        info.put("ICCID", "89340723101234567893");
        info.put("IMEI", "356728114523489");
        info.put("Installed Applications", new NSArray(new NSString("net.whatsapp.WhatsApp"),
                new NSString("ph.telegra.Telegraph")));
        Files.writeString(backup.resolve("Info.plist"), info.toXMLPropertyList(), StandardCharsets.UTF_8);
        NSDictionary manifest = new NSDictionary();
        manifest.put("IsEncrypted", false);
        manifest.put("Version", "10.0");
        Files.writeString(backup.resolve("Manifest.plist"), manifest.toXMLPropertyList(), StandardCharsets.UTF_8);
        NSDictionary status = new NSDictionary();
        status.put("BackupState", "new");
        status.put("IsFullBackup", false);
        status.put("Version", "3.3");
        Files.writeString(backup.resolve("Status.plist"), status.toXMLPropertyList(), StandardCharsets.UTF_8);
        setTimes(backup);
    }

    /**
     * An NSAttributedString's typedstream as iOS writes attributedBody, reduced to the string: the
     * header, the class chain down to NSString, {@code +}, the length and the UTF-8 text.
     */
    static byte[] typedstream(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HexFormat.of().parseHex("040B73747265616D747970656481E803840140848484"));
        out.writeBytes(HexFormat.of().parseHex("124E5341747472696275746564537472696E67008484084E534F626A656374008592"
                + "84848408"));
        out.writeBytes("NSString".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(HexFormat.of().parseHex("0195840" + "12B"));
        if (utf8.length < 0x80) {
            out.write(utf8.length);
        } else {
            out.write(0x81);
            out.write(utf8.length & 0xFF);
            out.write(utf8.length >> 8);
        }
        out.writeBytes(utf8);
        out.writeBytes(HexFormat.of().parseHex("8684026949010F928484840C4E5344696374696F6E61727900"));
        return out.toByteArray();
    }

    private static long seconds(String utc) {
        return java.time.LocalDateTime.parse(utc).toEpochSecond(java.time.ZoneOffset.UTC) - COCOA;
    }

    private static long nanos(String utc) {
        return seconds(utc) * 1_000_000_000L;
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setTimes(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(Packager.MTIME));
            }
        }
    }
}
