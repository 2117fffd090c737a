package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.phonetriage.xref.rules.AccountPairs;

/** Reads the app contact records {@link AccountPairs.AppAccounts} ties (the weaker {@code app-account} rule). */
final class AppAccountNumbers {

    private AppAccountNumbers() {
    }

    /**
     * The pairs, leaving out the records of {@code provenRoles}: the apps whose record of an
     * account and its number is proof (Signal's recipients), tied as such elsewhere.
     */
    static List<AccountPairs.Pair> find(Connection db, List<String> provenRoles) throws SQLException {
        String excluded = provenRoles.stream().map(r -> "'" + r.replace("'", "''") + "'")
                .collect(java.util.stream.Collectors.joining(","));
        String sql = "SELECT o.record_id, i.key, i.type FROM occurrences o JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE o.record_table = 'contacts' AND o.role LIKE '%-contact' AND i.type IN ('app-account', 'phone')"
                + (excluded.isEmpty() ? "" : " AND o.role NOT IN (" + excluded + ")")
                + " AND o.record_id IN (SELECT o2.record_id FROM occurrences o2 JOIN identifiers i2"
                + "   ON i2.id = o2.identifier_id WHERE o2.record_table = 'contacts' AND i2.type = 'app-account')";
        AccountPairs.AppAccounts records = new AccountPairs.AppAccounts();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                records.add(rs.getLong(1), rs.getString(2), rs.getString(3));
            }
        }
        return records.pairs();
    }
}
