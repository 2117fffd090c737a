package org.phonetriage.parsers.sim.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The EF test vectors of docs/sim-spec.md §3.2 and §4 (pySim, AOSP and SIMbrush cards). */
class ElementaryFilesTest {

    private static final String VOICE_MAIL = "566F696365204D61696C";
    private final List<String> warnings = new ArrayList<>();

    @ParameterizedTest
    @CsvSource({"92F501,295,10", "031263,302,361", "00F110,001,01"})
    void plmns(String hex, String mcc, String mnc) {
        assertEquals(new Plmn(mcc, mnc), Plmn.decode(Hex.parse(hex), 0));
    }

    @ParameterizedTest
    @CsvSource({"988812010000400310F0,8988211000000430010", "98106240051044486 8F2,8901260450014484862",
        "98530905012070900389,89359050100207093098"})
    void iccids(String hex, String iccid) {
        assertEquals(iccid, SimIdentity.iccid(Hex.parse(hex), warnings));
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void anIccidFailingLuhnIsKeptAndFlagged() {
        assertEquals("8988211000000430110", SimIdentity.iccid(Hex.parse("988812010000400311F0"), warnings));
        assertEquals(1, warnings.size());
    }

    @ParameterizedTest
    @CsvSource({"082982608200002080,228062800000208", "082926101160845740,262011106487504",
        "08218260820000 20F8,22806280000028", "0709101000002143FF,0010100001234", "080910100000001020,001010000000102"})
    void imsis(String hex, String imsi) {
        assertEquals(imsi, SimIdentity.imsi(Hex.parse(hex), 2, warnings).digits());
    }

    @Test
    void mncLengthFromEfAdOrInferredFromTheMcc() {
        assertEquals(2, SimIdentity.mncLength(Hex.parse("00000002")));
        assertEquals(0, SimIdentity.mncLength(Hex.parse("00FFFF")));
        SimIdentity.Imsi us = SimIdentity.imsi(Hex.parse("083911848080009855"), 0, warnings);
        assertEquals("311480808008955", us.digits());
        assertEquals("480", us.mnc());
        assertTrue(us.mncLengthInferred());
        assertEquals("01", SimIdentity.imsi(Hex.parse("082926101160845740"), 2, warnings).mnc());
        assertNull(SimIdentity.imsi(Hex.parse("FFFFFFFFFFFFFFFFFF"), 2, warnings));
    }

    @Test
    void serviceProviderNames() {
        assertEquals(new SimIdentity.Spn("GSM-R CH", 1),
                SimIdentity.spn(Hex.parse("0147534D2D52204348FFFFFFFFFFFFFFFF"), warnings));
        assertEquals("Magic", SimIdentity.spn(Hex.parse("034D61676963FFFFFFFFFFFFFFFFFFFFFF"), warnings).name());
        assertNull(SimIdentity.spn(Hex.parse("FFFFFFFFFFFF"), warnings));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        VOICE_MAIL + "07918150367742F3FFFFFFFFFFFF | Voice Mail | +18056377243",
        VOICE_MAIL + "07FF8150367742F3FFFFFFFFFFFF | Voice Mail | 18056377243",
        VOICE_MAIL + "07818150367742F3FFFFFFFFFFFF | Voice Mail | 18056377243",
        VOICE_MAIL + "0F918150367742F3FFFFFFFFFFFF | Voice Mail | ''",
        VOICE_MAIL + "00918150367742F3FFFFFFFFFFFF | Voice Mail | ''",
        VOICE_MAIL + "0291FF50367742F3FFFFFFFFFFFF | Voice Mail | ''",
        VOICE_MAIL + "0291F150367742F3FFFFFFFFFFFF | Voice Mail | +1",
        "42204841203120536963FFFFFFFFFFFF 06810628560810FFFFFFFFFFFFFF | B HA 1 Sic | 6082658001",
        "4B756E64656E626574726575756E67FF 0791947112122721FFFFFFFFFFFF | Kundenbetreuung | +491721217212",
        "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF 04B12143F5FFFFFFFFFFFFFFFFFF | '' | 12345",
        "456967656E65205275666E756D6D6572FFFFFFFF 0891947172199181F3FFFFFFFFFF | Eigene Rufnummer | +4917279119183",
        "41767620636869616D204F4EFFFF 03814AB3FFFFFFFFFFFFFFFFFFFF | Avv chiam ON | *43#",
        "5365677220766F6365204F4EFFFF 0881AA00A405051AB1FFFFFFFFFF | Segr voce ON | **004*5050*11#",
        "FFFFFFFFFFFFFFFFFFFFFFFFFFFF 09813BB10065099019F8FFFFFFFF | '' | #31#00569009918",
    })
    void diallingNumbers(String hex, String alpha, String number) {
        DiallingNumber n = DiallingNumber.decode(Hex.parse(hex), List.of());
        assertEquals(alpha, n.alpha());
        assertEquals(number, n.number());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // pySim EF_MSISDN._test_de_encode and the sysmoISIM cards' MSISDN (TON 3, network specific)
        "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF 04B12143F5FFFFFFFFFFFFFFFFFF | 3",
        "05B1766662F6FFFFFFFFFFFFFFFF | 3",
        "0791947112122721FFFFFFFFFFFF | 1",
        "06810628560810FFFFFFFFFFFFFF | 0",
        "05C1766662F6FFFFFFFFFFFFFFFF | 4",
        "05E1766662F6FFFFFFFFFFFFFFFF | 6",
        "07FF8150367742F3FFFFFFFFFFFF | 0",
        "FFFFFFFFFFFFFFFFFFFFFFFFFFFF | -",
    })
    void theTypeOfNumberIsKeptForTheNormaliser(String hex, Integer ton) {
        assertEquals(ton, DiallingNumber.decode(Hex.parse(hex), List.of()).typeOfNumber());
    }

    @Test
    void anEmptyRecordIsEmpty() {
        assertTrue(DiallingNumber.decode(Hex.parse("FF".repeat(24)), List.of()).empty());
    }

    @Test
    void extensionChains() {
        byte[] adn = Hex.parse("4164676A6DFFFFFFFFFFFFFFFFFFFFFF 0B918188551512C221436587FF01");
        assertEquals("+18885551212,12345678", DiallingNumber.decode(adn, List.of()).number());
        assertEquals("+18885551212,12345678901234567890",
                DiallingNumber.decode(adn, List.of(Hex.parse("0206092143658709FFFFFFFFFF"))).number());
        assertEquals("+18885551212,12345678",
                DiallingNumber.decode(adn, List.of(Hex.parse("0106092143658709FFFFFFFFFF"))).number());
        assertEquals("+18885551212,12345678",
                DiallingNumber.decode(adn, List.of(Hex.parse("020B092143658709FFFFFFFFFF"))).number());
        // A chain of two records, then one that points back to the first: digits once, a warning.
        DiallingNumber looped = DiallingNumber.decode(adn, List.of(
                Hex.parse("020190FFFFFFFFFFFFFFFFFF02"), Hex.parse("020121FFFFFFFFFFFFFFFFFF01")));
        assertEquals("+18885551212,123456780912", looped.number());
        assertFalse(looped.warnings().isEmpty());
    }

    @Test
    void residualDigitsOfADeletedEntryAreReported() {
        DiallingNumber n = DiallingNumber.decode(Hex.parse("FFFFFFFFFFFFFF FF91 8150367742F3FFFFFFFFFFFF"), List.of());
        assertEquals("", n.number());
        assertTrue(n.warnings().get(0).contains("18056377243"), n.warnings()::toString);
    }
}
