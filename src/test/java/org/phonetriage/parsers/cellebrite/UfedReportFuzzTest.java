package org.phonetriage.parsers.cellebrite;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.phonetriage.fuzz.ParserFuzzing;

/**
 * Fuzz target "ufed": a Cellebrite report.xml. Strict property: records and problems, or an
 * IOException with a message (ingest would survive a RuntimeException as a failed file, but an
 * NPE or index error is a parser bug that loses the rest of the report).
 */
class UfedReportFuzzTest {

    @FuzzTest
    void reportXml(byte[] xml) {
        ParserFuzzing.parse(new UfedReportParser(), xml, "report.xml");
    }
}
