package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.xref.rules.LinkFold;

/**
 * Pairs of devices that own one IMSI under different ICCIDs. An IMSI is one subscription on one
 * card, so two cards with different serials and one IMSI are a cloned SIM or test cards (pySim's
 * six test cards all hold 001010000000102) — a finding for the examiner, never proof of one
 * owner. A device that recorded no ICCID says nothing either way, and one ICCID in common means
 * the same card.
 */
final class SharedImsi {

    /** Two devices (by id, the smaller first) and the IMSI key they share. */
    record Pair(long first, long second, String imsiKey) {
    }

    private SharedImsi() {
    }

    static List<Pair> find(Connection db) throws SQLException {
        Map<Long, Set<String>> iccids = new TreeMap<>();
        Map<String, Set<Long>> owners = new TreeMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT o.device_id, i.key FROM owner_identifiers o"
                     + " JOIN identifiers i ON i.id = o.identifier_id"
                     + " WHERE i.key LIKE 'imsi:%' OR i.key LIKE 'iccid:%'")) {
            while (rs.next()) {
                long device = rs.getLong(1);
                String key = rs.getString(2);
                if (key.startsWith("iccid:")) {
                    iccids.computeIfAbsent(device, d -> new TreeSet<>()).add(key);
                } else {
                    owners.computeIfAbsent(key, k -> new TreeSet<>()).add(device);
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (LinkFold.SharedImsiPair<Long> p : LinkFold.sharedImsi(iccids, owners)) {
            pairs.add(new Pair(p.first(), p.second(), p.imsiKey()));
        }
        return pairs;
    }
}
