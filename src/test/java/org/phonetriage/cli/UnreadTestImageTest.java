package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed iPhone images (test-images/README.md): D12's file-system extraction holds a
 * second-line app no parser reads — its database in Library/Caches, its preferences plist and an
 * XML file are listed with what they hold; its bundle's Info.plist and two photo thumbnails are only
 * counted. D10's backup leaves Status.plist unread; Manifest.db and Manifest.plist are read by the
 * backup reader itself.
 */
class UnreadTestImageTest {

    @TempDir
    Path tmp;

    @Test
    void theSecondLineAppOfD12IsListedAndItsClutterCounted() throws Exception {
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(),
                "test-images/D12-ios-ffs.tar", "test-images/D10-ios-backup"));
        assertEquals(Main.OK, run.exit(), run.err());
        List<Map<String, String>> rows = UnreadCsvRows.read(out);
        String app = "filesystem1/private/var/mobile/Containers/Data/Application/6F1C2B8E-0D4A-4E55-9B3F-2A7C1D9E5B40/"
                + "Library/";
        Map<String, String> db = UnreadCsvRows.listed(rows, "D12-ios-ffs", "lines.sqlite");
        assertEquals(app + "Caches/com.example.secondline/lines.sqlite", db.get("path"));
        assertEquals("lines(1) texts(3)", db.get("summary"));
        assertEquals(64, db.get("sha256").length());
        assertEquals("3 keys: activeLine, lastSync, userId",
                UnreadCsvRows.listed(rows, "D12-ios-ffs", "com.example.secondline.plist").get("summary"));
        assertEquals("root element <sync>", UnreadCsvRows.listed(rows, "D12-ios-ffs", "sync.xml").get("summary"));
        assertEquals("1", UnreadCsvRows.counted(rows, "D12-ios-ffs", "bundle").get("files"));
        assertEquals("2", UnreadCsvRows.counted(rows, "D12-ios-ffs", "thumbnail").get("files"));
        assertEquals("3 keys: BackupState, IsFullBackup, Version",
                UnreadCsvRows.listed(rows, "D10-ios-backup", "Status.plist").get("summary"));
        assertEquals(6, rows.size(), rows.toString());

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<li><a href=\"#unread\">Not read</a></li>"), "in the page's navigation");
        assertTrue(html.contains("<code><bdi>lines(1) texts(3)</bdi></code>"), html);
        assertTrue(html.contains("1 bundle (313 bytes), 2 thumbnail (44 bytes)"), html);
        assertTrue(html.contains("<dt>Not read</dt><dd>4 databases, plists and XML files listed, 3 other files"
                + " counted</dd>"), html);
        assertTrue(run.out().contains("D12-ios-ffs: 3 files not read (1 SQLite database, 1 plist, 1 XML file);"
                + " 3 more counted (1 bundle, 2 thumbnail) \u2014 see report.html / csv/unread.csv"), run.out());
        assertTrue(run.out().contains("D10-ios-backup: 1 file not read (1 plist)"), run.out());
    }
}
