package org.phonetriage.parsers.common;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.phonetriage.fuzz.ParserFuzzing;

/** Fuzz target "vcard": a .vcf file read through ez-vcard. Strict property (see {@link ParserFuzzing}). */
class VCardFuzzTest {

    @FuzzTest
    void vcf(byte[] vcf) {
        ParserFuzzing.parse(new VCardParser(), vcf, "contacts.vcf");
    }
}
