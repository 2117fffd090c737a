package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;

/** A SIM card exported by pySim-shell becomes a device of the case, with its identity, calls and messages. */
class SimTriageTest {

    @TempDir
    Path tmp;

    @Test
    void aRealCardsIdentityAndDialledNumbers() throws Exception {
        // The export file named on its own, as an examiner has it.
        Path card = tmp.resolve("SIM-2G.script");
        Files.copy(RealData.path("osmocom__pysim/tests/card_sanitizer/"
                + "card_backup_3b991800118822334455667760_2222334455667788990.script"), card);
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), card.toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertTrue(run.err().contains("SIM-2G: SIM-2G.script: 3F00/2FE2: ICCID 2222334455667788990 fails the"
                + " Luhn check"), run.err());
        BadInputTest.Run verify = BadInputTest.Run.of(List.of("verify", "--case", out.resolve("case.db").toString()));
        assertEquals(Main.OK, verify.exit(), verify.out() + verify.err());
        JsonNode device = new ObjectMapper().readTree(out.resolve("xref.json").toFile()).get("devices").get(0);
        assertEquals("sim", device.get("platform").asText());
        List<String> owners = new ArrayList<>();
        device.get("owner_identifiers").forEach(o -> owners.add(o.get("key").asText()));
        assertTrue(owners.stream().anyMatch(k -> k.contains("001010000000102")), owners::toString);
        assertTrue(owners.stream().anyMatch(k -> k.contains("2222334455667788990")), owners::toString);
        assertEquals(List.of("92250", "92250"), column(out, "SELECT number_raw FROM calls ORDER BY id"));
    }

    @Test
    void contactsAndAConcatenatedMessageWithAMissingPart() throws Exception {
        // A card exported the way pySim-shell writes it: the ADN record of the spec (§4.5, pySim's own
        // test) and the first two parts of the real three-part 'Tarif-Info' message of realdata/sim.
        JsonNode vectors = new ObjectMapper().readTree(RealData.path("sim/test_vectors_sms_records.json").toFile());
        String part1 = hexOf(vectors, "V-SIM1");
        String part2 = hexOf(vectors, "V-SIM2a");
        String script = String.join("\n",
                "# directory: MF/EF.ICCID (3f00/2fe2)", "select MF/EF.ICCID", "update_binary 988812010000400310f0", "#",
                "# directory: MF/DF.GSM/EF.IMSI (3f00/7f20/6f07)", "select MF/DF.GSM/EF.IMSI",
                "update_binary 082926101160845740", "#",
                "# directory: MF/DF.TELECOM/EF.ADN (3f00/7f10/6f3a)", "select MF/DF.TELECOM/EF.ADN",
                "update_record 1 4b756e64656e626574726575756e67ff0791947112122721ffffffffffff",
                "update_record 2 ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "#",
                "# directory: MF/DF.TELECOM/EF.SDN (3f00/7f10/6f49)", "select MF/DF.TELECOM/EF.SDN",
                "update_record 1 41767620636869616D204F4EFFFF03814AB3FFFFFFFFFFFFFFFFFFFF", "#",
                "# directory: MF/DF.TELECOM/EF.SMS (3f00/7f10/6f3c)", "select MF/DF.TELECOM/EF.SMS",
                "update_record 1 " + part2, "update_record 2 " + part1, "#", "");
        Path card = Files.createDirectories(tmp.resolve("SIM-DE"));
        Files.writeString(card.resolve("export.script"), script);
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), card.toString()));
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals(List.of("Kundenbetreuung +491721217212 sim", "Avv chiam ON *43# sim-sdn"),
                column(out, "SELECT c.name || ' ' || o.raw || ' ' || c.account FROM contacts c JOIN occurrence_details o"
                        + " ON o.record_table = 'contacts' AND o.record_id = c.id ORDER BY c.id"));
        List<String> bodies = column(out, "SELECT body FROM messages");
        assertEquals(1, bodies.size(), "two parts of one message are one message");
        assertTrue(bodies.get(0).startsWith("Willkommen in der EU."), bodies.get(0));
        assertTrue(bodies.get(0).contains("t./Min. Weitere Auslandspreise"), bodies.get(0));
        assertTrue(bodies.get(0).endsWith("[part 3 of 3 missing]"), bodies.get(0));
    }

    @Test
    void aCardWhoseIccidAPhoneRecordedWasInThatPhone() throws Exception {
        // D01's siminfo holds ICCID 89330124030001234569 and IMSI 208012480135791 (test-images/README.md).
        Path card = tmp.resolve("SIM-FR.simdump.json");
        Files.writeString(card, """
                {"format": "simdump", "version": 1, "files": [
                  {"path": "3F00/2FE2", "data": "98331042300010325496"},
                  {"path": "3F00/7F20/6F07", "data": "082980104208317519"}]}
                """);
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(),
                Path.of("test-images/D01-android.tar").toString(), card.toString()));
        assertTrue(run.exit() == Main.OK || run.exit() == Main.PROBLEMS, run.err());
        JsonNode links = new ObjectMapper().readTree(out.resolve("xref.json").toFile()).get("device_links");
        JsonNode link = null;
        for (JsonNode l : links) {
            if (l.get("devices").toString().equals("[\"D01-android\",\"SIM-FR\"]")) {
                link = l;
            }
        }
        assertTrue(link != null, links::toString);
        assertEquals("sim-in-phone", link.get("relation").asText());
        assertTrue(link.get("via").toString().contains("89330124030001234569"), link::toString);
        assertTrue(Files.readString(out.resolve("report.html")).contains("this SIM card was in this phone"));
    }

    @Test
    void aFsdumpIsToldByItsContentNotItsName() throws Exception {
        // pySim's own test file, named on its own as pySim names it, and under a name that says nothing
        // in a folder beside another real JSON file (iLEAPP's test index), which is no SIM dump
        Path fsdump = RealData.path("osmocom__pysim/tests/pySim-shell_test/fsdump/fsdump.json.ok");
        Path named = tmp.resolve("fsdump.json.ok");
        Files.copy(fsdump, named);
        Path folder = Files.createDirectories(tmp.resolve("SJA5/card"));
        Files.copy(fsdump, folder.resolve("reader-output.dat"));
        Files.copy(RealData.path("abrignoni__iLEAPP/admin/test/cases/testdata.addressBook.json"),
                folder.resolve("testdata.addressBook.json"));
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), named.toString(),
                tmp.resolve("SJA5").toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertEquals(List.of("fsdump.json.ok sim", "SJA5 sim"), column(out, "SELECT label || ' ' || platform FROM devices"
                + " ORDER BY id"));
        assertEquals(List.of("1 iccid:8949440000001155314", "2 iccid:8949440000001155314"), column(out,
                "SELECT o.device_id || ' ' || i.key FROM owner_identifiers o JOIN identifiers i ON i.id = o.identifier_id"
                        + " WHERE i.type = 'iccid' ORDER BY o.device_id"));
        assertEquals(List.of("fsdump.json.ok application/x-sim-dump+json parsed",
                "card/reader-output.dat application/x-sim-dump+json parsed",
                "card/testdata.addressBook.json text/plain not-parsed"), column(out, "SELECT path || ' ' || detected_type"
                        + " || ' ' || status FROM evidence_files ORDER BY item_id, path"));
        // per card, one problem: the USIM phone book files pySim does not dump (its empty BER-TLV files are none)
        assertEquals(List.of("1 1", "2 1"), column(out, "SELECT device_id || ' ' || count(*) FROM problems GROUP BY"
                + " device_id ORDER BY device_id"));
        assertTrue(run.err().contains("SJA5: card/reader-output.dat: USIM phone book: EF_PBR names 12 files"), run.err());
    }

    @Test
    void aCardWithAPhonesImsiUnderAnotherIccidWasNotInThatPhone() throws Exception {
        // D12's commcenter plist holds ICCID 89340723101234567893 with IMSI 214071234567890; this card
        // has that IMSI under ICCID 89340723101234567804: a clone of D12's card, or D12's card of it
        Path card = tmp.resolve("SIM-CLONE.simdump.json");
        Files.writeString(card, simdump("98437032012143658740", "082941702143658709", null));
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(),
                Path.of("test-images/D12-ios-ffs.tar").toString(), card.toString()));
        assertTrue(run.exit() == Main.OK || run.exit() == Main.PROBLEMS, run.err());
        JsonNode link = link(out, "[\"D12-ios-ffs\",\"SIM-CLONE\"]");
        assertEquals("shared-imsi", link.get("relation").asText(), link::toString);
        assertEquals("candidate", link.get("level").asText());
        assertEquals("[\"imsi:214071234567890\"]", link.get("via").toString());
    }

    @Test
    void twoCardsWithOneImsiAndOneNumberAreAFindingNotOneOwner() throws Exception {
        // a cloned card copies EF_MSISDN too (+33612345678, TON international): still not one owner
        String msisdn = "07913316325476F8FFFFFFFFFFFF";
        Path a = Files.writeString(tmp.resolve("SIM-A.simdump.json"),
                simdump("98331042300010325496", "082980104208317519", msisdn));
        Path b = Files.writeString(tmp.resolve("SIM-B.simdump.json"),
                simdump("98331042300010325477", "082980104208317519", msisdn));
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), a.toString(),
                b.toString()));
        assertEquals(Main.OK, run.exit(), run.err());
        JsonNode link = link(out, "[\"SIM-A\",\"SIM-B\"]");
        assertEquals("shared-imsi", link.get("relation").asText(), link::toString);
        assertEquals("candidate", link.get("level").asText(), "the shared number is strong, the finding is not");
        assertEquals("[\"+33612345678\",\"imsi:208012480135791\"]", link.get("via").toString());
    }

    /** A simdump v1 card: EF_ICCID, EF_IMSI and, when given, one EF_MSISDN record (hex as stored). */
    private static String simdump(String iccid, String imsi, String msisdn) {
        return "{\"format\": \"simdump\", \"version\": 1, \"files\": ["
                + "{\"path\": \"3F00/2FE2\", \"data\": \"" + iccid + "\"},"
                + "{\"path\": \"3F00/7F20/6F07\", \"data\": \"" + imsi + "\"}"
                + (msisdn == null ? "" : ",{\"path\": \"3F00/7F10/6F40\", \"records\": [{\"n\": 1, \"data\": \""
                        + msisdn + "\"}]}")
                + "]}";
    }

    private static JsonNode link(Path out, String devices) throws Exception {
        JsonNode links = new ObjectMapper().readTree(out.resolve("xref.json").toFile()).get("device_links");
        for (JsonNode l : links) {
            if (l.get("devices").toString().equals(devices)) {
                return l;
            }
        }
        throw new AssertionError("no link " + devices + " in " + links);
    }

    @Test
    void twoCardsInOneItemAreReadButSaidToBeMixed() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("SIMS"));
        for (String name : new String[] {"3b991800118822334455667760_2222334455667788990",
            "3b9f96801fc78031a073be21136743200718000001a5_8988211320300000028"}) {
            Files.copy(RealData.path("osmocom__pysim/tests/card_sanitizer/card_backup_" + name + ".script"),
                    folder.resolve(name.substring(name.length() - 4) + ".script"));
        }
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                folder.toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertTrue(run.err().contains("SIMS: this item holds 2 SIM dumps (0028.script, 8990.script); they are read as"
                + " one device"), run.err());
    }

    private static String hexOf(JsonNode vectors, String id) {
        for (JsonNode v : vectors) {
            if (v.get("id").asText().equals(id)) {
                return v.get("hex").asText();
            }
        }
        throw new AssertionError("no vector " + id);
    }

    private static List<String> column(Path out, String sql) throws Exception {
        return CaseQuery.column(out.resolve("case.db"), sql);
    }
}
