package org.phonetriage.normalize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzz target "normalizer": every entry point of {@link IdentifierNormalizer} on arbitrary strings.
 * Strict property, as its contract says: it never throws, whatever the input. {@code party} catches a
 * RuntimeException itself and keeps the value as "could not be read" (rule {@code error}); that
 * safety net firing is a finding here too, because it means the policy lost a reading to a bug.
 */
class IdentifierNormalizerFuzzTest {

    private static final IdentifierNormalizer NORMALIZER = new IdentifierNormalizer();
    private static final String[] REGIONS = {"BR", "US", "DE", "FR", "ES", "GB", "IN", "RE", "ZZ", "", "xx"};

    @FuzzTest
    void anyString(FuzzedDataProvider data) {
        String region = data.pickValue(REGIONS);
        String caseRegion = data.pickValue(REGIONS);
        String homeArea = data.consumeBoolean() ? data.consumeString(4) : null;
        String service = data.pickValue(new String[] {"telegram", "whatsapp", "instagram", "", "x"});
        String raw = data.consumeRemainingAsString();
        RegionContext ctx = new RegionContext(List.of(new RegionHint(region, "sim-mcc", data.consumeBoolean())),
                List.of(caseRegion), homeArea);
        NormalizedId party = NORMALIZER.party(raw, ctx);
        assertNotNull(party);
        assertFalse("error".equals(party.rule()), () -> "a bug was caught by the safety net: " + party);
        NORMALIZER.party(raw, List.of());
        NORMALIZER.email(raw);
        NORMALIZER.iccid(raw);
        NORMALIZER.imei(raw);
        NORMALIZER.meid(raw);
        NORMALIZER.imsi(raw);
        NORMALIZER.telegram(raw);
        NORMALIZER.appAccount(service, raw);
        IdentifierNormalizer.isAppAccountId(service, raw);
        NORMALIZER.iccidRegion(raw);
        NORMALIZER.regionOfInternational(raw);
        NORMALIZER.brazilianArea(raw);
    }
}
