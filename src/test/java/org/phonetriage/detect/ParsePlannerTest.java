package org.phonetriage.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.evidence.EvidenceOpener;
import org.phonetriage.evidence.EvidenceTree;
import org.phonetriage.parsers.FileParsers;
import org.phonetriage.parsers.sqlite.SqliteDefinitions;
import org.phonetriage.parsers.sqlite.SqliteSchema;

/** The planner decides each file's fate from its content; a database's claim waits for its schema. */
class ParsePlannerTest {

    @TempDir
    Path tmp;

    @Test
    void plansEachFileByContentAndListsWhatNobodyClaims() throws Exception {
        Path phone = Files.createDirectories(tmp.resolve("phone"));
        sqlite(phone.resolve("app.db"), "CREATE TABLE friends (_id INTEGER PRIMARY KEY, phone TEXT)");
        Files.write(phone.resolve("app.db-wal"), new byte[0]);
        Files.writeString(phone.resolve("people.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nTEL:+5511987654321\r\n"
                + "END:VCARD\r\n", StandardCharsets.UTF_8);
        Files.writeString(phone.resolve("prefs.xml"), "<?xml version='1.0'?><map><string name=\"n\">x</string></map>");
        Files.write(phone.resolve("msgstore.db.crypt15"), new byte[64]);
        Files.writeString(phone.resolve("calllog.db"), "not a database");

        ParsePlanner planner = new ParsePlanner(new SqliteMatcher(SqliteDefinitions.builtIn()), FileParsers.builtIn());
        try (EvidenceTree tree = EvidenceOpener.open(phone, "phone", tmp.resolve("work"), null)) {
            ParsePlan plan = planner.plan(tree, () -> { });
            Map<String, String> fate = new TreeMap<>();
            plan.steps().forEach(s -> fate.put(s.entry().path(), s.getClass().getSimpleName()));
            assertEquals(Map.of("app.db", "Database", "people.vcf", "CodeParsed", "prefs.xml", "Unclaimed",
                    "msgstore.db.crypt15", "EncryptedDatabase", "calllog.db", "Unclaimed"), fate,
                    "the -wal travels with its database and is no step of its own");
            assertTrue(plan.unclaimed().stream().anyMatch(u -> u.entry().path().equals("calllog.db") && u.knownName()));
            assertEquals(List.of("calllog.db", "prefs.xml"), paths(plan));

            ParsePlanner.DatabaseClaim claim = plan.claim(tree.find("app.db").orElseThrow(),
                    SqliteSchema.of(Map.of("friends", List.of("_id", "phone"))));
            assertTrue(claim.unclaimed());
            assertFalse(claim.knownName());
            assertEquals(List.of("app.db", "calllog.db", "prefs.xml"), paths(plan),
                    "an unmatched database joins the unclaimed files, in the item's order");
        }
    }

    @Test
    void aFolderParsersFilesWaitForItToReadThem() throws Exception {
        Path phone = Files.createDirectories(tmp.resolve("phone/Library/Caches/com.adhoclabs.burner/fsCachedData"));
        Path folder = phone.getParent();
        sqlite(folder.resolve("Cache.db"), "CREATE TABLE cfurl_cache_response (entry_ID INTEGER PRIMARY KEY)");
        Files.writeString(phone.resolve("A1"), "{}");
        Files.writeString(folder.resolve("notes.json"), "{\"phone\": \"+5511987654321\"}");
        ParsePlanner planner = new ParsePlanner(new SqliteMatcher(SqliteDefinitions.builtIn()), FileParsers.builtIn());
        try (EvidenceTree tree = EvidenceOpener.open(tmp.resolve("phone"), "phone", tmp.resolve("work"), null)) {
            ParsePlan plan = planner.plan(tree, () -> { });
            Map<String, String> fate = new TreeMap<>();
            plan.steps().forEach(s -> fate.put(s.entry().path(), s.getClass().getSimpleName()));
            assertEquals(Map.of("Library/Caches/com.adhoclabs.burner/Cache.db", "CodeParsed",
                    "Library/Caches/com.adhoclabs.burner/fsCachedData/A1", "InReadFolder",
                    "Library/Caches/com.adhoclabs.burner/notes.json", "InReadFolder"), fate);
            assertEquals(List.of(), paths(plan), "nothing is unclaimed before the folder's parser has run");
            // the parser read A1 only: notes.json is left
            ParsePlan.InReadFolder notes = (ParsePlan.InReadFolder) plan.steps().stream()
                    .filter(s -> s.entry().path().endsWith("notes.json")).findFirst().orElseThrow();
            plan.leftInFolder(tree, notes);
            assertEquals(List.of("Library/Caches/com.adhoclabs.burner/notes.json"), paths(plan));
        }
    }

    private static List<String> paths(ParsePlan plan) {
        return plan.unclaimed().stream().map(u -> u.entry().path()).toList();
    }

    private static void sqlite(Path file, String... ddl) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            for (String d : ddl) {
                st.execute(d);
            }
        }
    }
}
