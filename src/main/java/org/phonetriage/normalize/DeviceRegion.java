package org.phonetriage.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Collects a device's clues to the region its numbers were typed in and picks its home region,
 * strongest clue first: the SIM (MCC, Android's SIM country, ICCID issuer), the device's own
 * number, the countries recorded on its calls, and last the examiner's --region.
 */
public final class DeviceRegion {

    /** Basis names, strongest first; they are reported in xref.json as region_basis. */
    private static final List<String> STRENGTH = List.of("sim-mcc", "sim-country", "sim-iccid",
            "own-number", "call-countryiso", "examiner");

    private final Map<String, String> regionByBasis = new HashMap<>();
    private final Map<String, Integer> callCountries = new HashMap<>();

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

    /** The home region and its basis, if any clue exists. */
    public Optional<RegionHint> home() {
        for (String basis : STRENGTH) {
            String region = "call-countryiso".equals(basis) ? mostFrequentCallCountry()
                    : regionByBasis.get(basis);
            if (region != null) {
                return Optional.of(new RegionHint(region, basis, !"examiner".equals(basis)));
            }
        }
        return Optional.empty();
    }

    private String mostFrequentCallCountry() {
        return callCountries.entrySet().stream()
                // most calls wins; on a tie the alphabetically first region, so runs agree
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The regions to read a record's numbers with: the record's own country first, then home. */
    public List<RegionHint> forCountry(String recordCountryIso) {
        return forRecord(recordCountryIso == null ? null
                : new RegionHint(recordCountryIso.strip().toUpperCase(Locale.ROOT), "record-country", true));
    }

    /**
     * The regions to read a record's numbers with, given the record's own clue (its country, or
     * the region of the SMS centre that delivered it), then the device's home region.
     */
    public List<RegionHint> forRecord(RegionHint recordHint) {
        List<RegionHint> hints = new ArrayList<>(2);
        if (recordHint != null && recordHint.region().length() == 2) {
            hints.add(recordHint);
        }
        home().filter(h -> hints.isEmpty() || !hints.get(0).region().equals(h.region())).ifPresent(hints::add);
        return hints;
    }
}
