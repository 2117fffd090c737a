package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;

/**
 * Real files phonetriage has no parser for (INVENTORY §1.3, §2.1, §2.2, §2.3, IPED) are listed, not
 * left unread in silence: CoreDuet's interactionC.db in mvt's backup fragment, the identity-services status cache plist,
 * Telegram's XML preference file. An iTunes backup's Manifest.db is read by the backup reader,
 * Josh Hickman's Burner database and IPED's two Skype databases by their definitions, and the
 * iLEAPP Burner NSURLCache database by its parser, so they are not among them.
 */
class UnreadRealDataTest {

    @TempDir
    Path tmp;

    @Test
    void databasesPlistsAndXmlNoParserReadAreListedWithWhatTheyHold() throws Exception {
        String ileapp = "abrignoni__iLEAPP/admin/test/cases/data/burnerCache/";
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), "--region", "US",
                "--label", "plaso-android", "--label", "plaso-ios", "--label", "mvt-backup", "--label", "burner-cache",
                "--label", "iped",
                RealData.path("log2timeline__plaso/test_data/android").toString(),
                RealData.path("log2timeline__plaso/test_data/ios").toString(),
                RealData.path("mvt-project__mvt/tests/artifacts/ios_backup").toString(),
                RealData.path(ileapp + "testdata.burnerCache.burnerCache_messages.josh_ios15_ffs.zip").toString(),
                RealData.path("sepinf-inc__IPED/iped-parsers/iped-parsers-impl/src/test/resources/test-files")
                        .toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err()); // mvt's fragment lacks files its manifest lists
        List<Map<String, String>> rows = UnreadCsvRows.read(out);

        // plaso's burners.sqlite is read by the Burner definitions: parsed, not listed
        assertTrue(rows.stream().noneMatch(r -> r.get("path").endsWith("burners.sqlite")), "read by android.burner.*");
        assertEquals(List.of("parsed"), CaseQuery.column(out.resolve("case.db"),
                "SELECT status FROM evidence_files WHERE path = 'burners.sqlite'"));

        Map<String, String> interactions = UnreadCsvRows.listed(rows, "mvt-backup",
                "HomeDomain/Library/CoreDuet/People/interactionC.db");
        assertTrue(List.of(interactions.get("summary").split(" ")).containsAll(List.of("ZCONTACTS(3)",
                "ZINTERACTIONS(3)")), interactions.toString());
        assertTrue(rows.stream().noneMatch(r -> r.get("path").endsWith("Manifest.db")), "read by the backup reader");
        assertEquals(List.of("container"), CaseQuery.column(out.resolve("case.db"),
                "SELECT status FROM evidence_files WHERE path = 'Manifest.db'"));

        Map<String, String> idstatus = UnreadCsvRows.listed(rows, "plaso-ios",
                "com.apple.identityservices.idstatuscache.plist");
        assertEquals("plist", idstatus.get("type"));
        assertEquals("108186b90fd8e380af9aed56f6a4cac9022ca08422810cbc88c2a5d6bd4745e3", idstatus.get("sha256"));
        assertTrue(idstatus.get("summary").startsWith("16 keys: com.apple.private.alloy.icloudpairing,"
                + " com.apple.madrid, "), idstatus.toString());

        // the iLEAPP Burner NSURLCache is read (ios.burner.cache, with its WAL and the one JSON body it
        // needs); the cache's 5 other bodies, which no Burner response names, are not read: counted as
        // cache files, not listed one by one (only the files a folder's parser reads leave the list)
        List<Map<String, String>> burner = rows.stream().filter(r -> r.get("device").equals("burner-cache")).toList();
        assertEquals(1, burner.size(), rows.toString());
        assertEquals("cache", burner.get(0).get("type"));
        assertEquals("5", burner.get(0).get("files"));
        assertEquals(5, CaseQuery.column(out.resolve("case.db"), "SELECT status FROM evidence_files"
                + " WHERE path LIKE '%/com.adhoclabs.burner/fsCachedData/%' AND status = 'not-parsed'").size());
        assertEquals(List.of("parsed"), CaseQuery.column(out.resolve("case.db"), "SELECT status FROM evidence_files"
                + " WHERE path LIKE '%/com.adhoclabs.burner/fsCachedData/%' AND status = 'parsed'"));
        assertEquals(List.of("parsed"), CaseQuery.column(out.resolve("case.db"), "SELECT status FROM evidence_files"
                + " WHERE path LIKE '%/Library/Caches/com.adhoclabs.burner/Cache.db'"));

        Map<String, String> telegram = UnreadCsvRows.listed(rows, "iped", "test_telegramUserConfing.xml");
        assertEquals("xml", telegram.get("type"));
        assertEquals("root element <map>", telegram.get("summary"));
        assertEquals(2, rows.stream().filter(r -> r.get("device").equals("iped")).count(),
                "the two XML preference files; the Skype databases are read: " + rows);

        String html = Files.readString(out.resolve("report.html"));
        String section = html.substring(html.indexOf("<section id=\"unread\">"));
        section = section.substring(0, section.indexOf("</section>"));
        assertTrue(section.contains("ZCONTACTS(3)") && section.contains("16 keys: "), section);
        assertFalse(section.contains("fsCachedData"), section);

        assertFalse(run.out().contains("plaso-android: 1 file not read"), run.out());
        assertFalse(run.out().contains("burner-cache: 1 file not read"), run.out());
    }
}
