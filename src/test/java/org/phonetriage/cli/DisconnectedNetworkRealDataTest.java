package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;

/**
 * Issue 13 on the real data it was found with: andriller's call log (one call to +441234567890),
 * mvt's two telephony backups (one SMS each to the national number 06543219) and a vCard export
 * that saves +441234567890. The core splits into the two backups with their common SMS partner
 * and a pair (the call log's phone and its one counterpart): JGraphT's greedy modularity threw on
 * that, and triage ended with nothing but case.db.
 */
class DisconnectedNetworkRealDataTest {

    private static final String CALLLOG = "den4uk__andriller/tests/data/data/com.android.providers.contacts/db/calllog.db";
    private static final String BACKUPS = "mvt-project__mvt/tests/artifacts/android_backup/";

    @TempDir
    static Path tmp;
    static Path out;
    static BadInputTest.Run run;
    static JsonNode xref;

    @BeforeAll
    static void triage() throws Exception {
        Path phone = tmp.resolve("calllog-phone");
        Path databases = Files.createDirectories(
                phone.resolve("data/data/com.android.providers.contacts/databases"));
        RealData.copyDatabase(CALLLOG, databases);
        out = tmp.resolve("out");
        run = BadInputTest.Run.of(List.of("triage", phone.toString(),
                RealData.path(BACKUPS + "backup.ab").toString(), RealData.path(BACKUPS + "backup2.ab").toString(),
                RealData.path("KnugiHK__WhatsApp-Chat-Exporter/tests/data/contacts.vcf").toString(),
                "--password", "123456", "--format", "all", "--out", out.toString()));
        xref = new ObjectMapper().readTree(out.resolve("xref.json").toFile());
    }

    @Test
    void triageFinishesAndWritesEveryOutput() {
        assertEquals(Main.OK, run.exit(), run.err());
        for (String f : List.of("case.db", "xref.json", "report.html", "csv/problems.csv", "csv/timeline.csv",
                "csv/occurrences.csv", "graph.graphml", "graph.gexf", "i2/links.csv", "neo4j/nodes.csv",
                "case.jsonld")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
    }

    @Test
    void theGroupIsACommunityAndThePairIsNot() {
        assertEquals(0, xref.get("failed_analyses").size(), xref.get("failed_analyses").toString());
        JsonNode communities = xref.get("communities");
        assertEquals(1, communities.size(), communities.toString());
        assertEquals("[\"device:backup\",\"device:backup2\",\"invalid:06543219\"]",
                communities.get(0).get("members").toString());
        assertTrue(xref.get("key_players").size() > 0);
    }

    @Test
    void reportAndXrefOnTheCaseSucceed() throws Exception {
        Path again = tmp.resolve("again");
        BadInputTest.Run report = BadInputTest.Run.of(List.of("report", "--case", out.resolve("case.db").toString(),
                "--out", again.toString()));
        assertEquals(Main.OK, report.exit(), report.err());
        assertTrue(Files.isRegularFile(again.resolve("report.html")));
        BadInputTest.Run x = BadInputTest.Run.of(List.of("xref", "--case", out.resolve("case.db").toString()));
        assertEquals(Main.OK, x.exit(), x.err());
        assertEquals(1, new ObjectMapper().readTree(x.out()).get("communities").size());
    }
}
