package org.phonetriage.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import org.phonetriage.query.TimeRange;

/**
 * The time range that holds the first records of the timeline of some identifiers. report.html
 * shows the first 2,000 records of the network's core conversations, but the timeline query joins
 * every record it keeps to its parties and sorts them all before the first comes out: hundreds of
 * thousands for a boss every phone calls. Bounded by the time of the last record shown, it joins
 * and sorts little more than those (ties at that time come too, and are in the same order).
 */
final class FirstRecordsRange {

    /** One branch per record table: the sortable times of its records naming one of the keys. */
    private static final String BRANCH = "SELECT rtrim(x.time_utc, 'Z') AS t FROM %1$s x WHERE x.time_utc IS NOT NULL"
            + " AND x.id IN (SELECT k.record_id FROM identifiers ki JOIN occurrences k ON k.identifier_id = ki.id"
            + " WHERE k.record_table = '%1$s' AND ki.key IN (%2$s))";

    private FirstRecordsRange() {
    }

    /**
     * The range ending at the time of record {@code records} of the keys' timeline; all time when
     * they have fewer timed records (those without a time come last, and no range holds them).
     */
    static TimeRange of(Connection db, List<String> keys, int records) throws SQLException {
        if (keys.isEmpty() || records < 1) {
            return TimeRange.ALL;
        }
        String marks = String.join(",", Collections.nCopies(keys.size(), "?"));
        String sql = "SELECT t FROM (" + BRANCH.formatted("calls", marks) + " UNION ALL "
                + BRANCH.formatted("messages", marks) + ") ORDER BY t LIMIT 1 OFFSET ?";
        String last;
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            int p = 1;
            for (int branch = 0; branch < 2; branch++) {
                for (String key : keys) {
                    ps.setString(p++, key);
                }
            }
            ps.setInt(p, records - 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return TimeRange.ALL;
                }
                last = rs.getString(1);
            }
        }
        try {
            Instant to = Instant.parse(last + "Z");
            // the timeline compares times in this written form: only one that reads back the same bounds it exactly
            return to.toString().equals(last + "Z") ? new TimeRange(null, to) : TimeRange.ALL;
        } catch (DateTimeParseException e) {
            return TimeRange.ALL;
        }
    }
}
