package org.phonetriage.parsers.ios;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.phonetriage.fuzz.ParserFuzzing;

/**
 * Fuzz target "plist": a property list (XML, binary, ASCII — dd-plist tells them apart) read as a
 * backup's Info.plist, which also keeps its device facts. Strict property (see {@link ParserFuzzing}).
 */
class DeviceIdentityPlistFuzzTest {

    @FuzzTest
    void plist(byte[] plist) {
        ParserFuzzing.parse(new DeviceIdentityPlistParser(), plist, "Info.plist");
    }
}
