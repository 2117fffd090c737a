package org.phonetriage.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phonetriage.RealData;

/** SIM dumps' JSON told by structure, the other JSON a phone holds not taken for one. */
class SimJsonDumpSignatureTest {

    private static final String FSDUMP = "osmocom__pysim/tests/pySim-shell_test/fsdump/fsdump.json.ok";

    @Test
    void pySimsRealFsdumpWhateverItsName() throws Exception {
        byte[] prefix;
        try (InputStream in = Files.newInputStream(RealData.path(FSDUMP))) {
            prefix = in.readNBytes(SimJsonDumpSignature.PREFIX_BYTES);
        }
        assertTrue(SimJsonDumpSignature.matches(prefix));
        try (InputStream in = Files.newInputStream(RealData.path(FSDUMP))) {
            assertEquals(FileTypeDetector.SIM_JSON_DUMP, new FileTypeDetector().detect(in));
        }
        // cut before its "files" are reached, it is not recognised (it is still taken by a dump's name)
        assertFalse(SimJsonDumpSignature.matches(Arrays.copyOf(prefix, 200)));
    }

    @Test
    void otherRealJsonIsNoSimDump() throws Exception {
        for (String json : new String[] {"abrignoni__iLEAPP/admin/test/cases/testdata.addressBook.json",
            "sim/test_vectors_sms_records.json", "minimal_mobile_case.jsonld"}) {
            assertFalse(SimJsonDumpSignature.matches(Files.readAllBytes(RealData.path(json))), json);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"format\": \"simdump\", \"version\": 1, \"files\": []}",
        "\uFEFF\n  {\"acquisition\": {\"tool\": \"x\", \"notes\": {\"a\": [1, 2]}}, \"format\": \"simdump\"}",
        "{\"name\": \"UICC\", \"atr\": \"3b\", \"aids\": {}, \"files\": {\"MF\": {\"path\": [\"MF\"]}}}",
        "{\"files\": {\"MF/EF.ICCID\": {\"fcp_raw\": \"62\", \"body\": \"98\"}}}",
    })
    void simDumps(String json) {
        assertTrue(SimJsonDumpSignature.matches(json.getBytes(StandardCharsets.UTF_8)), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"format\": \"mp4\", \"files\": {\"MF\": {\"path\": [\"MF\"]}}}",
        "{\"files\": {\"DCIM/1.jpg\": {\"size\": 3, \"path\": \"DCIM\"}}}",
        "{\"files\": [{\"path\": \"3F00/2FE2\"}]}",
        "[{\"format\": \"simdump\"}]",
        "{\"settings\": {\"format\": \"simdump\"}}",
        "{not json",
        "SQLite format 3",
        "",
    })
    void notSimDumps(String json) {
        assertFalse(SimJsonDumpSignature.matches(json.getBytes(StandardCharsets.UTF_8)), json);
    }
}
