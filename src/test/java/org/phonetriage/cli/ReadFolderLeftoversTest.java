package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Burner's NSURLCache folder is read whole by its parser (Cache.db and the bodies it names under
 * fsCachedData/). Only the files the parser actually reads leave the "not read" list: D15's Burner
 * folder, with a body no cache row names and a file of another kind added beside it, keeps those two
 * listed as not read, and the sweep reads the one that holds a number.
 */
class ReadFolderLeftoversTest {

    private static final String BURNER = "com.adhoclabs.burner/";

    @TempDir
    Path tmp;

    @Test
    void onlyTheFilesTheFolderParserReadsLeaveTheNotReadList() throws Exception {
        Path phone = tmp.resolve("phone");
        String folder = extractBurnerFolder(phone);
        Files.writeString(phone.resolve(folder + "fsCachedData/0F0F0F0F-AAAA-4BBB-8CCC-DDDDDDDDDDDD"),
                "{\"orphan\": true}", StandardCharsets.UTF_8);
        Files.writeString(phone.resolve(folder + "leftover.json"),
                "{\"contact\": {\"phoneNumber\": \"+351936402718\", \"telegram_username\": \"@ze_lisboa\"}}",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), phone.toString()));
        assertTrue(run.exit() == Main.OK || run.exit() == Main.PROBLEMS, run.err());
        Map<String, String> status = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT path, status FROM evidence_files WHERE path LIKE '%" + BURNER + "%'")) {
            while (rs.next()) {
                status.put(rs.getString(1).substring(rs.getString(1).indexOf(BURNER) + BURNER.length()), rs.getString(2));
            }
        }
        assertEquals("parsed", status.get("Cache.db"));
        assertEquals("parsed", status.get("fsCachedData/6A8C0E2B-4D6F-4A1C-8E3B-5D7F9A1C3E5B"), "the body a row names");
        assertEquals("not-parsed", status.get("fsCachedData/0F0F0F0F-AAAA-4BBB-8CCC-DDDDDDDDDDDD"), "no row names it");
        assertEquals("not-parsed", status.get("leftover.json"));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM occurrence_details WHERE role = 'unmodelled'"
                     + " AND key = '+351936402718'")) {
            rs.next();
            assertEquals(1, rs.getLong(1), "the sweep reads what the folder's parser left");
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT level FROM occurrence_details WHERE role = 'unmodelled'"
                     + " AND key = 'app:telegram:ze_lisboa'")) {
            assertTrue(rs.next(), "an app account the key's name tells");
            assertEquals("candidate", rs.getString(1));
        }
    }

    /** Copies D15's Burner cache folder out of its tar, under the same path; returns that folder. */
    private static String extractBurnerFolder(Path root) throws Exception {
        String folder = null;
        try (InputStream in = Files.newInputStream(Path.of("test-images/D15-ios-apps.tar"));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                int at = e.getName().indexOf(BURNER);
                if (e.isDirectory() || at < 0 || !e.getName().contains("/Caches/")) {
                    continue;
                }
                folder = e.getName().substring(0, at + BURNER.length());
                Path file = root.resolve(e.getName());
                Files.createDirectories(file.getParent());
                Files.copy(tar, file);
            }
        }
        return folder;
    }
}
