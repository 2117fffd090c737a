package org.phonetriage.normalize;

import java.util.List;

/**
 * Where a value may have been typed: the regions to read it with, strongest first (the record's
 * own country, then the device's home region), the countries present in the case (for a bounded
 * fan-out when the device's region cannot hold the number), and the device's own Brazilian area
 * code (to complete local 8/9-digit numbers).
 */
public record RegionContext(List<RegionHint> hints, List<String> caseRegions, String homeArea) {

    /**
     * A case region that is also a hint adds nothing (the reader tries the hints first and the case
     * regions only as more places the number may belong to), so it is left out: two contexts that
     * read every number alike are then equal, which the case's re-reading relies on.
     */
    public RegionContext {
        hints = List.copyOf(hints);
        List<RegionHint> given = hints;
        caseRegions = caseRegions.stream().filter(r -> given.stream().noneMatch(h -> h.region().equals(r))).toList();
    }

    public static RegionContext of(List<RegionHint> hints) {
        return new RegionContext(hints, List.of(), null);
    }

    /** The strongest region, or null. */
    public String primary() {
        return hints.isEmpty() ? null : hints.get(0).region();
    }
}
