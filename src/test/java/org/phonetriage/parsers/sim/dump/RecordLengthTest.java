package org.phonetriage.parsers.sim.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.phonetriage.parsers.sim.codec.Hex;

/** EF_MSISDN and other dialling-number files dumped without an FCP: the record length from the bytes. */
class RecordLengthTest {

    /** A record of X alpha bytes + 14: "+33612345678" (TON 0x91) and the alpha text, FF-padded. */
    private static byte[] record(int x, String alpha, boolean withNumber) {
        byte[] r = new byte[x + 14];
        Arrays.fill(r, (byte) 0xFF);
        byte[] name = alpha.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, r, 0, Math.min(name.length, x));
        if (withNumber) {
            byte[] number = Hex.parse("0791336121436587");
            System.arraycopy(number, 0, r, x, number.length);
        }
        return r;
    }

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void aSixtyEightByteMsisdnWithAZeroFilledSecondRecordIsTwoRecordsNotOneBlock() {
        byte[] msisdn = concat(record(20, "Mon numero", true), new byte[34]);
        SimDump dump = EfTreeReader.read(new TreeMap<>(Map.of("3F00/7F10/6F40.bin", msisdn)));
        ElementaryFile ef = dump.files().values().iterator().next();
        assertEquals(2, ef.records().size());
        assertEquals("0791336121436587", Hex.of(ef.records().get(0), 20, 28).toUpperCase());
        assertEquals(List.of("3F00/7F10/6F40: record length 34 inferred from the records' content (no FCP in the dump)"),
                dump.problems());
    }

    @Test
    void theCardsAdnRecordLengthIsUsedWhenItFits() {
        byte[] msisdn = concat(record(20, "", true), record(20, "", false));
        Map<String, byte[]> tree = new TreeMap<>();
        tree.put("3F00/7F10/6F40.bin", msisdn);
        tree.put("3F00/7F10/6F3A.bin", concat(record(20, "Rafa", true), record(20, "", false)));
        tree.put("3F00/7F10/6F3A.fcp.hex", "62078205422100220A".getBytes(StandardCharsets.US_ASCII));
        SimDump dump = EfTreeReader.read(tree);
        assertEquals(2, dump.find("7F10/6F40").orElseThrow().records().size());
        assertTrue(dump.problems().contains(
                "3F00/7F10/6F40: record length 34 inferred from the card's EF_ADN record length (no FCP in the dump)"),
                dump.problems().toString());
    }

    @Test
    void malformedNumbersAtEveryLengthStayOneBlock() {
        byte[] noise = new byte[68];
        Arrays.fill(noise, (byte) 0x41);
        assertEquals(0, RecordLength.inferDialling(noise, 0).length());
        assertEquals(0, RecordLength.inferDialling(noise, 34).length(), "the ADN length is used only where it fits");
    }
}
