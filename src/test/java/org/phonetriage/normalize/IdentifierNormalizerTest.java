package org.phonetriage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentifierNormalizerTest {

    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    /**
     * The cases of docs/phone-cases.tsv that this first cut of the policy must already meet (the
     * rest — CLIR prefixes, masks, IDD repairs, fan-out, Brazil's 9th digit — is the normaliser
     * issue's). Read from the shared table so the expectations are never retyped.
     */
    private static final Set<String> COVERED = Set.of("FR01", "FR02", "FR03", "FR04", "FR06", "FR17",
            "ES01", "ES03", "PT01", "PT02", "BR01", "BR02", "BR03", "BR04");

    static Stream<Arguments> sharedCases() throws IOException {
        Path table = Path.of("..", "shared", "docs", "phone-cases.tsv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(table), "shared docs not present");
        List<String[]> rows = Files.readAllLines(table).stream().skip(1).map(l -> l.split("\t"))
                .filter(r -> COVERED.contains(r[0])).toList();
        assertEquals(COVERED.size(), rows.size(), "every covered case is in the table");
        return rows.stream().map(r -> Arguments.of(r[0], r[1], r[3], r[6], r[7]));
    }

    @ParameterizedTest(name = "{0}: {1} on a {2} phone")
    @MethodSource("sharedCases")
    void meetsTheSharedCases(String id, String input, String region, String key, String grade) {
        List<RegionHint> hints = "-".equals(region) ? List.of() : List.of(new RegionHint(region, "sim-mcc", true));
        NormalizedId n = normalizer.party(input, hints).orElseThrow();
        assertEquals(key, n.key(), id);
        assertEquals(grade, n.confidence(), id);
    }

    @Test
    void placeholdersNeverBecomeIdentifiers() {
        for (String p : List.of("", "-1", "-2", "Unknown", "PRIVATE", "insert-address-token", "status@broadcast")) {
            assertTrue(normalizer.party(p, List.of()).isEmpty(), p);
        }
    }

    @Test
    void typedKeysForWhatIsNotAPhoneNumber() {
        List<RegionHint> ch = List.of(new RegionHint("CH", "sim-mcc", true));
        assertEquals("alpha:COOPMOBILE", normalizer.party("CoopMobile", ch).orElseThrow().key());
        assertEquals("service", normalizer.party("CoopMobile", ch).orElseThrow().level());
        assertEquals("short:CH:506", normalizer.party("506", ch).orElseThrow().key());
        assertEquals("wa-group:120363000000000001", normalizer.party("120363000000000001@g.us", ch).orElseThrow().key());
        assertEquals("wa-lid:100000000000001", normalizer.party("100000000000001@lid", ch).orElseThrow().key());
        assertEquals("email:alice@example.org", normalizer.party("Alice@Example.org", ch).orElseThrow().key());
    }

    @Test
    void aNationalNumberWithoutRegionIsNeverAStrongKey() {
        NormalizedId n = normalizer.party("0766013486", List.of()).orElseThrow();
        assertEquals("invalid:0766013486", n.key());
        assertEquals("X", n.confidence());
        NormalizedId weak = normalizer.party("0766013486", List.of(new RegionHint("CH", "examiner", false)))
                .orElseThrow();
        assertEquals("+41766013486", weak.key());
        assertEquals("C", weak.confidence());
        assertEquals("candidate", weak.level());
    }

    @Test
    void aMissingPlusIsARepairAndOnlyACandidate() {
        NormalizedId n = normalizer.party("5511987654321", List.of(new RegionHint("FR", "sim-mcc", true)))
                .orElseThrow();
        assertEquals("+5511987654321", n.key());
        assertEquals("missing-plus", n.rule());
        assertEquals("candidate", n.level());
    }

    @Test
    void arabicIndicDigitsAreFolded() {
        NormalizedId n = normalizer.party("+٣٣٦١٢٣٤٥٦٧٨", List.of()).orElseThrow();
        assertEquals("+33612345678", n.key());
    }

    @Test
    void iccidsAreCheckedWithLuhnAndGiveTheIssuerCountry() {
        // josh_ios15 ICCID from the real data inventory: 19 digits, US issuer (89 01 ...)
        NormalizedId n = normalizer.iccid("8901260971148676693").orElseThrow();
        assertEquals("iccid:8901260971148676693", n.key());
        assertEquals("US", normalizer.iccidRegion("8901260971148676693").orElseThrow());
        assertEquals("FR", normalizer.iccidRegion("8933150319000123456").orElseThrow());
        assertEquals("PT", normalizer.iccidRegion("8935101234567890123").orElseThrow());
    }

    @Test
    void mccTableKnowsTheCaseCountries() {
        assertEquals("FR", MccTable.regions("208").get(0));
        assertEquals("ES", MccTable.regions("214").get(0));
        assertEquals("PT", MccTable.regions("268").get(0));
        assertEquals("BR", MccTable.regions("724").get(0));
        assertEquals(List.of("RE", "YT"), MccTable.regions("647"));
        assertTrue(MccTable.regions("999").isEmpty());
    }
}
