package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An app's contact record that names one account of that app and the number the app keeps behind
 * it (a Skype profile's phone), or the two ids of one account (an Instagram user id and username):
 * the keys of one account. A record naming several numbers, or accounts of several services, ties
 * nothing — which of them belongs to the account is not said.
 */
final class AppAccountNumbers {

    /** A pair to tie: a key and its identifier type, twice. */
    record Pair(String keyA, String typeA, String keyB, String typeB) {
    }

    private AppAccountNumbers() {
    }

    /**
     * The pairs, leaving out the records of {@code provenRoles}: the apps whose record of an
     * account and its number is proof (Signal's recipients), tied as such elsewhere.
     */
    static List<Pair> find(Connection db, List<String> provenRoles) throws SQLException {
        String excluded = provenRoles.stream().map(r -> "'" + r.replace("'", "''") + "'")
                .collect(java.util.stream.Collectors.joining(","));
        String sql = "SELECT o.record_id, i.key, i.type FROM occurrences o JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE o.record_table = 'contacts' AND o.role LIKE '%-contact' AND i.type IN ('app-account', 'phone')"
                + (excluded.isEmpty() ? "" : " AND o.role NOT IN (" + excluded + ")")
                + " AND o.record_id IN (SELECT o2.record_id FROM occurrences o2 JOIN identifiers i2"
                + "   ON i2.id = o2.identifier_id WHERE o2.record_table = 'contacts' AND i2.type = 'app-account')"
                + " ORDER BY o.record_id, i.key";
        Map<Long, Map<String, String>> records = new TreeMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                records.computeIfAbsent(rs.getLong(1), r -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        List<Pair> out = new ArrayList<>();
        for (Map<String, String> keys : records.values()) {
            List<String> accounts = keys.keySet().stream().filter(k -> keys.get(k).equals("app-account")).toList();
            List<String> phones = keys.keySet().stream().filter(k -> keys.get(k).equals("phone")).toList();
            boolean oneService = accounts.stream().map(AppAccountNumbers::service).distinct().count() == 1;
            if (!oneService || accounts.size() > 2 || phones.size() > 1 || accounts.size() + phones.size() < 2) {
                continue;
            }
            String first = accounts.get(0);
            for (String other : keys.keySet()) {
                if (!other.equals(first)) {
                    out.add(new Pair(first, "app-account", other, keys.get(other)));
                }
            }
        }
        return out.stream().distinct().toList();
    }

    /** "app:skype:velho.sp" → "skype". */
    private static String service(String key) {
        int second = key.indexOf(':', 4);
        return second < 0 ? key : key.substring(4, second);
    }
}
