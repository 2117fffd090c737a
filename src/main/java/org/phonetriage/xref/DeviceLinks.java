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
import org.phonetriage.xref.rules.OccurrenceSql;

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

    static List<DeviceLink> find(Connection db, Map<Long, String> labels) throws SQLException {
        LinkFold links = new LinkFold(simLabels(db, labels));
        String sql = "SELECT ow.device_id, o.device_id, o.key, o.role, " + OccurrenceSql.anyStrong("o")
                + ", count(*), min(o.time_utc), max(o.time_utc)"
                + " FROM (SELECT DISTINCT device_id, identifier_id FROM owner_identifiers) ow"
                + " JOIN occurrence_details o ON o.identifier_id = ow.identifier_id AND o.device_id <> ow.device_id"
                + " WHERE " + OccurrenceSql.linking("o") + " AND o.earlier_version = 0"
                + " GROUP BY ow.device_id, o.device_id, ow.identifier_id, o.role";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                links.add(labels.get(rs.getLong(1)), labels.get(rs.getLong(2)), rs.getString(3), rs.getString(4),
                        rs.getInt(5) == 1, rs.getLong(6), rs.getString(7), rs.getString(8));
            }
        }
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
