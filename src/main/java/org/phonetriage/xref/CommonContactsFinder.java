package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.xref.XrefReport.CommonContacts;

/**
 * For every pair of seized devices, the identifiers both hold besides their owners' own: the
 * people two phones have in common. A common contact is not a link between the two devices.
 */
final class CommonContactsFinder {

    private CommonContactsFinder() {
    }

    static List<CommonContacts> find(Connection db) throws SQLException {
        Map<String, TreeSet<String>> byPair = new TreeMap<>();
        String sql = "WITH held AS (SELECT DISTINCT o.identifier_id, d.label FROM occurrence_details o"
                + "   JOIN devices d ON d.id = o.device_id WHERE o.level IN ('strong','candidate')"
                + "   AND o.rule NOT LIKE 'alternative:%' AND o.role <> 'owner'"
                + "   AND o.identifier_id NOT IN (SELECT identifier_id FROM owner_identifiers))"
                // one row per pair (keys hold no NUL): a row per pair and key cost more to fetch than to find
                + " SELECT a.label, b.label, group_concat(i.key, char(0)) FROM held a JOIN held b"
                + "   ON a.identifier_id = b.identifier_id AND a.label < b.label"
                + " JOIN identifiers i ON i.id = a.identifier_id GROUP BY a.label, b.label";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                byPair.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2), k -> new TreeSet<>())
                        .addAll(Arrays.asList(rs.getString(3).split("\u0000")));
            }
        }
        List<CommonContacts> out = new ArrayList<>();
        byPair.forEach((pair, keys) -> out.add(new CommonContacts(List.of(pair.split("\u0000")), List.copyOf(keys))));
        return out;
    }
}
