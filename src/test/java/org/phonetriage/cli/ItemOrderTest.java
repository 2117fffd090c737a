package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;

/**
 * The case does not depend on the order of its items, nor on how many runs brought them in:
 * every number is read with the region evidence of the whole case (the devices' final home
 * regions and the case's countries), whatever was known when it was first read.
 */
class ItemOrderTest {

    /** Every committed image that triage reads without a map or key (D09 needs --map). */
    private static final List<String> IMAGES = List.of("test-images/D01-android.tar", "test-images/D02-android.zip",
            "test-images/D03-android", "test-images/D04-android.ab", "test-images/D05-android",
            "test-images/D06-ufdr.ufdr", "test-images/D07-xry", "test-images/D08-axiom.xml",
            "test-images/D10-ios-backup", "test-images/S01-sim");

    @TempDir
    Path tmp;

    static String xrefWithoutTime(Path file) throws Exception {
        return Files.readString(file).replaceAll("\"generated_at\"\\s*:\\s*\"[^\"]+\"", "");
    }

    private Path triage(String name, List<String> items, String... more) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("triage", "--out", out.toString(), "--password",
                "phonetriage-demo", "--quiet", "--format", "all"));
        args.addAll(List.of(more));
        args.addAll(items);
        int exit = BadInputTest.Run.of(args).exit();
        assertTrue(exit == Main.OK || exit == Main.PROBLEMS, "exit " + exit);
        return out.resolve("xref.json");
    }

    @Test
    void theTestImagesForwardAndReverseGiveTheSameXref() throws Exception {
        List<String> reversed = new ArrayList<>(IMAGES);
        Collections.reverse(reversed);
        assertEquals(xrefWithoutTime(triage("forward", IMAGES)), xrefWithoutTime(triage("reverse", reversed)));
    }

    @Test
    void anItemWithNoRegionOfItsOwnReadsTheSameBeforeOrAfterTheOthers() throws Exception {
        // D08 (AXIOM) and D07 (XRY) first, before any device has given the case a country
        List<String> first = List.of("test-images/D08-axiom.xml", "test-images/D01-android.tar",
                "test-images/D02-android.zip");
        List<String> last = List.of("test-images/D01-android.tar", "test-images/D02-android.zip",
                "test-images/D08-axiom.xml");
        assertEquals(xrefWithoutTime(triage("first", first)), xrefWithoutTime(triage("last", last)));
    }

    @Test
    void triageThenIngestGivesWhatOneTriageGives() throws Exception {
        Path whole = triage("whole", List.of("test-images/D01-android.tar", "test-images/D02-android.zip",
                "test-images/D03-android"));
        Path part = triage("part", List.of("test-images/D03-android"));
        Path caseFile = part.resolveSibling("case.db");
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("ingest", "--case", caseFile.toString(), "--quiet",
                "test-images/D01-android.tar", "test-images/D02-android.zip")).exit());
        Path again = tmp.resolve("again.json");
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("xref", "--case", caseFile.toString(), "--out",
                again.toString())).exit());
        assertEquals(xrefWithoutTime(whole), xrefWithoutTime(again));
    }

    private static boolean hasIndex(Path caseFile, String name) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + caseFile);
             PreparedStatement ps = db.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Viber's national "9198887386" in a case of India and, once the iPhone is in, the US: read
     * first in India alone, then again in both, where it fans out to a reading with an alternative
     * (its occurrences moved, and copied to the alternative's); the iPhone first reads it so at once.
     */
    @Test
    void numbersReadAgainInSeveralRegionsGainTheirAlternatives() throws Exception {
        String a = viberAndIphone().get(0);
        String b = viberAndIphone().get(1);
        Path before = triage("in-viber-first", List.of(a, b), "--case-regions", "IN");
        Path after = triage("in-viber-last", List.of(b, a), "--case-regions", "IN");
        assertEquals(xrefWithoutTime(before), xrefWithoutTime(after));
        for (Path xref : List.of(before, after)) {
            assertFalse(hasIndex(xref.resolveSibling("case.db"), "occ_context"));
            List<String> contact = Files.readAllLines(xref.resolveSibling("csv/occurrences.csv")).stream()
                    .filter(l -> l.contains(",contacts,") && l.contains("This Is DFIR Two")).toList();
            assertEquals(2, contact.size(), contact.toString());
            assertTrue(contact.get(0).startsWith("+19198887386,") && contact.get(0).contains(",alternative:region-fanout,IN,"),
                    contact.get(0));
            assertTrue(contact.get(1).startsWith("+919198887386,") && contact.get(1).contains(",region-fanout,IN,"),
                    contact.get(1));
        }
    }

    /** A Viber database of North Carolina numbers without a country, and an iPhone's US SIM. */
    private List<String> viberAndIphone() throws Exception {
        Path viber = tmp.resolve("viber/data/data/com.viber.voip/databases");
        if (!Files.isDirectory(viber)) {
            Files.createDirectories(viber);
            RealData.copyDatabase("log2timeline__plaso/test_data/android/viber_data", viber);
            Path iphone = tmp.resolve("iphone/HomeDomain/Library/Preferences");
            Files.createDirectories(iphone);
            Files.copy(RealData.path("log2timeline__plaso/test_data/ios/com.apple.commcenter.data.plist"),
                    iphone.resolve("com.apple.commcenter.data.plist"));
        }
        return List.of(tmp.resolve("viber").toString(), tmp.resolve("iphone").toString());
    }

    /**
     * INVENTORY §5: Android Viber's "9198887386" is +19198887386 once the case holds a US phone
     * (the iPhone's commcenter plist), whichever of the two is triaged first.
     */
    @Test
    void vibersUsContactIsReadWithTheCaseRegionsWhicheverComesFirst() throws Exception {
        String a = viberAndIphone().get(0);
        String b = viberAndIphone().get(1);
        Path before = triage("viber-first", List.of(a, b));
        Path after = triage("viber-last", List.of(b, a));
        assertEquals(xrefWithoutTime(before), xrefWithoutTime(after));
        // Viber first: its numbers are read again once the US is in the case, without an index of
        // occurrences by region context (earlier versions built occ_context for it)
        for (Path xref : List.of(before, after)) {
            assertFalse(hasIndex(xref.resolveSibling("case.db"), "occ_context"));
            assertTrue(hasIndex(xref.resolveSibling("case.db"), "occ_identifier"));
        }
        // a case of an earlier version, which holds occ_context, is read again to the same result
        Path older = triage("viber-older", List.of(a));
        Path caseFile = older.resolveSibling("case.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + caseFile);
             Statement st = db.createStatement()) {
            st.execute("CREATE INDEX occ_context ON occurrences(context_id, reading_id)");
        }
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("ingest", "--case", caseFile.toString(), "--quiet", b)).exit());
        Path again = tmp.resolve("viber-older.json");
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("xref", "--case", caseFile.toString(), "--out",
                again.toString())).exit());
        assertEquals(xrefWithoutTime(before), xrefWithoutTime(again));
        for (Path xref : List.of(before, after)) {
            String contact = Files.readAllLines(xref.resolveSibling("csv/occurrences.csv")).stream()
                    .filter(l -> l.contains(",contacts,") && l.contains("This Is DFIR Two")).findFirst().orElseThrow();
            assertTrue(contact.startsWith("+19198887386,phone,viber,contact,") && contact.contains(",region-fanout,US,"),
                    contact);
        }
    }
}
