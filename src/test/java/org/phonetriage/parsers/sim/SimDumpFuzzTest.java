package org.phonetriage.parsers.sim;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phonetriage.fuzz.ParserFuzzing;
import org.phonetriage.parsers.FileParser;

/**
 * Fuzz targets "sim-ef-tree", "sim-pysim" and "sim-json": the three SIM dump formats, each through its
 * parser down to the card's records (so every EF decoder the dump reaches runs too). Strict property
 * (see {@link ParserFuzzing}): the codec promises never to throw, the readers turn bad input into
 * problems or an IOException.
 */
class SimDumpFuzzTest {

    @FuzzTest
    void efTree(byte[] packed) {
        Map<String, byte[]> files = unpack(packed);
        String anchor = "3F00/2FE2.bin";
        files.putIfAbsent(anchor, new byte[0]);
        FileParser.Siblings siblings = new FileParser.Siblings() {
            @Override
            public List<String> under(String folder) {
                return files.keySet().stream().filter(p -> p.startsWith(folder + "/")).toList();
            }

            @Override
            public byte[] read(String path) throws IOException {
                byte[] content = files.get(path);
                if (content == null) {
                    throw new IOException(path + " is not in the item");
                }
                return content;
            }
        };
        ParserFuzzing.parse(new SimEfTreeParser(), files.get(anchor), new FileParser.Source("fuzz", anchor, siblings));
    }

    @FuzzTest
    void pySimExport(byte[] script) {
        ParserFuzzing.parse(new PySimExportParser(), script, "card.script");
    }

    @FuzzTest
    void jsonDump(byte[] json) {
        ParserFuzzing.parse(new SimJsonDumpParser(), json, "card.fsdump.json");
    }

    /**
     * An EF tree packed into one input (scripts/fuzz packs real trees so): per file a length byte,
     * the path (ASCII, relative to the folder holding 3F00/), two big-endian length bytes, the content.
     */
    static Map<String, byte[]> unpack(byte[] packed) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        int at = 0;
        while (at < packed.length) {
            int pathLength = packed[at++] & 0xFF;
            if (at + pathLength + 2 > packed.length) {
                break;
            }
            String path = new String(packed, at, pathLength, StandardCharsets.US_ASCII);
            at += pathLength;
            int length = Math.min(((packed[at] & 0xFF) << 8) | (packed[at + 1] & 0xFF), packed.length - at - 2);
            at += 2;
            byte[] content = new byte[length];
            System.arraycopy(packed, at, content, 0, length);
            at += length;
            files.put(path, content);
        }
        return files;
    }
}
