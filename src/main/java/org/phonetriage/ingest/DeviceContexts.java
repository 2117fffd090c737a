package org.phonetriage.ingest;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phonetriage.normalize.DeviceRegion;
import org.phonetriage.normalize.RegionHint;
import org.phonetriage.store.CaseWriter;

/**
 * The region contexts one device's numbers are read in, each stored once in the case (table
 * region_contexts) so that {@link CaseRenormalizer} can read them again once the whole case is
 * known. A phone has a handful: no record clue, each country its calls name, each SMS centre's
 * region — times the home regions it had while it was read.
 */
final class DeviceContexts {

    private record Key(RegionHint recordHint, RegionHint home, String homeArea, Integer ton, String network) {
    }

    private final CaseWriter writer;
    private final long deviceId;
    private final DeviceRegion region;
    private final List<String> caseRegions;
    private final Map<Key, Long> ids = new HashMap<>();

    DeviceContexts(CaseWriter writer, long deviceId, DeviceRegion region, List<String> caseRegions) {
        this.writer = writer;
        this.deviceId = deviceId;
        this.region = region;
        this.caseRegions = List.copyOf(caseRegions);
    }

    /** The id of the context a record with this clue is read in now. */
    long id(RegionHint recordHint) throws SQLException {
        return id(recordHint, null, null);
    }

    /** The same for a number stored with a type of number (a SIM's), and the card's network. */
    long id(RegionHint recordHint, Integer ton, String network) throws SQLException {
        Key key = new Key(recordHint, region.home().orElse(null), region.homeArea(), ton, network);
        Long id = ids.get(key);
        if (id == null) {
            id = writer.regionContext(deviceId, text(key.recordHint()), text(key.home()), key.homeArea(), caseRegions,
                    ton, network);
            ids.put(key, id);
        }
        return id;
    }

    private static String text(RegionHint hint) {
        return hint == null ? null : hint.text();
    }
}
