package org.phonetriage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdentifierNormalizerTest {

    private static final List<String> CASE = List.of("FR", "ES", "PT", "BR");
    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    private NormalizedId party(String raw, String region) {
        List<RegionHint> hints = region == null ? List.of() : List.of(new RegionHint(region, "sim-mcc", true));
        return normalizer.party(raw, new RegionContext(hints, CASE, null));
    }

    @Test
    void realDataForms() {
        // DFRWS Samsung (Swiss SIM): national mobile, short code, sender names
        assertEquals("+41766013486", party("0766013486", "CH").key());
        assertEquals("short:CH:506", party("506", "CH").key());
        assertEquals("alpha:COOPMOBILE", party("CoopMobile", "CH").key());
        // plaso: the same US party written two ways meets on one key (555 is not a valid range)
        assertEquals(party("1 555-521-5554", "US").key(), party("15555215554", "US").key());
        // iLEAPP: WhatsApp's own odd reading of a vanity number, and the vanity number itself
        assertEquals("+18006927753", party("1-800-MY-APPLE", "US").key());
        assertEquals("service", party("1-800-MY-APPLE", "US").level());
    }

    @Test
    void aNationalNumberWithoutAnyRegionIsNeverAStrongKey() {
        NormalizedId n = normalizer.party("0766013486", RegionContext.of(List.of()));
        assertEquals("invalid", n.type());
        assertEquals("X", n.confidence());
        assertNotNull(n.reason());
        NormalizedId weak = normalizer.party("0766013486", List.of(new RegionHint("CH", "examiner", false)));
        assertEquals("+41766013486", weak.key());
        assertEquals("C", weak.confidence());
        assertEquals("candidate", weak.level());
    }

    @Test
    void aValidE164IsAFixedPoint() {
        Random random = new Random(42);
        for (String region : List.of("FR", "ES", "PT", "BR", "GB", "US", "IT", "MA", "NG", "DE", "CH", "RO")) {
            for (PhoneNumberType type : List.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)) {
                PhoneNumber example = phones.getExampleNumberForType(region, type);
                if (example == null) {
                    continue;
                }
                String e164 = phones.format(example, PhoneNumberFormat.E164);
                for (String hint : List.of(region, "FR", "BR")) {
                    NormalizedId n = party(e164, random.nextBoolean() ? hint : null);
                    assertEquals(e164, n.key(), e164 + " read on a " + hint + " phone");
                    assertEquals("A", n.confidence());
                }
            }
        }
    }

    @Test
    void anyFormatReadWithItsOwnRegionGivesTheSameKey() {
        for (String region : List.of("FR", "ES", "PT", "BR", "GB", "US", "IT", "MA", "NG", "DE", "RO")) {
            for (PhoneNumberType type : List.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)) {
                PhoneNumber example = phones.getExampleNumberForType(region, type);
                if (example == null) {
                    continue;
                }
                String e164 = phones.format(example, PhoneNumberFormat.E164);
                for (PhoneNumberFormat format : PhoneNumberFormat.values()) {
                    String written = phones.format(example, format);
                    assertEquals(e164, party(written, region).key(), written + " (" + format + ") on a " + region + " phone");
                }
            }
        }
    }

    @Test
    void neverThrowsWhateverTheInput() {
        Random random = new Random(7);
        String alphabet = "0123456789+-() .#*,;pwPWxX@:/\\\u0000\u0007\n\t٠١٢٣٤٥٦٧٨٩０１２абвгдéüß中文🙂\u202e";
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(i % 100 == 0 ? 10_000 : 40);
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (String region : new String[] {null, "FR", "BR", "US"}) {
                NormalizedId n = party(s.toString(), region);
                assertNotNull(n.type(), s::toString);
                assertTrue(n.hasKey() || "placeholder".equals(n.type()), s::toString);
            }
        }
        NormalizedId huge = party("1".repeat(10_000), "FR");
        assertEquals("invalid", huge.type());
        assertNotNull(huge.reason());
    }

    @Test
    void placeholdersAreNoIdentifiers() {
        for (String p : List.of("", "-1", "-2", "Unknown", "PRIVATE", "Masqué", "insert-address-token", "status@broadcast")) {
            NormalizedId n = party(p, "FR");
            assertEquals("placeholder", n.type(), p);
            assertFalse(n.hasKey(), p);
        }
    }

    @Test
    void imeiWithCheckDigitComputedVerifiedOrFromImeisv() {
        // mvs_ios_2023 (iLEAPP real data): both IMEIs pass Luhn; MEID = IMEI1 minus its check digit
        assertEquals("imei:359669602382763", normalizer.imei("359669602382763").orElseThrow().key());
        assertEquals("A", normalizer.imei("359669602382763").orElseThrow().confidence());
        assertEquals("imei:359669602382763", normalizer.imei("35966960238276").orElseThrow().key());
        NormalizedId sv = normalizer.imei("3596696023827642").orElseThrow();
        assertEquals("imei:359669602382763", sv.key());
        assertEquals("42", sv.attributes().get("imeisv"));
        // com.apple.iPod.plist (plaso): sanitised IMEIs that fail the check
        assertEquals("X", normalizer.imei("005550123044440").orElseThrow().confidence());
        assertEquals("imei-malformed", normalizer.imei("01133557799BBDD").orElseThrow().rule());
        NormalizedId meid = normalizer.meid("35966960238276").orElseThrow();
        assertEquals("meid:35966960238276", meid.key());
        assertEquals("imei:359669602382763", meid.alternatives().get(0).key());
    }

    @Test
    void imsiIccidEmailAndMessengerIds() {
        NormalizedId imsi = normalizer.imsi("310260974867669").orElseThrow();
        assertEquals("imsi:310260974867669", imsi.key());
        assertEquals("260", imsi.attributes().get("mnc"));
        assertEquals("US", imsi.region());
        assertEquals("01", normalizer.imsi("208012480135791").orElseThrow().attributes().get("mnc"));
        assertEquals("iccid:8901260971148676693", normalizer.iccid("8901260971148676693").orElseThrow().key());
        assertEquals("US", normalizer.iccidRegion("8901260971148676693").orElseThrow());
        assertEquals("FR", normalizer.iccidRegion("8933150319000123456").orElseThrow());
        assertEquals("iccid:8949440000001155314", normalizer.iccid("8949440000001155314F").orElseThrow().key());
        assertEquals("email:thisisdfir@gmail.com", normalizer.email(" ThisIsDFIR@Gmail.com ").orElseThrow().key());
        assertEquals("email:first.last+tag@gmail.com", normalizer.email("First.Last+tag@gmail.com").orElseThrow().key());
        assertEquals("telegram:123456789", normalizer.telegram("123456789").orElseThrow().key());
        assertEquals("+5511987654321", party("5511987654321:12@s.whatsapp.net", "FR").key());
    }

    @Test
    void mccTableKnowsTheCaseCountries() {
        assertEquals("FR", MccTable.regions("208").get(0));
        assertEquals("BR", MccTable.regions("724").get(0));
        assertEquals(List.of("RE", "YT"), MccTable.regions("647"));
        assertTrue(MccTable.regions("999").isEmpty());
        assertEquals(3, MccTable.mncLength("310"));
        assertEquals(2, MccTable.mncLength("208"));
    }
}
