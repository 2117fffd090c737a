package org.phonetriage.parsers.xry;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.phonetriage.fuzz.ParserFuzzing;

/**
 * Fuzz target "xry": one UTF-16 text file of an XRY export (the parser is chosen by content, so any
 * bytes may reach it once the detector says XRY). Strict property (see {@link ParserFuzzing}).
 */
class XryTextFuzzTest {

    @FuzzTest
    void xryText(byte[] text) {
        ParserFuzzing.parse(new XryTextExportParser(), text, "Calls.txt");
    }
}
