package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;

/** Real data whose values once made links the evidence does not prove (issue 13). */
class LinkEvidenceRealDataTest {

    private static final String CARDS = "osmocom__pysim/tests/card_sanitizer/card_backup_";
    /** pySim's seven test cards by ICCID; all but the Fairwaves card hold IMSI 001010000000102. */
    private static final Map<String, String> PYSIM_CARDS = new TreeMap<>(Map.of(
            "2222334455667788990", "3b991800118822334455667760",
            "1122334455667788990", "3b9a940092027593110001020221",
            "89445310150011013678", "3b9f95801fc78031e073f62113674d4516004301008f",
            "8949440000001155314", "3b9f96801f878031e073fe211b674a357530350265f8",
            "8988211000000467343", "3b9f96801f878031e073fe211b674a4c753034054ba9",
            "8988211320300000028", "3b9f96801fc78031a073be21136743200718000001a5",
            "8988219000000117833", "3b9f96801fc78031a073be21136744220610000001a9"));

    @TempDir
    Path tmp;

    @Test
    void pySimTestCardsAreNeitherOneOwnerNorGermanNumbers() throws Exception {
        List<String> args = new ArrayList<>(List.of("triage", "--out", tmp.resolve("out").toString()));
        for (Map.Entry<String, String> card : PYSIM_CARDS.entrySet()) {
            Path copy = tmp.resolve("SIM-" + card.getKey() + ".script");
            Files.copy(RealData.path(CARDS + card.getValue() + "_" + card.getKey() + ".script"), copy);
            args.add(copy.toString());
        }
        // the SJA5 card once more, dumped by pySim's fsdump: the same card, so one owner after all
        Path fsdump = tmp.resolve("SJA5-fsdump.json");
        Files.copy(RealData.path("osmocom__pysim/tests/pySim-shell_test/fsdump/fsdump.json.ok"), fsdump);
        args.add(fsdump.toString());
        BadInputTest.Run run = BadInputTest.Run.of(args);
        assertEquals(Main.PROBLEMS, run.exit(), run.err()); // the exports lack the files EF_PBR names
        Path out = tmp.resolve("out");

        // EF_MSISDN 6766266 with TON/NPI B1 (network specific) was once the E.164 key +496766266
        assertEquals(List.of(), column(out, "SELECT key FROM identifiers WHERE key LIKE '+49%'"));
        assertEquals(List.of("SIM-8949440000001155314", "SIM-8988211000000467343", "SJA5-fsdump"),
                column(out, "SELECT d.label FROM owner_identifiers o JOIN identifiers i ON i.id = o.identifier_id"
                        + " JOIN devices d ON d.id = o.device_id WHERE i.key = 'net:001-01:6766266' ORDER BY 1"));
        assertEquals(List.of("service non_personal=test-network\nton=network-specific"), column(out,
                "SELECT DISTINCT r.level || ' ' || r.attributes FROM readings r JOIN identifiers i"
                        + " ON i.id = r.identifier_id WHERE i.key = 'net:001-01:6766266'"));
        assertEquals(List.of("service"), column(out, "SELECT DISTINCT r.level FROM readings r JOIN identifiers i"
                + " ON i.id = r.identifier_id WHERE i.key = 'imsi:001010000000102'"));

        JsonNode xref = new ObjectMapper().readTree(out.resolve("xref.json").toFile());
        int sharedImsi = 0;
        for (JsonNode link : xref.get("device_links")) {
            List<String> pair = List.of(link.get("devices").get(0).asText(), link.get("devices").get(1).asText());
            if (pair.equals(List.of("SIM-8949440000001155314", "SJA5-fsdump"))) {
                assertEquals("same-owner", link.get("relation").asText(), link::toString);
                assertEquals("strong", link.get("level").asText(), link::toString);
                continue;
            }
            // six cards, six ICCIDs, one IMSI: a finding, never one owner, never strong
            assertEquals("shared-imsi", link.get("relation").asText(), link::toString);
            assertEquals("candidate", link.get("level").asText(), link::toString);
            assertEquals("[\"imsi:001010000000102\"]", link.get("via").toString(), link::toString);
            sharedImsi++;
        }
        // C(6,2) pairs of cards, and the fsdump shares its ICCID with one of them: 5 more pairs
        assertEquals(15 + 5, sharedImsi);
        assertTrue(Files.readString(out.resolve("report.html"))
                .contains("one IMSI under different ICCIDs: a cloned SIM or test cards, not one owner"));
    }

    @Test
    void plasosIMessageHandleWithoutPlusIsACandidate() throws Exception {
        // handle 447775455555, country "gb", on an iPhone whose own region nothing in the item gives
        Path item = Files.createDirectories(tmp.resolve("iphone/Library/SMS"));
        Files.move(RealData.copyDatabase("log2timeline__plaso/test_data/sqlite/imessage_chat.db", item),
                item.resolve("sms.db"));
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                tmp.resolve("iphone").toString()));
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals(List.of("+447775455555 C missing-plus GB candidate"), column(tmp.resolve("out"),
                "SELECT DISTINCT i.key || ' ' || r.confidence || ' ' || r.rule || ' ' || r.region || ' ' || r.level"
                        + " FROM readings r JOIN identifiers i ON i.id = r.identifier_id WHERE r.raw = '447775455555'"));
    }

    private static List<String> column(Path out, String sql) throws Exception {
        return CaseQuery.column(out.resolve("case.db"), sql);
    }
}
