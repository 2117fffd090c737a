package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.evidence.TreeHash;

/**
 * Files no parser reads, of every sort an extraction holds: databases (one in a cache folder, one
 * corrupt, one encrypted without its key, one with a virtual table SQLite cannot open), plists (a
 * broken one, an array), an Android preference XML, and clutter only counted by category. The
 * evidence is left as it was.
 */
class UnreadFilesTest {

    private static final String APP = "data/data/com.example.app/";
    private static final byte[] JPEG = HexFormat.of().parseHex("FFD8FFE000104A46494600010100000100010000FFD9");

    @TempDir
    Path tmp;

    @Test
    void everyUnreadFileIsListedOrCountedWithWhatItHoldsOrWhyNot() throws Exception {
        Path phone = tmp.resolve("P01");
        database(file(phone, APP + "cache/chat.db"), "CREATE TABLE messages (id INTEGER PRIMARY KEY, body TEXT)",
                "INSERT INTO messages (body) VALUES ('a'), ('b')");
        database(file(phone, APP + "databases/search.db"), "CREATE TABLE notes (id INTEGER PRIMARY KEY)",
                "PRAGMA writable_schema = ON", "INSERT INTO sqlite_master VALUES ('table', 'vt', 'vt', 0,"
                        + " 'CREATE VIRTUAL TABLE vt USING nosuchmodule(x)')");
        byte[] garbage = new byte[600];
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, garbage, 0, 16);
        java.util.Arrays.fill(garbage, 16, garbage.length, (byte) 0x5A);
        Files.write(file(phone, APP + "databases/broken.db"), garbage);
        Files.write(file(phone, "data/data/com.whatsapp/databases/msgstore.db.crypt14"), new byte[400]);
        Files.writeString(file(phone, APP + "shared_prefs/settings.xml"), "<?xml version='1.0' encoding='utf-8'"
                + " standalone='yes' ?>\n<map>\n    <string name=\"user\">x</string>\n</map>\n");
        Files.write(file(phone, APP + "files/broken.plist"), "bplist00\u0001\u0002garbage".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(file(phone, APP + "files/list.plist"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<plist version=\"1.0\"><array><string>a</string><string>b</string></array></plist>\n");
        Files.write(file(phone, APP + "cache/image_manager_disk_cache/0a1b.0"), JPEG);
        Files.write(file(phone, "media/0/DCIM/Camera/IMG_0001.jpg"), JPEG);
        Files.write(file(phone, "media/0/DCIM/.thumbnails/1.jpg"), JPEG);
        Files.writeString(file(phone, APP + "files/state.json"), "{\"a\": 1}\n");
        Files.write(file(phone, APP + "app_webview/Default/GPUCache/index"), new byte[] {1, 2, 3, 4});
        String before = TreeHash.sha256(phone.resolve(APP + "cache/chat.db"));

        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), phone.toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        List<Map<String, String>> rows = UnreadCsvRows.read(out);

        assertEquals("messages(2)", UnreadCsvRows.listed(rows, "P01", "cache/chat.db").get("summary"),
                "a database is listed even in a cache folder");
        assertEquals("notes(0) vt(?)", UnreadCsvRows.listed(rows, "P01", "search.db").get("summary"));
        Map<String, String> broken = UnreadCsvRows.listed(rows, "P01", "broken.db");
        assertEquals("sqlite", broken.get("type"));
        assertTrue(broken.get("note").startsWith("corrupt or truncated SQLite database ("), broken.toString());
        Map<String, String> crypt = UnreadCsvRows.listed(rows, "P01", "msgstore.db.crypt14");
        assertEquals("sqlite", crypt.get("type"));
        assertEquals("encrypted WhatsApp backup: give --wa-key", crypt.get("note"));
        assertEquals("root element <map>", UnreadCsvRows.listed(rows, "P01", "settings.xml").get("summary"));
        Map<String, String> brokenPlist = UnreadCsvRows.listed(rows, "P01", "broken.plist");
        assertEquals("", brokenPlist.get("summary"));
        assertTrue(brokenPlist.get("note").startsWith("not a readable plist"), brokenPlist.toString());
        assertEquals("array of 2 items", UnreadCsvRows.listed(rows, "P01", "list.plist").get("summary"));

        assertEquals("1", UnreadCsvRows.counted(rows, "P01", "cache").get("files"));
        assertEquals("1", UnreadCsvRows.counted(rows, "P01", "image").get("files"));
        assertEquals("1", UnreadCsvRows.counted(rows, "P01", "thumbnail").get("files"));
        assertEquals("1", UnreadCsvRows.counted(rows, "P01", "text").get("files"));
        assertEquals("1", UnreadCsvRows.counted(rows, "P01", "web-cache").get("files"));
        assertEquals(12, rows.size(), rows.toString());
        assertTrue(run.out().contains("P01: 7 files not read (4 SQLite databases, 2 plists, 1 XML file); 5 more"
                + " counted (1 thumbnail, 1 web-cache, 1 cache, 1 image, 1 text)"), run.out());
        assertEquals(before, TreeHash.sha256(phone.resolve(APP + "cache/chat.db")), "evidence untouched");

        // a case ingested before summaries were taken: its files are still listed, and say so
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement st = db.createStatement()) {
            st.execute("DROP TABLE unread_files");
        }
        Path again = tmp.resolve("again");
        BadInputTest.Run report = BadInputTest.Run.of(List.of("report", "--case", out.resolve("case.db").toString(),
                "--out", again.toString(), "--format", "csv"));
        assertEquals(Main.PROBLEMS, report.exit(), "as triage on the same case: " + report.err());
        List<Map<String, String>> old = UnreadCsvRows.read(again);
        assertEquals(rows.size(), old.size(), old.toString());
        Map<String, String> chat = UnreadCsvRows.listed(old, "P01", "cache/chat.db");
        assertEquals("", chat.get("summary"));
        assertTrue(chat.get("note").startsWith("not summarised"), chat.toString());
        assertEquals("encrypted WhatsApp backup: give --wa-key",
                UnreadCsvRows.listed(old, "P01", "msgstore.db.crypt14").get("note"), "the problem is the note");
        assertNull(UnreadCsvRows.counted(old, "P01", "other"));
    }

    private static Path file(Path root, String path) throws Exception {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        return p;
    }

    private static void database(Path file, String... sql) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }
}
