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
    void aNetworkSpecificOrAbbreviatedNumberIsNeverAnE164Key() {
        // pySim's sysmoISIM-SJA5 (ICCID 8949…, Germany) stores its MSISDN 6766266 with TON/NPI B1
        RegionContext german = new RegionContext(List.of(new RegionHint("DE", "sim-iccid", true)), CASE, null);
        assertEquals("+496766266", normalizer.party("6766266", german).key(), "as dialled, it is a German number");
        NormalizedId test = normalizer.stored("6766266", TypeOfNumber.NETWORK_SPECIFIC, "001-01", german);
        assertEquals("net:001-01:6766266", test.key());
        assertEquals("network", test.type());
        assertEquals("service", test.level(), "a test network's number is no person's");
        assertEquals("test-network", test.attributes().get("non_personal"));
        assertEquals("network-specific", test.attributes().get("ton"));
        NormalizedId real = normalizer.stored("6766266", TypeOfNumber.NETWORK_SPECIFIC, "262-01", german);
        assertEquals("net:262-01:6766266", real.key());
        assertEquals("candidate", real.level());
        assertEquals(LinkLevel.CANDIDATE, LinkLevel.between(real, real), "the same number of one network: a lead");
        assertEquals(LinkLevel.NONE, LinkLevel.between(real, normalizer.party("+496766266", german)));
        NormalizedId unknown = normalizer.stored("6766266", TypeOfNumber.NETWORK_SPECIFIC, null, german);
        assertEquals("net:DE:6766266", unknown.key());
        assertEquals(LinkLevel.NONE, LinkLevel.between(unknown, unknown), "whose plan is unknown, it never links");
        NormalizedId abbreviated = normalizer.stored("*#abc#*51", TypeOfNumber.ABBREVIATED, "310-260",
                RegionContext.of(List.of()));
        assertEquals("net:310-260:*#abc#*51", abbreviated.key());
        assertEquals("service", abbreviated.level());
    }

    @Test
    void unknownNationalAndInternationalNumbersAreReadAsDialled() {
        RegionContext french = new RegionContext(List.of(new RegionHint("FR", "sim-mcc", true)), CASE, null);
        for (int ton : new int[] {0, 1, 2}) {
            for (String raw : List.of("0612345678", "+33612345678", "3669", "VODAFONE")) {
                assertEquals(normalizer.party(raw, french), normalizer.stored(raw, ton, "208-01", french), raw);
            }
        }
        assertEquals(normalizer.party("0612345678", french), normalizer.stored("0612345678", null, null, french));
    }

    @Test
    void aSubscriberNumberIsAtMostACandidate() {
        RegionContext french = new RegionContext(List.of(new RegionHint("FR", "sim-mcc", true)), CASE, null);
        assertEquals("strong", normalizer.party("612345678", french).level());
        NormalizedId subscriber = normalizer.stored("612345678", TypeOfNumber.SUBSCRIBER, "208-01", french);
        assertEquals("+33612345678", subscriber.key());
        assertEquals("C", subscriber.confidence());
        assertEquals("candidate", subscriber.level());
        assertEquals("subscriber", subscriber.attributes().get("ton"));
        assertEquals(LinkLevel.CANDIDATE, LinkLevel.between(subscriber, normalizer.party("+33612345678", french)));
        assertEquals("candidate", normalizer.stored("612345678", TypeOfNumber.RESERVED, "208-01", french).level());
    }

    @Test
    void aTestNetworksImsiIsNonPersonal() {
        for (String imsi : List.of("001010000000102", "001010000000111", "999990123456789")) {
            NormalizedId n = normalizer.imsi(imsi).orElseThrow();
            assertEquals("imsi:" + imsi, n.key());
            assertEquals("service", n.level(), imsi);
            assertEquals("test-network", n.attributes().get("non_personal"));
        }
        assertEquals("strong", normalizer.imsi("208012480135791").orElseThrow().level());
        assertTrue(MccTable.isTestNetwork("001"));
        assertTrue(MccTable.isTestNetwork("999"));
        assertFalse(MccTable.isTestNetwork("901"));
        assertFalse(MccTable.isTestNetwork("208"));
    }

    @Test
    void aCountryCodeWithoutPlusIsTheNumbersOwnOnlyOnAPhoneOfThatCountry() {
        // plaso's imessage_chat.db: handle 447775455555 with handle.country "gb", on a phone of unknown region
        DeviceRegion unknownPhone = new DeviceRegion(CASE);
        NormalizedId handle = normalizer.party("447775455555", unknownPhone.forCountry("gb"));
        assertEquals("+447775455555", handle.key());
        assertEquals("C", handle.confidence());
        assertEquals("missing-plus", handle.rule());
        assertEquals("candidate", handle.level());
        // the same on a British phone (its own SIM says so) is FR04 of the policy: the number's own
        DeviceRegion britishPhone = new DeviceRegion(CASE);
        britishPhone.add("sim-mcc", "GB");
        for (RegionContext ctx : List.of(britishPhone.forCountry("gb"), britishPhone.forCountry(null))) {
            NormalizedId own = normalizer.party("447775455555", ctx);
            assertEquals("B", own.confidence(), ctx.toString());
            assertEquals("strong", own.level());
        }
        // a national number read with a record's country stays B: only the country code's source matters
        assertEquals("B", normalizer.party("07775 455555", unknownPhone.forCountry("gb")).confidence());
    }

    @Test
    void brazilsIddWithCarrierCodeDoesNotSwallowTheCountryCode() {
        // libphonenumber reads "0055 11…" as carrier 55 calling +1 1…: invalid, so 00 + 55 is the reading,
        // with the 9th digit the old 8-digit mobile lacks
        NormalizedId old = party("0055 11 8765-4321", "BR");
        assertEquals("+5511987654321", old.key());
        assertEquals("C", old.confidence());
        assertEquals("idd-repair", old.rule());
        assertTrue(old.attributes().containsKey("br9"), old.toString());
        // when the carrier reading is valid too (+34 987 65 43 21, Spain), both are candidates
        NormalizedId both = party("0055 34 98765 4321", "BR");
        assertEquals("+34987654321", both.key());
        assertEquals(List.of(new NormalizedId.Alternative("+5534987654321", "idd-repair")), both.alternatives());
        assertEquals("candidate", both.level());
        // a carrier code that is no country code in play changes nothing (phone-cases PT03)
        assertEquals("strong", party("0014 351 912 345 678", "BR").level());
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
