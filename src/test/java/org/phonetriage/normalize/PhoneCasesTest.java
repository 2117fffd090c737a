package org.phonetriage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * All 69 cases of ../shared/docs/phone-cases.tsv, the policy's measured expectations on
 * libphonenumber 9.0.19 and holding on 9.0.23: kind, canonical key, confidence, alternatives, and the link level against
 * the row named in compare_with. The case's countries are FR, ES, PT, BR.
 */
class PhoneCasesTest {

    private static final List<String> CASE_REGIONS = List.of("FR", "ES", "PT", "BR");
    private static final Map<String, String> KIND_TO_TYPE = Map.of("PHONE", "phone", "PHONE_INVALID", "invalid",
            "LOCAL_NUMBER", "local", "SHORT_CODE", "short", "SERVICE_CODE", "mmi", "ALPHA_SENDER", "alpha",
            "PLACEHOLDER", "placeholder", "WA_GROUP", "wa-group", "WA_LID", "wa-lid", "MASKED", "mask");

    private static final IdentifierNormalizer NORMALIZER = new IdentifierNormalizer();
    private static final Map<String, String[]> ROWS = new LinkedHashMap<>();

    static Stream<Arguments> cases() throws IOException {
        Path table = Path.of("..", "shared", "docs", "phone-cases.tsv");
        assumeTrue(Files.exists(table), "shared docs not present");
        List<String> lines = Files.readAllLines(table);
        List<String> header = List.of(lines.get(0).split("\t"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            ROWS.put(cols[header.indexOf("id")], cols);
        }
        assertEquals(69, ROWS.size());
        return ROWS.keySet().stream().map(id -> Arguments.of(id, ROWS.get(id)[1]));
    }

    static NormalizedId normalize(String[] row) {
        String[] region = row[3].split(";");
        String homeArea = region.length > 1 ? region[1].replace("area=", "") : null;
        boolean strong = "STRONG".equals(row[4]);
        List<RegionHint> hints = "-".equals(region[0]) ? List.of()
                : List.of(new RegionHint(region[0], strong ? "sim-mcc" : "locale", strong));
        return NORMALIZER.party(row[1], new RegionContext(hints, CASE_REGIONS, homeArea));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void meetsThePolicy(String id, String input) {
        String[] row = ROWS.get(id);
        NormalizedId n = normalize(row);
        String described = id + " " + input + " -> " + n;
        assertEquals(KIND_TO_TYPE.get(row[5]), n.type(), described);
        assertEquals("-".equals(row[6]) ? null : row[6], n.key(), described);
        if (!"-".equals(row[7])) {
            assertEquals(row[7], n.confidence(), described);
        }
        List<String> alternatives = new ArrayList<>();
        n.alternatives().forEach(a -> alternatives.add(a.key()));
        assertEquals("-".equals(row[8]) ? List.of() : List.of(row[8].split("[ ,;]+")), alternatives, described);
        if (!"-".equals(row[9])) {
            NormalizedId other = normalize(ROWS.get(row[9]));
            assertEquals(LinkLevel.valueOf(row[10]), LinkLevel.between(n, other), described + " vs " + other);
        }
    }
}
