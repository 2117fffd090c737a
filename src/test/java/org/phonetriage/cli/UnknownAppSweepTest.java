package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep on the committed images (test-images/README.md): D16 and D17 carry a freight app no
 * parser models. Recall — every person's number the app holds is found, in the form it was written;
 * precision — its server ids, counters and times give nothing, and its support line, WhatsApp and
 * e-mail (the same on both phones, nowhere else) are service identifiers, not links. What the sweep
 * finds is a lead: never strong, at most a candidate link between devices. D12's second-line app names D02's owner.
 */
class UnknownAppSweepTest {

    @TempDir
    Path tmp;

    @Test
    void findsThePeopleOfAnUnknownAppAndNotItsConstantsIdsOrTimes() throws Exception {
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(),
                "test-images/D01-android.tar", "test-images/D02-android.zip", "test-images/D03-android",
                "test-images/D16-android-unknownapp", "test-images/D17-android-unknownapp",
                "test-images/D12-ios-ffs.tar"));
        assertTrue(run.exit() == Main.OK || run.exit() == Main.PROBLEMS, run.err());
        Set<String> found = new TreeSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement problems = db.createStatement();
             ResultSet codes = problems.executeQuery("SELECT DISTINCT p.code FROM problems p JOIN devices d"
                     + " ON d.id = p.device_id WHERE d.label LIKE 'D16%'")) {
            Set<String> d16 = new TreeSet<>();
            while (codes.next()) {
                d16.add(codes.getString(1));
            }
            assertTrue(d16.contains("only-unmodelled"), "read by the sweep alone: a warning, not an error " + d16);
            assertFalse(d16.contains("nothing-parsed"), d16.toString());
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT d.label, i.key, r.level, s.src_table || '.' || s.src_column"
                     + " FROM swept_values s JOIN devices d ON d.id = s.device_id JOIN occurrences o"
                     + " ON o.record_table = 'swept_values' AND o.record_id = s.id JOIN readings r ON r.id = o.reading_id"
                     + " JOIN identifiers i ON i.id = o.identifier_id WHERE d.label LIKE 'D1%'")) {
            while (rs.next()) {
                found.add(rs.getString(1).substring(0, 3) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4));
            }
        }
        assertEquals(new TreeSet<>(List.of(
                "D16 +5511987654321 candidate contatos.fone",
                "D16 +34612345678 candidate contatos.fone",
                "D16 +5521976543210 candidate contatos.fone",
                "D16 +351912345678 candidate corridas.origem_fone",
                "D16 +351912345678 candidate xml.map/ultimo_motorista",
                "D16 +551140031234 service central.telefone_suporte",
                "D16 +551140031234 service central.whatsapp_suporte",
                "D16 email:suporte@zapfrete.example.com service json.suporte/email",
                "D17 +5511987654321 candidate contatos.fone",
                "D17 +351912345678 candidate contatos.fone",
                "D17 +5521976543210 candidate corridas.origem_fone",
                "D17 +551140031234 service central.telefone_suporte",
                "D17 +551140031234 service central.whatsapp_suporte",
                "D17 email:suporte@zapfrete.example.com service json.suporte/email",
                "D12 +34644120987 candidate lines.number",
                "D12 +34644120987 candidate plist.activeLine",
                "D12 +34644120987 candidate xml.sync/line@number",
                "D12 +34612345678 candidate texts.peer",
                "D12 +34722418809 candidate texts.peer")), found,
                "every number of the apps' people, none of their ids, counters or times");

        JsonNode xref = new ObjectMapper().readTree(out.resolve("xref.json").toFile());
        for (JsonNode link : xref.get("device_links")) {
            if (link.get("devices").toString().matches(".*D1[67].*")) {
                assertEquals("candidate", link.get("level").asText(), "a sweep's find never links strongly: " + link);
                assertEquals(0, link.get("calls").asInt() + link.get("messages").asInt() + link.get("contact_entries")
                        .asInt(), "and is no call, message or contact: " + link);
            }
        }
        assertEquals("candidate", level(xref, "identifiers", "+5521976543210", "D16-android-unknownapp"),
                "the recruit, seen only in the app on both phones in two places, is a lead between them");
        assertEquals("strong", level(xref, "identifiers", "+5511987654321", "D01-android"));
        assertEquals("candidate", level(xref, "identifiers", "+5511987654321", "D17-android-unknownapp"));
        assertEquals("service", level(xref, "service_identifiers", "+551140031234", "D16-android-unknownapp"));

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Identifiers found (unmodelled, leads only)"), "next to the file in Not read");
        assertTrue(html.contains("the app&#39;s own constant, no link") || html.contains("the app's own constant, no link"),
                "constants said so");

        BadInputTest.Run search = BadInputTest.Run.of(List.of("search", "--case", out.resolve("case.db").toString(),
                "--occurrences", "--json", "+55 21 97654-3210"));
        JsonNode hits = new ObjectMapper().readTree(search.out()).get(0).get("occurrences");
        assertEquals(3, hits.size(), search.out());
        JsonNode source = hits.get(0).get("source");
        assertEquals("unmodelled", hits.get(0).get("role").asText());
        assertEquals("data/data/br.com.zapfrete/databases/frete.db", source.get("file").asText());
        assertEquals("sweep.unmodelled", source.get("parser").asText());
    }

    @Test
    void noSweepLeavesTheUnclaimedFilesListedAndUnread() throws Exception {
        Path out = tmp.resolve("off");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--no-sweep", "--out", out.toString(),
                "test-images/D16-android-unknownapp"));
        assertTrue(run.exit() == Main.OK || run.exit() == Main.PROBLEMS, run.err());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement st = db.createStatement()) {
            assertEquals(0, st.executeQuery("SELECT count(*) FROM swept_values").getInt(1));
            assertEquals(3, st.executeQuery("SELECT count(*) FROM evidence_files WHERE status = 'not-parsed'").getInt(1));
            assertEquals("nothing-parsed", st.executeQuery("SELECT code FROM problems").getString(1),
                    "without the sweep nothing read it: an error");
        }
        assertTrue(!Files.readString(out.resolve("xref.json")).contains("unmodelled"));
    }

    private static String level(JsonNode xref, String section, String key, String device) {
        for (JsonNode i : xref.get(section)) {
            if (i.get("key").asText().equals(key)) {
                for (JsonNode d : i.get("devices")) {
                    if (d.get("label").asText().equals(device)) {
                        return d.get("level").asText();
                    }
                }
            }
        }
        return null;
    }
}
