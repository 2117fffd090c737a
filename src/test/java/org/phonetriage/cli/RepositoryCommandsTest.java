package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ContractSchemas;
import org.phonetriage.repo.TestPostgres;

/**
 * The case repository on a real PostgreSQL server: two cases of the test images (D01 and D02 in
 * one, D03 and D05 in the other: one network, so they share numbers) pushed, their hits, the
 * other_cases of xref.json and report.html, and the pseudonymised exchange.
 */
class RepositoryCommandsTest {

    @TempDir
    static Path tmp;
    static EmbeddedPostgres pg;
    static String url;
    static Path alpha;
    static Path bravo;

    @BeforeAll
    static void twoCases() throws Exception {
        pg = TestPostgres.start();
        url = TestPostgres.url(pg);
        alpha = triage("alpha", "test-images/D01-android.tar", "test-images/D02-android.zip");
        bravo = triage("bravo", "test-images/D03-android", "test-images/D05-android");
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    private static Path triage(String name, String... images) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("triage", "--quiet", "--out", out.toString()));
        args.addAll(List.of(images));
        BadInputTest.Run run = BadInputTest.Run.of(args);
        assertEquals(Main.OK, run.exit(), run.err());
        return out.resolve("case.db");
    }

    private static BadInputTest.Run run(String... args) {
        return BadInputTest.Run.of(List.of(args));
    }

    /** The keys a case's cross-reference counts, read from its case.db: what a hit can be. */
    private static Set<String> keysOf(Path caseDb) throws Exception {
        Set<String> keys = new TreeSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + caseDb);
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT key FROM occurrence_details"
                     + " WHERE level IN ('strong','candidate','service')")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    private static long sqliteCount(Path caseDb, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + caseDb);
             Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long repoCount(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(url); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    private static Set<String> hitKeys(JsonNode hits) {
        Set<String> keys = new TreeSet<>();
        hits.forEach(h -> keys.add(h.get("key").asText()));
        return keys;
    }

    @Test
    void aPushedCaseIsFoundByTheOtherAndPushingAgainReplacesIt() throws Exception {
        BadInputTest.Run first = run("repo", "push", "--case", bravo.toString(), "--repo", url);
        assertEquals(Main.OK, first.exit(), first.err());
        Matcher rate = Pattern.compile("(\\d+) rows in [0-9.]+ s \\((\\d+) rows/s\\)").matcher(first.out());
        assertTrue(rate.find(), first.out());
        System.out.println("repo push of the test case: " + first.out().strip());
        long rows = repoCount("SELECT count(*) FROM repo_occurrences o JOIN repo_cases c USING (case_id)"
                + " WHERE c.name = 'bravo'");
        assertEquals(sqliteCount(bravo, "SELECT count(*) FROM (SELECT DISTINCT identifier_id, device_id, role, level"
                + " FROM occurrence_details WHERE level IN ('strong','candidate','service'))"), rows,
                "one row per identifier, device, role and level");
        assertEquals(Main.OK, run("repo", "push", "--case", bravo.toString(), "--repo", url).exit());
        assertEquals(rows, repoCount("SELECT count(*) FROM repo_occurrences o JOIN repo_cases c USING (case_id)"
                + " WHERE c.name = 'bravo'"), "a case pushed again replaces itself");
        assertEquals(1, repoCount("SELECT count(*) FROM repo_cases WHERE name = 'bravo'"));
        assertEquals(2, repoCount("SELECT count(*) FROM repo_devices d JOIN repo_cases c USING (case_id)"
                + " WHERE c.name = 'bravo'"));
        assertEquals(0, repoCount("SELECT count(*) FROM repo_messages"), "no bodies unless asked");
        // the case's persons as its xref.json gives them, key by key
        JsonNode persons = json(Files.readString(bravo.resolveSibling("xref.json"))).get("persons");
        long personKeys = 0;
        for (JsonNode p : persons) {
            personKeys += p.get("keys").size();
            for (JsonNode k : p.get("keys")) {
                assertEquals(1, repoCount("SELECT count(*) FROM repo_case_persons p JOIN repo_cases c USING (case_id)"
                        + " WHERE c.name = 'bravo' AND p.person = '" + p.get("id").asText() + "' AND p.key = '"
                        + k.asText() + "' AND p.seized = " + p.get("seized").asBoolean()));
            }
        }
        assertTrue(persons.size() >= 2, "D03's and D05's owners");
        assertEquals(personKeys, repoCount("SELECT count(*) FROM repo_case_persons p JOIN repo_cases c USING (case_id)"
                + " WHERE c.name = 'bravo'"));

        BadInputTest.Run hits = run("repo", "hits", "--case", alpha.toString(), "--repo", url, "--json");
        assertEquals(Main.OK, hits.exit(), hits.err());
        JsonNode found = json(hits.out());
        // every key both cases hold, and no other, is a hit
        Set<String> shared = keysOf(alpha);
        shared.retainAll(keysOf(bravo));
        assertFalse(shared.isEmpty());
        assertEquals(shared, hitKeys(found));
        // D01's owner number is on D03, in case bravo
        JsonNode owner = null;
        for (JsonNode h : found) {
            if (h.get("key").asText().equals("+33612345678")) {
                owner = h;
            }
        }
        assertTrue(owner != null, hits.out());
        assertEquals("bravo", owner.at("/cases/0/name").asText());
        assertEquals("D03-android", owner.at("/cases/0/devices/0/label").asText());
        assertEquals("strong", owner.at("/cases/0/devices/0/level").asText());
        // a case is never a hit of itself
        BadInputTest.Run self = run("repo", "hits", "--case", bravo.toString(), "--repo", url, "--json");
        for (JsonNode h : json(self.out())) {
            h.get("cases").forEach(c -> assertFalse(c.get("name").asText().equals("bravo")));
        }
        // the table form names the same hits
        BadInputTest.Run table = run("repo", "hits", "--case", alpha.toString(), "--repo", url);
        assertTrue(table.out().contains("+33612345678\tbravo\tD03-android\tstrong\t"), table.out());
    }

    @Test
    void reportWithARepositoryAddsOtherCasesToXrefJsonAndTheReport() throws Exception {
        assertEquals(Main.OK, run("repo", "push", "--case", bravo.toString(), "--repo", url).exit());
        Path out = tmp.resolve("alpha-report");
        BadInputTest.Run report = run("report", "--case", alpha.toString(), "--out", out.toString(), "--repo", url,
                "--format", "json,html");
        assertEquals(Main.OK, report.exit(), report.err());
        String text = Files.readString(out.resolve("xref.json"));
        assertEquals(List.of(), ContractSchemas.errors(ContractSchemas.closed(ContractSchemas.XREF), text));
        JsonNode xref = json(text);
        JsonNode hits = json(run("repo", "hits", "--case", alpha.toString(), "--repo", url, "--json").out());
        assertEquals(hits, xref.get("other_cases"));
        assertTrue(xref.get("other_cases").size() > 0);
        List<String> keys = new ArrayList<>();
        xref.fieldNames().forEachRemaining(keys::add);
        assertEquals("other_cases", keys.get(keys.size() - 1), "after the existing keys");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<section id=\"other-cases\">") && html.contains("<td>bravo</td>"));

        // without --repo: none, and no section
        Path plain = tmp.resolve("alpha-plain");
        assertEquals(Main.OK, run("report", "--case", alpha.toString(), "--out", plain.toString(), "--format",
                "json,html").exit());
        assertEquals(0, json(Files.readString(plain.resolve("xref.json"))).get("other_cases").size());
        assertFalse(Files.readString(plain.resolve("report.html")).contains("id=\"other-cases\""));
    }

    @Test
    void anUnreachableRepositoryIsAFailedAnalysisAndTheOutputsAreStillWritten() throws Exception {
        Path out = tmp.resolve("alpha-down");
        BadInputTest.Run report = run("report", "--case", alpha.toString(), "--out", out.toString(), "--format",
                "json,html", "--repo", "jdbc:postgresql://127.0.0.1:1/none?user=x&password=secret&connectTimeout=2");
        assertEquals(Main.PROBLEMS, report.exit(), report.err());
        assertTrue(report.err().contains("other_cases") && report.err().contains("cannot be reached"), report.err());
        assertFalse(report.err().contains("secret"), "the password is never shown");
        assertFalse(report.err().contains("\tat "), report.err());
        JsonNode xref = json(Files.readString(out.resolve("xref.json")));
        assertEquals("other_cases", xref.at("/failed_analyses/0").asText());
        assertTrue(Files.readString(out.resolve("report.html")).contains("id=\"other-cases\""));
    }

    @Test
    void pseudonymisedCasesMatchUnderTheSameKeyOnlyAndHoldNoNumber() throws Exception {
        Path key = tmp.resolve("agreed.key");
        Files.writeString(key, "0123456789abcdef0123456789abcdef\n");
        Path other = tmp.resolve("other.key");
        Files.writeString(other, "fedcba9876543210fedcba9876543210\n");
        BadInputTest.Run push = run("repo", "push", "--case", bravo.toString(), "--repo", url, "--case-name",
                "bravo-p", "--pseudonymise", key.toString());
        assertEquals(Main.OK, push.exit(), push.err());
        assertEquals(0, repoCount("SELECT count(*) FROM repo_occurrences o JOIN repo_cases c USING (case_id)"
                + " WHERE c.name = 'bravo-p' AND (o.key NOT LIKE 'hmac:%' OR o.names IS NOT NULL)"));
        assertEquals(0, repoCount("SELECT count(*) FROM repo_owners o JOIN repo_cases c USING (case_id)"
                + " WHERE c.name = 'bravo-p' AND o.key NOT LIKE 'hmac:%'"));
        assertEquals(0, repoCount("SELECT count(*) FROM repo_case_persons p JOIN repo_cases c USING (case_id)"
                + " WHERE c.name = 'bravo-p' AND (p.key NOT LIKE 'hmac:%' OR p.person LIKE 'P-%')"),
                "no number, and no person id (a hash of one)");
        assertTrue(repoCount("SELECT count(*) FROM repo_case_persons p JOIN repo_cases c USING (case_id)"
                + " WHERE c.name = 'bravo-p'") > 0);
        assertEquals(0, repoCount("SELECT count(*) FROM repo_occurrences WHERE key = '+33612345678'"
                + " AND case_id = (SELECT case_id FROM repo_cases WHERE name = 'bravo-p')"));

        Set<String> shared = keysOf(alpha);
        shared.retainAll(keysOf(bravo));
        JsonNode same = json(run("repo", "hits", "--case", alpha.toString(), "--repo", url, "--json",
                "--pseudonymise", key.toString()).out());
        assertEquals(shared, hitKeys(same), "this case's own keys, matched through their pseudonyms");
        same.forEach(h -> h.get("cases").forEach(c -> assertEquals("bravo-p", c.get("name").asText())));
        JsonNode wrong = json(run("repo", "hits", "--case", alpha.toString(), "--repo", url, "--json",
                "--pseudonymise", other.toString()).out());
        assertEquals(0, wrong.size(), "another key matches nothing");

        Path shortKey = tmp.resolve("short.key");
        Files.writeString(shortKey, "short");
        BadInputTest.Run refused = run("repo", "push", "--case", alpha.toString(), "--repo", url, "--pseudonymise",
                shortKey.toString());
        assertEquals(Main.USAGE, refused.exit());
        assertTrue(refused.err().contains("short.key") && refused.err().contains("at least 16"), refused.err());
        BadInputTest.Run bodies = run("repo", "push", "--case", alpha.toString(), "--repo", url, "--pseudonymise",
                key.toString(), "--with-bodies");
        assertEquals(Main.USAGE, bodies.exit(), bodies.err());
    }

    @Test
    void bodiesArePushedOnlyWhenAsked() throws Exception {
        BadInputTest.Run push = run("repo", "push", "--case", alpha.toString(), "--repo", url, "--case-name",
                "alpha-bodies", "--with-bodies");
        assertEquals(Main.OK, push.exit(), push.err());
        long messages = sqliteCount(alpha, "SELECT count(*) FROM messages");
        assertTrue(messages > 0);
        assertEquals(messages, repoCount("SELECT count(*) FROM repo_messages m JOIN repo_cases c USING (case_id)"
                + " WHERE c.name = 'alpha-bodies'"));
    }
}
