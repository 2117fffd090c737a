package org.phonetriage.parsers.sim.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sim-spec §4.8, §4.11–4.13, §4.16 and §4.18 vectors for the card's own facts. */
class CardFactCodecsTest {

    private final List<String> warnings = new ArrayList<>();

    @Test
    void smspVectors() {
        SmsParameters p = SmsParameters.decode(Hex.parse("534D5343FFFFFFFFFFFFFFFFFFFFFFFF E1 FFFFFFFFFFFFFFFFFFFFFFFF"
                + " 0891945197109099F9FFFFFF 00 00 A9"), warnings);
        assertEquals("SMSC", p.alpha());
        assertNull(p.destination());
        assertEquals("+4915790109999", p.serviceCentre());
        assertEquals(0, p.protocolId());
        assertEquals(4320, p.validityMinutes(), "A9 = 3 days");
        assertEquals("SMS centre +4915790109999, validity 3 days, named \"SMSC\"", p.describe());

        SmsParameters both = SmsParameters.decode(Hex.parse("FC 0B919403214365F7FFFFFFFF 07919403214365F7FFFFFFFF"
                + " FF FF FF"), warnings);
        assertEquals("+49301234567", both.destination());
        assertEquals("+49301234567", both.serviceCentre());
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void smspWithItsParametersFirstAsPySimTestCardsHaveIt() {
        SmsParameters p = SmsParameters.decode(Hex.parse(
                "e1ffffffffffffffffffffffff0581005155f5ffffffffffff000000ffffffffffffffffffffffffffff"), warnings);
        assertEquals("0015555", p.serviceCentre(), "sysmoISIM-SJA2.ok: SMSC: 0015555");
        assertTrue(warnings.get(0).startsWith("EF_SMSP record holds its parameters first"));
    }

    @Test
    void validityPeriodRanges() {
        assertEquals(5, TpduDecoder.relativeValidity(0));
        assertEquals(720 + 30, TpduDecoder.relativeValidity(144));
        assertEquals(1440, TpduDecoder.relativeValidity(0xA7));
        assertEquals(5 * 7 * 1440, TpduDecoder.relativeValidity(197));
    }

    @Test
    void locationVectors() {
        assertEquals("MCC 228 MNC 01 LAC 0978 (2424) TMSI 78025702, updated",
                Locations.loci(Hex.parse("78025702 22F810 0978 00 00")));
        assertEquals("MCC 262 MNC 02 LAC 0000 (0) deleted, not updated",
                Locations.loci(Hex.parse("FFFFFFFF 62F220 0000 FF 01")));
        assertEquals("MCC 228 MNC 99 LAC 0000 (0) deleted RAC FF, not updated",
                Locations.psLoci(Hex.parse("FFFFFFFF FFFFFF 22F899 0000 FF 01")));
        assertEquals("MCC 284 MNC 05 LAC 0064 (100) RAC 01 P-TMSI F8B2C454, updated",
                Locations.psLoci(Hex.parse("F8B2C454 FFFFFF 82F450 0064 01 00")));
        assertEquals("TAI without PLMN TAC 0000, not updated",
                Locations.epsLoci(Hex.parse("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFF 0000 01")));
        assertEquals("TAI MCC 262 MNC 01 TAC 1234; GUTI 262-01 MMEGI 8001 MMEC 02 M-TMSI C0FFEE01, updated",
                Locations.epsLoci(Hex.parse("0BF6 62F210 8001 02 C0FFEE01 62F210 1234 00")));
    }

    @Test
    void networkNameVectors() {
        assertEquals("full \"wavemobile\"", NetworkNames.pnn(Hex.parse("430A82F7B0BDDC7E8BD3EC32FFFF"), warnings)
                .describe());
        assertEquals("full \"Telekom.de\", short \"Telekom.de\"", NetworkNames.pnn(Hex.parse(
                "430A82D432BBBC7EB75DE432450A82D432BBBC7EB75DE432"), warnings).describe());
        assertNull(NetworkNames.pnn(Hex.parse("FFFFFFFF"), warnings));
        NetworkNames.Opl opl = NetworkNames.opl(Hex.parse("62F210 0000 FFFE 01"));
        assertEquals("262-01 LAC 0000–FFFE → PNN record 1", opl.describe());
        assertTrue(opl.covers(new Plmn("262", "01"), 0x3721));
        assertEquals("123-456 LAC 789A–BCDE → PNN record 18", NetworkNames.opl(Hex.parse("216354 789A BCDE 12"))
                .describe());
        assertTrue(NetworkNames.opl(Hex.parse("62FD10 0000 FFFE 01")).covers(new Plmn("262", "01"), 1),
                "a D nibble is a wildcard");
        assertEquals("[234-53, 234-20]", NetworkNames.spdi(Hex.parse("A308800632F43532F402FFFF")).toString());
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void callInformationRecords() {
        String alpha = "426F62" + "FF".repeat(13);
        byte[] missed = Hex.parse(alpha + "07 91 3316325476F8 FFFFFFFF FF FF 42118231540029 00003C 01 01FFFF");
        CallInformation in = CallInformation.decode(missed, true, List.of());
        assertEquals("Bob", in.party().alpha());
        assertEquals("+33612345678", in.party().number());
        assertEquals("2024-11-28T13:45-03:00", in.time().toString(), "the call's local time and the network's zone");
        assertEquals(60, in.durationSeconds());
        assertEquals(Boolean.FALSE, in.answered(), "status bit 1 set: not answered");
        CallInformation out = CallInformation.decode(Hex.parse(alpha + "07 91 3316325476F8 FFFFFFFF FF FF"
                + " 42118231540029 0000F0 01FFFF"), false, List.of());
        assertEquals(240, out.durationSeconds());
        assertNull(out.answered(), "EF_OCI has no status byte");
        // pySim's test cards: empty ICI and OCI records
        assertNull(CallInformation.decode(Hex.parse("FF".repeat(30) + "FFFFFFFFFFFFFF 00000000 01FFFF"), true, List.of()));
        assertNull(CallInformation.decode(Hex.parse("FF".repeat(30) + "FFFFFFFFFFFFFF 000000 01FFFF"), false, List.of()));
    }

    @Test
    void applicationDirectoryVectors() {
        assertEquals("USIM A0000000871002FFFFFFFF8907090000 \"USim1\"", ApplicationDirectory.decode(Hex.parse(
                "6119 4F10A0000000871002FFFFFFFF8907090000 50055553696D31")).describe());
        assertEquals("USIM A0000000871002FF49FFFF89 \"E-Plus USIM\"", ApplicationDirectory.decode(Hex.parse(
                "611B 4F0CA0000000871002FF49FFFF89 500B452D506C7573205553494D")).describe());
        assertNull(ApplicationDirectory.decode(Hex.parse("FFFFFFFF")));
    }
}
