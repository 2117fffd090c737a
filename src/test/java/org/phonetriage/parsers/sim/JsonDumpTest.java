package org.phonetriage.parsers.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phonetriage.RealData;
import org.phonetriage.parsers.sim.dump.JsonDumpReader;
import org.phonetriage.parsers.sim.dump.SimDump;

/** pySim-shell fsdump (a real SJA5 card) and the spec's simdump v1, with its bad-input rules. */
class JsonDumpTest {

    @Test
    void theRealFsdump() throws IOException {
        SimDump dump;
        try (InputStream in = Files.newInputStream(
                RealData.path("osmocom__pysim/tests/pySim-shell_test/fsdump/fsdump.json.ok"))) {
            dump = JsonDumpReader.read(in);
        }
        assertTrue(dump.files().containsKey("3F00/7F20/6F07"), dump.files().keySet()::toString);
        assertTrue(dump.files().containsKey("3F00/ADF_USIM/6F40"));
        SimCard card = SimCardReader.read(dump);
        assertEquals("8949440000001155314", card.iccid());
        assertEquals("001010000000102", card.imsi().digits());
        assertEquals("6766266", card.msisdns().get(0).value().number());
        assertEquals(3, card.msisdns().get(0).value().ton());
        assertEquals("Magic", card.spn().name());
        assertTrue(card.contacts().isEmpty());
        // pySim does not export the USIM phonebook's files: those EF_PBR names are one problem listing them
        assertEquals(List.of("USIM phone book: EF_PBR names 12 files this dump lacks, so what they hold is not in the"
                + " case: in 3F00/7F10/5F3A: 4F3A (EF_ADN), 4F32 (EF_IAP), 4F54 (EF_SNE), 4F09 (EF_PBC), 4F52 (EF_GRP),"
                + " 4F21 (EF_UID), 4F11 (EF_ANR), 4F50 (EF_EMAIL), 4F4A (EF_EXT1), 4F4B (EF_AAS), 4F53 (EF_GAS),"
                + " 4F4F (EF_CCP1) (pySim-shell's export and fsdump never contain them: read DF_PHONEBOOK with a tool"
                + " that follows EF_PBR)"), card.problems().stream().filter(p -> p.contains("EF_PBR")).toList());
    }

    @Test
    void aSimdumpWithStatusWordsHashesAndBadHex() throws IOException {
        String json = """
            {"format": "simdump", "version": 1, "acquisition": {"tool": "test"},
             "files": [
              {"path": "3F00/2FE2", "structure": "transparent", "sw": "9000", "data": "98 88 12 01 00 00 40 03 10 F0",
               "sha256": "0000000000000000000000000000000000000000000000000000000000000000"},
              {"path": "3f00/a0000000871002/6f07", "sw": "6982"},
              {"path": "3F00/7F20/6F07", "data": "082926101160845740"},
              {"path": "3F00/7F20/6F46", "data": "01ZZ"},
              {"path": "3F00/7F10/6F3A", "structure": "linear_fixed", "recordLength": 30, "records": [
                 {"n": 1, "data": "4B756E64656E626574726575756E67FF0791947112122721FFFFFFFFFFFF"},
                 {"n": 3, "sw": "6A83"}]},
              {"path": "3F00/7F20/6F07", "data": "080910100000001020"},
              {"path": "3F00/7F10/6F3C", "records": [{"n": 1, "data": "%s"}]},
              {"path": "3F00/ADF_USIM/6F3C", "records": [{"n": 1, "data": "%s"}]}
             ]}
            """;
        String sms = "0107911144555512F2040B916105551511F100006060605130308A04D4F29C0E" + "FF".repeat(145);
        SimCard card = SimCardReader.read(JsonDumpReader.read(stream(json.formatted(sms, sms))));
        assertEquals(1, card.sms().size(), "the USIM's EF_SMS identical to DF_TELECOM's is one file seen twice");
        assertEquals("8988211000000430010", card.iccid());
        assertEquals("262011106487504", card.imsi().digits(), "the 2G copy, the USIM one being unreadable");
        assertEquals("+491721217212", card.contacts().get(0).value().number());
        String problems = String.join("\n", card.problems());
        assertTrue(problems.contains("3F00/2FE2: content does not match its sha256"), problems);
        assertTrue(problems.contains("3F00/7F20/6F46: content is not valid hex"), problems);
        assertTrue(problems.contains("3F00/7F10/6F3A record 3: status word 6A83"), problems);
        assertTrue(problems.contains("3F00/7F20/6F07: appears twice"), problems);
        assertTrue(problems.contains("3F00/ADF_A0000000871002/6F07 (3f00/a0000000871002/6f07) could not be read: status word 6982"),
                problems);
    }

    @Test
    void theUsimPhonebookThroughEfPbr() throws IOException {
        // PBR of pySim's sysmo card (sim-spec §4.24): type 1 ADN 4F3A, IAP 4F32 …; type 2 ANR 4F11, EMAIL 4F50.
        String json = """
            {"format": "simdump", "version": 1, "files": [
              {"path": "3F00/ADF_USIM/5F3A/4F30", "records": [{"n": 1, "data":
                "A81EC0034F3A01C1034F3202C3034F5414C5034F0904C6034F5212C9034F2109A90AC4034F1108CA034F500DAA14C2034F4A03C7034F4B06C8034F5313CB034F4F16FFFFFF"}]},
              {"path": "3F00/ADF_USIM/5F3A/4F3A", "records": [
                {"n": 1, "data": "4B756E64656E626574726575756E67FF0791947112122721FFFFFFFFFFFF"},
                {"n": 2, "data": "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"}]},
              {"path": "3F00/ADF_USIM/5F3A/4F32", "records": [{"n": 1, "data": "0201"}, {"n": 2, "data": "FFFF"}]},
              {"path": "3F00/ADF_USIM/5F3A/4F11", "records": [
                {"n": 1, "data": "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"},
                {"n": 2, "data": "00 0791 947112122799 FFFFFF FFFF 0101"}]},
              {"path": "3F00/ADF_USIM/5F3A/4F50", "records": [{"n": 1, "data": "6B756E64656E006578616D706C652E6465FFFF0101"}]}
            ]}
            """;
        SimCard card = SimCardReader.read(JsonDumpReader.read(stream(json)));
        assertEquals(1, card.phonebook().size(), card.phonebook()::toString);
        var c = card.phonebook().get(0);
        assertEquals("Kundenbetreuung", c.name());
        assertEquals(List.of("+491721217212", "+491721217299"),
                c.numbers().stream().map(org.phonetriage.parsers.sim.codec.DiallingNumber::number).toList());
        assertEquals(List.of("kunden@example.de"), c.emails());
        // read in part: the files present are used, the absent ones listed once
        assertEquals(List.of("USIM phone book: EF_PBR names 8 files this dump lacks, so what they hold is not in the"
                + " case: in 3F00/ADF_USIM/5F3A: 4F54 (EF_SNE), 4F09 (EF_PBC), 4F52 (EF_GRP), 4F21 (EF_UID),"
                + " 4F4A (EF_EXT1), 4F4B (EF_AAS), 4F53 (EF_GAS), 4F4F (EF_CCP1) (read DF_PHONEBOOK with a tool that"
                + " follows EF_PBR)"), card.problems());
    }

    @Test
    void anythingElseIsRefusedSayingWhatIsAccepted() {
        IOException e = assertThrows(IOException.class, () -> JsonDumpReader.read(stream("{\"hello\": 1}")));
        assertTrue(e.getMessage().contains("pySim-shell export scripts, fsdump JSON and simdump JSON"), e.getMessage());
        assertThrows(IOException.class, () -> JsonDumpReader.read(stream("{not json")));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
