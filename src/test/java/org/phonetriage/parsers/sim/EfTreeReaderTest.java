package org.phonetriage.parsers.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phonetriage.parsers.sim.codec.Hex;
import org.phonetriage.parsers.sim.dump.EfTreeReader;
import org.phonetriage.parsers.sim.dump.SimDump;

/** Bad input in a raw EF tree: each a problem naming the EF and the reason, the rest decoded. */
class EfTreeReaderTest {

    private static final String KUNDEN = "4B756E64656E626574726575756E67FF0791947112122721FFFFFFFFFFFF";

    @Test
    void badFilesAreProblemsAndTheRestIsDecoded() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("3F00/2FE2.bin", Hex.parse("988812010000400310F0"));
        files.put("3F00/7F20/6F07.sw", "6982\n".getBytes(StandardCharsets.US_ASCII));
        files.put("3F00/7F20/6F46.hex", "01 4D61 ZZ".getBytes(StandardCharsets.US_ASCII));
        // an ADN with a 2G header saying 30-byte records, then 7 bytes of a truncated record
        files.put("3F00/7F10/6F3A_EF_ADN.bin", Hex.parse(KUNDEN + "FFFFFFFFFFFFFF"));
        files.put("3F00/7F10/6F3A_EF_ADN.fcp", Hex.parse("0000003C6F3A040011F0440101 01 1E"));
        files.put("3F00/7F10/6F3C/002.bin", Hex.parse("00" + "FF".repeat(175)));
        files.put("3F00/notes.txt", "hello".getBytes(StandardCharsets.US_ASCII));
        SimDump dump = EfTreeReader.read(files);
        SimCard card = SimCardReader.read(dump);
        assertEquals("8988211000000430010", card.iccid());
        assertEquals("+491721217212", card.contacts().get(0).value().number());
        assertEquals("Kundenbetreuung", card.contacts().get(0).value().alpha());
        String problems = String.join("\n", card.problems());
        assertTrue(problems.contains("3F00/7F10/6F3A: 37 bytes are not a whole number of 30-byte records; the last 7"
                + " bytes are ignored"), problems);
        assertTrue(problems.contains("3F00/7F20/6F46: line 1 of 3F00/7F20/6F46.hex is not valid hex"), problems);
        assertTrue(problems.contains("3F00/7F10/6F3C: record 1 is missing from the dump"), problems);
        assertTrue(problems.contains("3F00/notes.txt: not an EF file name"), problems);
        assertTrue(problems.contains("3F00/7F20/6F07 (3F00/7F20/6F07.sw) could not be read: status word 6982"), problems);
    }

    @Test
    void aDiallingFileWithoutHeaderWhoseLengthCannotBeInferredIsKeptAsOneBlock() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("3F00/7F10/6F3A.bin", Hex.parse("0102030405060708090A0B0C0D0E0F10111213"));
        SimCard card = SimCardReader.read(EfTreeReader.read(files));
        assertTrue(card.problems().stream().anyMatch(p -> p.contains("record length not in the dump and not inferable")),
                card.problems()::toString);
    }
}
