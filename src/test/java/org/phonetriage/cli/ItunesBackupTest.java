package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;

/**
 * mvt's iTunes backup fragment (INVENTORY §2.1): a real Manifest.db (3,721 rows) over a handful of
 * content files. Files are named through the manifest, the orphan keeps its hashed name, and the
 * files the manifest lists but the fragment lacks are one problem line, not thousands.
 */
class ItunesBackupTest {

    @TempDir
    Path tmp;

    @Test
    void filesAreNamedThroughTheManifest() throws Exception {
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(),
                RealData.path("mvt-project__mvt/tests/artifacts/ios_backup").toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertTrue(run.err().contains("files listed in Manifest.db are not in the backup"), run.err());
        assertTrue(run.err().contains("Manifest.plist: missing from the backup: it is read as unencrypted"), run.err());
        assertTrue(run.err().contains("Status.plist: missing from the backup"), run.err());
        assertEquals(3, run.err().lines().filter(l -> l.contains("problem:")).count(), run.err());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT path, status FROM evidence_files ORDER BY path")) {
            List<String> files = new ArrayList<>();
            while (rs.next()) {
                files.add(rs.getString(1) + " " + rs.getString(2));
            }
            assertTrue(files.contains("HomeDomain/Library/SMS/sms.db parsed"), files.toString());
            assertTrue(files.contains("AppDomainGroup-group.net.whatsapp.WhatsApp.shared/ChatStorage.sqlite parsed"),
                    files.toString());
            assertTrue(files.stream().anyMatch(f -> f.startsWith("e7/e794f6")), "the orphan keeps its name: " + files);
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), (SELECT format FROM evidence_items) FROM messages")) {
            rs.next();
            assertEquals(4, rs.getInt(1), "1 SMS and 3 WhatsApp messages");
            assertEquals("itunes-backup", rs.getString(2));
        }
        List<String> facts = CaseQuery.column(out.resolve("case.db"), "SELECT name || '|' || value FROM device_facts");
        assertTrue(facts.contains("Product Type|iPhone9,3") && facts.contains("Serial Number|F1234567890")
                && facts.contains("Product Version|14.3"), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Installed Applications|ph.telegra.Telegraph, ")),
                facts.toString());
    }
}
