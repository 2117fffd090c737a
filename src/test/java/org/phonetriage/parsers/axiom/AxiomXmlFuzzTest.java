package org.phonetriage.parsers.axiom;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.phonetriage.fuzz.ParserFuzzing;

/** Fuzz target "axiom": a Magnet AXIOM XML export. Strict property (see {@link ParserFuzzing}). */
class AxiomXmlFuzzTest {

    @FuzzTest
    void axiomXml(byte[] xml) {
        ParserFuzzing.parse(new AxiomXmlParser(), xml, "axiom-report.xml");
    }
}
