package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.phonetriage.xref.XrefReport.DeviceLink;
import org.phonetriage.xref.rules.LinkFold;

/**
 * Pairs of seized devices tied because an owner identifier of one occurs on the other, folded by
 * {@link LinkFold} (shared with the Spark job). Calls,
 * messages and contact entries count the records on either device that name the other's owner
 * identifiers (a call logged on both phones counts once per log). Two devices that own the same
 * identifier — two phones of one person — are shown as "same-owner", not as two people in
 * contact; a SIM card whose ICCID or IMSI a phone recorded as its own is "sim-in-phone". Two
 * devices that own one IMSI under different ICCIDs are "shared-imsi" (a cloned SIM or test cards),
 * a candidate link whatever else they share, never "same-owner".
 */
final class DeviceLinks {

    private DeviceLinks() {
    }

    /** From the owner identifiers' occurrences on other devices, grouped by the pass over the occurrences. */
    static List<DeviceLink> find(Connection db, OccurrencePass pass, Map<Long, String> labels) throws SQLException {
        LinkFold links = new LinkFold(simLabels(db, labels));
        pass.linkGroups().forEach((g, f) -> links.add(labels.get(g.ownerDevice()), labels.get(g.device()),
                pass.identifier(g.identifierId()).key(), g.role(), f.strong, f.count, f.first, f.last));
        for (SharedImsi.Pair pair : SharedImsi.find(db)) {
            links.addSharedImsi(labels.get(pair.first()), labels.get(pair.second()), pair.imsiKey());
        }
        return links.links();
    }

    private static Set<String> simLabels(Connection db, Map<Long, String> labels) throws SQLException {
        Set<String> sims = new HashSet<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM devices WHERE platform = 'sim'")) {
            while (rs.next()) {
                sims.add(labels.get(rs.getLong(1)));
            }
        }
        return sims;
    }
}
