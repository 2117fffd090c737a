package org.phonetriage.parsers.sim.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phonetriage.parsers.sim.codec.TpduDecoder.Direction;

/** The worked examples of docs/sim-spec.md §3–5 (asserted by AOSP, pySim and python-gsmmodem tests). */
class CodecExamplesTest {

    private final List<String> warnings = new ArrayList<>();

    // sim-spec §3.7 prints the 0x81 example as "Voìce Mài"; its count of 10 and AOSP's
    // SimUtilsTest both say "Voìce Màil".
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "566F696365204D61696C | Voice Mail",
        "1B3C1B28616263 1B291B3E1B3D | [{abc}]~",
        "8000300031003200 33 | 0123",
        "80300020001000 | \u3000\u2000\u1000",
        "809673539A576400 2F004DFFFFFFFFFF | 陳厚坤/M",
        "810A01566FEC6365204DE0696CFFFFFF | Voìce Màil",
        "81051353 95A6A6FFFF | S\u0995\u09A6\u09A6\u09FF",
        "8108089EBFB5C0B0C2BEC0FF | Оператор",
        "81090891CAC02EBFBEBCBEC9 | Бър.помощ",
        "820505302D82D32D31 | -Բփ-1",
        "8108006d61686c7a656974 | mahlzeit",
        "810b136d61686c7a656974953233 | mahlzeit\u099523",
        "820980236d61686c807a656974 | mahl\u8023zeit",
        "4A65616EFFFFFFFF | Jean",
    })
    void alphaIdentifiers(String hex, String expected) {
        assertEquals(expected, AlphaId.decode(Hex.parse(hex), warnings));
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void emptyAndEightBitAlphaFields() {
        assertEquals("", AlphaId.decode(Hex.parse("FFFFFFFF"), warnings));
        assertEquals("Jo\uFFFDo", AlphaId.decode(Hex.parse("4A6FE36FFF"), warnings));
        assertEquals(List.of("8-bit byte E3 in a 7-bit alpha field"), warnings);
    }

    @Test
    void escapeRules() {
        // ESC + an unknown code gives the default character; ESC ESC a space; a lone ESC is dropped.
        assertEquals("Æ", Gsm7.decodeSeptets(new int[] {0x1B, 0x1C}, warnings));
        assertTrue(warnings.isEmpty());
        assertEquals("a b", Gsm7.decodeSeptets(new int[] {0x61, 0x1B, 0x1B, 0x62}, warnings));
        assertEquals("a", Gsm7.decodeSeptets(new int[] {0x61, 0x1B}, warnings));
        assertEquals(2, warnings.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "C8329BFD065DDF72363904 | 12 | Hello World!",
        "1BDE0615168F37A98D6FD303 | 13 | [{abc}]~",
        "31D90C | 3 | 123",
    })
    void packedSeptets(String hex, int septets, String expected) {
        assertEquals(expected, Gsm7.decodePacked(Hex.parse(hex), 0, septets, 0, warnings));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0B917228214365F7 | +27821234567 | 1",
        "0DD0CDF2396C7EBB01 | Megafon | 5",
        "04D01100 | _@ | 5",
        "09E1BADCBE5AF1 | *#abc#*51 | 6",
        "0ED04669D0397C26A7 | FRANCOIS | 5",
        "14D0E10D6FE3DBA036A94D19 | a[]{}€ | 5",
        "0AA11092997856 | 0129998765 | 2",
        "12D0D4B03C6D6E25DDE637 | Tarif-Info | 5",
        "07D0D7B49B0C | Wind | 5",
        "05850295F1 | 20591 | 0",
    })
    void smsAddresses(String hex, String expected, int ton) {
        SmsAddress a = SmsAddress.readTp(Hex.parse(hex), 0, warnings);
        assertEquals(expected, a.value());
        assertEquals(ton, a.ton());
        assertEquals(Hex.parse(hex).length, SmsAddress.tpLength(Hex.parse(hex), 0));
    }

    @Test
    void diallingAndSmsTablesDiffer() {
        byte[] adn = Hex.parse("8188551512C221436587");
        assertEquals("18885551212,12345678", Bcd.digitsUntilFiller(adn, 0, adn.length, DigitTable.DIALLING));
        assertEquals("18885551212a12345678", Bcd.digitsUntilFiller(adn, 0, adn.length, DigitTable.SMS));
        assertEquals("18885551212C12345678", Bcd.nibbles(adn, 0, adn.length));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "51117200000000 | 2015-11-27T00:00:00Z",
        "51117200000080 | 2015-11-27T00:00:00+02:00",
        "70402132522423 | 2007-04-12T23:25:42+08:00",
        "7040213252242B | 2007-04-12T23:25:42-08:00",
        "6080426101748A | 2006-08-24T16:10:47-07:00",
    })
    void timestamps(String hex, String expected) {
        assertEquals(OffsetDateTime.parse(expected), SmsTimestamp.decode(Hex.parse(hex), 0, warnings));
        assertTrue(warnings.isEmpty());
    }

    @Test
    void aTimestampThatIsNoDateIsFlaggedNotInvented() {
        assertNull(SmsTimestamp.decode(Hex.parse("99999999999900"), 0, warnings));
        assertFalse(warnings.isEmpty());
    }

    @Test
    void relativeValidity() {
        assertEquals(30, TpduDecoder.relativeValidity(5));
        assertEquals(16 * 60, TpduDecoder.relativeValidity(151));
        assertEquals(3 * 24 * 60, TpduDecoder.relativeValidity(169));
        assertEquals(5 * 7 * 24 * 60, TpduDecoder.relativeValidity(197));
        assertEquals(1440, TpduDecoder.relativeValidity(0xA7));
    }

    @Test
    void userDataHeaders() {
        assertEquals(new UserDataHeader.Concat(23, 8, 3, 1),
                UserDataHeader.concat(UserDataHeader.parse(Hex.parse("0003170301"), 0, 5, warnings)));
        assertEquals(new UserDataHeader.Concat(384, 16, 4, 2),
                UserDataHeader.concat(UserDataHeader.parse(Hex.parse("080401800402"), 0, 6, warnings)));
        var ports = UserDataHeader.parse(Hex.parse("05040B8423F0000355 0201"), 0, 11, warnings);
        assertEquals(2948, UserDataHeader.destinationPort(ports));
        assertEquals(new UserDataHeader.Concat(0x55, 8, 2, 1), UserDataHeader.concat(ports));
        assertEquals(100, UserDataHeader.destinationPort(UserDataHeader.parse(Hex.parse("04026432"), 0, 4, warnings)));
        assertTrue(warnings.isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"0,free", "1,mt_read", "3,mt_unread", "7,mo_unsent", "5,mo_sent", "13,mo_sent_report_requested",
        "21,mo_sent_report_received", "29,mo_sent_report_stored", "9,mt_read", "37,mo_sent", "4,free"})
    void recordStates(int status, String state) {
        assertEquals(state, EfSmsRecord.state(status));
    }

    @Test
    void aTruncatedRecordKeepsWhatWasRead() {
        // The GCF record of the vectors cut inside its user data: address, time and part of the text survive.
        byte[] full = Hex.parse("03029111000C9194981492631000F269206190022000A053E4534A05358BD369F058");
        EfSmsRecord r = EfSmsRecord.decode(3, full);
        assertTrue(r.sms().truncated);
        assertEquals("+498941293601", r.sms().address.value());
        assertEquals(OffsetDateTime.parse("1996-02-16T09:20:02Z"), r.sms().serviceCentreTime);
        assertTrue(r.sms().text.startsWith("SHORT MESSAG"), r.sms().text);
        assertTrue(r.sms().warnings.stream().anyMatch(w -> w.contains("truncated")), r.sms().warnings::toString);
    }

    @Test
    void truncationInsideTheHeaderNeverThrows() {
        for (String hex : new String[] {"03", "0302", "03029111", "0302911100", "03029111000C91", "0302911100 0C919498149263"}) {
            EfSmsRecord r = EfSmsRecord.decode(1, Hex.parse(hex));
            assertTrue(r.sms() == null || r.sms().truncated, hex);
        }
    }

    @Test
    void slackAfterTheMessageIsKeptApart() {
        // The 'Test' DELIVER of AOSP, then remnants of a longer message and FF padding.
        byte[] rec = Hex.parse("01 07911144555512F2 040B916105551511F100006060605130308A04D4F29C0E 41424344 FFFFFF");
        EfSmsRecord r = EfSmsRecord.decode(1, rec);
        assertEquals("Test", r.sms().text);
        assertEquals("41424344", r.slackHex());
        assertFalse(r.deleted());
        assertEquals(null, EfSmsRecord.decode(2, Hex.parse("00FFFFFFFF")).sms());
    }

    @Test
    void recoveredRecordsAreRankedByPlausibility() {
        // A free record whose bytes are a real message, and one whose bytes are noise after the status.
        EfSmsRecord message = EfSmsRecord.decode(1, Hex.parse(
                "00 07911144555512F2 040B916105551511F100006060605130308A04D4F29C0E FFFFFF"));
        EfSmsRecord noise = EfSmsRecord.decode(2, Hex.parse("00 0C 0123456789ABCDEF0011223344 55 66"));
        assertTrue(message.deleted());
        assertEquals(EfSmsRecord.CHECKS, message.plausibility());
        assertTrue(noise.plausibility() < message.plausibility(), () -> noise.plausibility() + " " + noise.sms().warnings);
    }

    @Test
    void aNationalLanguageTableIsFlagged() {
        // SUBMIT with a UDH asking for the Portuguese single shift table (IEI 24, language 4)
        SmsPdu sms = TpduDecoder.decode(Hex.parse("00 41 00 0B916407281553F8 0000 0A 03240104 C8329BFD06"), 0,
                Direction.MOBILE_ORIGINATED);
        assertTrue(sms.warnings.stream().anyMatch(w -> w.contains("single shift table 4")), sms.warnings::toString);
    }

    @Test
    void aSentRecordIsReadAsSubmit() {
        SmsPdu sms = TpduDecoder.decode(Hex.parse("0011000B916407281553F80000AA0AE8329BFD4697D9EC37"), 0,
                Direction.MOBILE_ORIGINATED);
        assertEquals(TpduType.SUBMIT, sms.type);
        assertEquals("+46708251358", sms.address.value());
        assertEquals("hellohello", sms.text);
    }
}
