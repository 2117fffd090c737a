package org.phonetriage.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects a device's clues to the region its numbers were typed in and picks its home region,
 * strongest clue first: the SIM (MCC, Android's SIM country, ICCID issuer), the device's own
 * number, the countries recorded on its calls, and last the examiner's --region.
 */
public final class DeviceRegion {

    /** Basis names, strongest first; they are reported in xref.json as region_basis ("unknown" without one). */
    public static final List<String> STRENGTH = List.of("sim-mcc", "sim-country", "sim-iccid",
            "own-number", "call-countryiso", "sms-center", "examiner");

    private final Map<String, String> regionByBasis = new HashMap<>();
    private final Map<String, Integer> callCountries = new HashMap<>();
    private final Map<String, Integer> smsCenters = new HashMap<>();
    private final List<String> caseRegions;
    private String homeArea;
    /** Contexts by record clue, reused while the home region stays the same (it rarely moves). */
    private final Map<String, RegionContext> contexts = new HashMap<>();
    private RegionHint contextsHome;

    /** @param caseRegions the countries present in the case, for the bounded fan-out */
    public DeviceRegion(List<String> caseRegions) {
        this.caseRegions = List.copyOf(caseRegions);
    }

    /** The device's own Brazilian area code (from its own number), to complete local numbers. */
    public void setHomeArea(String area) {
        if (homeArea == null && area != null) {
            homeArea = area;
            contexts.clear();
        }
    }

    /** The device's own Brazilian area code, or null. */
    public String homeArea() {
        return homeArea;
    }

    /**
     * The context a record is read in: its own clue first, then the device's home region when it
     * differs. The one place this is decided, for ingest and for reading a case's numbers again.
     */
    public static RegionContext context(RegionHint recordHint, RegionHint home, List<String> caseRegions,
                                        String homeArea) {
        List<RegionHint> hints = new ArrayList<>(2);
        // a record that agrees with a strong home region adds nothing but hides that it is the phone's own
        boolean sameAsHome = recordHint != null && home != null && home.region().equals(recordHint.region());
        if (recordHint != null && !(sameAsHome && home.strong())) {
            hints.add(recordHint);
        }
        if (home != null && (!sameAsHome || home.strong())) {
            hints.add(home);
        }
        return new RegionContext(hints, caseRegions, homeArea);
    }

    /** Records a clue; the first clue of each basis is kept (the first SIM is the usual one). */
    public void add(String basis, String region) {
        if (region != null && !region.isBlank() && STRENGTH.contains(basis)) {
            regionByBasis.putIfAbsent(basis, region.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** Counts the country a call was made in; the most frequent one is a device-level clue. */
    public void addCallCountry(String countryIso) {
        if (countryIso != null && countryIso.strip().length() == 2) {
            callCountries.merge(countryIso.strip().toUpperCase(Locale.ROOT), 1, Integer::sum);
        }
    }

    /** Counts the region of an SMS centre that delivered a message (the SIM's home network). */
    public void addSmsCenterRegion(String region) {
        if (region != null) {
            smsCenters.merge(region, 1, Integer::sum);
        }
    }

    /** The home region and its basis, if any clue exists. */
    public Optional<RegionHint> home() {
        for (String basis : STRENGTH) {
            String region = switch (basis) {
                case "call-countryiso" -> mostFrequent(callCountries);
                case "sms-center" -> mostFrequent(smsCenters);
                default -> regionByBasis.get(basis);
            };
            if (region != null) {
                return Optional.of(new RegionHint(region, basis, !"examiner".equals(basis)));
            }
        }
        return Optional.empty();
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                // most calls wins; on a tie the alphabetically first region, so runs agree
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** How to read a record's numbers: its own country first, then the device's home region. */
    public RegionContext forCountry(String recordCountryIso) {
        return forRecord(countryHint(recordCountryIso));
    }

    /** A record's own country (a call's countryiso) as a clue, or null when it names none. */
    public static RegionHint countryHint(String recordCountryIso) {
        if (recordCountryIso == null || recordCountryIso.strip().length() != 2) {
            return null;
        }
        return new RegionHint(recordCountryIso.strip().toUpperCase(Locale.ROOT), RegionHint.RECORD_COUNTRY, true);
    }

    /**
     * How to read a record's numbers, given the record's own clue (its country, or the region of
     * the SMS centre that delivered it), then the device's home region.
     */
    public RegionContext forRecord(RegionHint recordHint) {
        RegionHint home = home().orElse(null);
        if (!Objects.equals(home, contextsHome)) {
            contexts.clear();
            contextsHome = home;
        }
        String clue = recordHint == null ? "" : recordHint.region() + "/" + recordHint.basis();
        return contexts.computeIfAbsent(clue, k -> context(recordHint, home, caseRegions, homeArea));
    }
}
