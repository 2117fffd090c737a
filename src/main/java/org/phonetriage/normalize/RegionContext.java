package org.phonetriage.normalize;

import java.util.List;

/**
 * Where a value may have been typed: the regions to read it with, strongest first (the record's
 * own country, then the device's home region), the countries present in the case (for a bounded
 * fan-out when the device's region cannot hold the number), and the device's own Brazilian area
 * code (to complete local 8/9-digit numbers).
 */
public record RegionContext(List<RegionHint> hints, List<String> caseRegions, String homeArea) {

    public RegionContext {
        hints = List.copyOf(hints);
        caseRegions = List.copyOf(caseRegions);
    }

    public static RegionContext of(List<RegionHint> hints) {
        return new RegionContext(hints, List.of(), null);
    }

    /** The strongest region, or null. */
    public String primary() {
        return hints.isEmpty() ? null : hints.get(0).region();
    }
}
