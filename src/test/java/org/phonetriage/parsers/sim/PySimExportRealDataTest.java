package org.phonetriage.parsers.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phonetriage.RealData;
import org.phonetriage.parsers.sim.dump.PySimExportReader;
import org.phonetriage.parsers.sim.dump.SimDump;

/** The seven real test cards exported by pySim-shell (values from realdata INVENTORY.md §3). */
class PySimExportRealDataTest {

    private static final String DIR = "osmocom__pysim/tests/card_sanitizer/";

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "3b991800118822334455667760_2222334455667788990 | 2222334455667788990 | 001010000000102 | - | -",
        "3b9a940092027593110001020221_1122334455667788990 | 1122334455667788990 | 001010000000102 | - | Magic",
        "3b9f95801fc78031e073f62113674d4516004301008f_89445310150011013678 | 89445310150011013678 | 001010000000102 | - | wavemobile",
        "3b9f96801f878031e073fe211b674a357530350265f8_8949440000001155314 | 8949440000001155314 | 001010000000102 | 6766266 | Magic",
        "3b9f96801f878031e073fe211b674a4c753034054ba9_8988211000000467343 | 8988211000000467343 | 001010000000102 | 6766266 | Magic",
        "3b9f96801fc78031a073be21136743200718000001a5_8988211320300000028 | 8988211320300000028 | 001010000000102 | +77776336143 | Magic",
        "3b9f96801fc78031a073be21136744220610000001a9_8988219000000117833 | 8988219000000117833 | 001010000000111 | - | Fairwaves",
    })
    void identities(String file, String iccid, String imsi, String msisdn, String spn) throws IOException {
        SimCard card = read(file);
        assertEquals(iccid, card.iccid());
        assertEquals(imsi, card.imsi().digits());
        assertEquals("001", card.imsi().mcc());
        assertEquals(msisdn, card.msisdns().isEmpty() ? null : card.msisdns().get(0).value().number());
        assertEquals(spn, card.spn() == null ? null : card.spn().name());
        assertTrue(card.contacts().isEmpty(), "the test cards' phone books are empty");
        assertTrue(card.problems().stream().noneMatch(p -> p.contains("not export commands")), card.problems()::toString);
        assertTrue(card.sms().isEmpty(), "the test cards' EF_SMS records are empty");
    }

    /**
     * pySim's export never holds the files EF_PBR names: one problem per card lists them all (before,
     * one problem per file: 43 over these cards). What remains are the cards' own faults.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3b991800118822334455667760_2222334455667788990 | 1 | 0",
        "3b9a940092027593110001020221_1122334455667788990 | 0 | 0",
        "3b9f95801fc78031e073f62113674d4516004301008f_89445310150011013678 | 2 | 4",
        "3b9f96801f878031e073fe211b674a357530350265f8_8949440000001155314 | 1 | 12",
        "3b9f96801f878031e073fe211b674a4c753034054ba9_8988211000000467343 | 1 | 12",
        "3b9f96801fc78031a073be21136743200718000001a5_8988211320300000028 | 1 | 12",
        "3b9f96801fc78031a073be21136744220610000001a9_8988219000000117833 | 2 | 3",
    })
    void theAbsentPhonebookFilesAreOneProblemPerCard(String file, int problems, int absent) throws IOException {
        SimCard card = read(file);
        assertEquals(problems, card.problems().size(), card.problems()::toString);
        List<String> phonebook = card.problems().stream().filter(p -> p.contains("EF_PBR")).toList();
        assertEquals(absent == 0 ? List.of() : List.of("USIM phone book: EF_PBR names " + absent + " files this dump"
                + " lacks, so what they hold is not in the case"), phonebook.stream().map(p -> p.split(": in ")[0]).toList());
        assertTrue(phonebook.stream().allMatch(p -> p.startsWith("USIM phone book: EF_PBR names " + absent
                + " files this dump lacks, so what they hold is not in the case: in 3F00/7F10/5F3A: 4F3A (EF_ADN), ")
                && p.endsWith(" (pySim-shell's export and fsdump never contain them: read DF_PHONEBOOK with a tool"
                        + " that follows EF_PBR)")), phonebook::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3b9f96801f878031e073fe211b674a357530350265f8_8949440000001155314 | 3",
        "3b9f96801f878031e073fe211b674a4c753034054ba9_8988211000000467343 | 3",
        "3b9f96801fc78031a073be21136743200718000001a5_8988211320300000028 | 1",
    })
    void theMsisdnKeepsItsTypeOfNumber(String file, int ton) throws IOException {
        // 6766266 is stored as network specific (B1): no E.164 number, whatever the card's country
        assertEquals(ton, read(file).msisdns().get(0).value().typeOfNumber());
    }

    @Test
    void the2gCardsDialledNumbersAndLocation() throws IOException {
        SimCard card = read("3b991800118822334455667760_2222334455667788990");
        assertEquals(List.of(6, 27), card.dialled().stream().map(SimCard.Entry::record).toList());
        assertEquals("92250", card.dialled().get(0).value().number());
        assertEquals("MCC 001 MNC 03 LAC 2037 (8247) TMSI 9D18D3EE, updated", card.location());
    }

    @Test
    void theCardsOwnFactsApplicationsNetworkNamesAndSmsCentre() throws IOException {
        SimCard card = read("3b9f95801fc78031e073f62113674d4516004301008f_89445310150011013678");
        List<String> facts = card.facts().stream().map(f -> f.name() + ": " + f.value()).toList();
        assertTrue(facts.contains("Application (EF_DIR): USIM A0000000871002FFF359FF89FFFFFFFF \"USIM\""),
                facts::toString);
        assertTrue(facts.contains("Network name (EF_PNN): full \"wavemobile\""), facts::toString);
        assertTrue(facts.contains("Service provider's networks (EF_SPDI): 234-53, 234-20"), facts::toString);
        assertTrue(facts.contains("SMS parameters (EF_SMSP): SMS centre 0015555, validity 5 min"), facts::toString);
    }

    @Test
    void badFilesKeepTheirCanonicalPath() throws IOException {
        Path script = RealData.path(DIR + "card_backup_3b991800118822334455667760_2222334455667788990.script");
        SimDump dump;
        try (var in = Files.newBufferedReader(script)) {
            dump = PySimExportReader.read(in);
        }
        assertTrue(dump.files().get("3F00/2F05").error().contains("got 9404"), dump.files().get("3F00/2F05")::toString);
    }

    @Test
    void aDeletedLocationArea() throws IOException {
        assertEquals("MCC 901 MNC 99 LAC FFFE (65534) deleted, location area not allowed",
                read("3b9a940092027593110001020221_1122334455667788990").location());
    }

    @Test
    void promptsMixedIntoTheScriptAndBadHexAreProblemsTheRestIsRead() throws IOException {
        String script = Files.readString(RealData.path(DIR
                + "card_backup_3b9f96801fc78031a073be21136743200718000001a5_8988211320300000028.script"));
        String damaged = script.replaceFirst("select MF/DF.GSM/EF.IMSI", "pySIM-shell (00:MF)> select MF/DF.GSM/EF.IMSI")
                .replaceFirst("update_binary 988812310203000020f8", "update_binary 98881231020300002Xf8");
        SimDump dump = PySimExportReader.read(new StringReader(damaged));
        SimCard card = SimCardReader.read(dump);
        assertNull(card.iccid());
        assertEquals("001010000000102", card.imsi().digits());
        assertTrue(card.problems().stream().anyMatch(p -> p.startsWith("3F00/2FE2 (MF/EF.ICCID)") && p.contains("not valid hex")),
                card.problems()::toString);
        assertTrue(card.problems().stream().anyMatch(p -> p.contains("not export commands")), card.problems()::toString);
        assertFalse(card.problems().isEmpty());
    }

    static SimCard read(String name) throws IOException {
        Path script = RealData.path(DIR + "card_backup_" + name + ".script");
        try (var in = Files.newBufferedReader(script)) {
            return SimCardReader.read(PySimExportReader.read(in));
        }
    }
}
