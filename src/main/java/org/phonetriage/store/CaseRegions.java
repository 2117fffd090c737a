package org.phonetriage.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The countries of a case, for the bounded fan-out of national numbers: the examiner's
 * {@code --case-regions} (kept in the case, so a later ingest uses them), then the home region of
 * every device, sorted. Sorted, not in the order the devices came, so that the result never
 * depends on the order of the items.
 */
public final class CaseRegions {

    private static final String META_KEY = "case_regions";

    private CaseRegions() {
    }

    /** The examiner's case regions stored in the case, in the order given. */
    public static List<String> examiners(Connection db) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, META_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null && !rs.getString(1).isEmpty()
                        ? List.of(rs.getString(1).split(",")) : List.of();
            }
        }
    }

    /** Adds regions to the examiner's list kept in the case (those already there keep their place). */
    public static void addExaminers(Connection db, List<String> regions) throws SQLException {
        Set<String> all = new LinkedHashSet<>(examiners(db));
        all.addAll(regions);
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")) {
            ps.setString(1, META_KEY);
            ps.setString(2, String.join(",", all));
            ps.executeUpdate();
        }
    }

    /** The examiner's regions, then every device's home region in alphabetical order. */
    public static List<String> of(Connection db) throws SQLException {
        Set<String> homes = new TreeSet<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT home_region FROM devices WHERE home_region IS NOT NULL")) {
            while (rs.next()) {
                homes.add(rs.getString(1));
            }
        }
        Set<String> all = new LinkedHashSet<>(examiners(db));
        all.addAll(homes);
        return new ArrayList<>(all);
    }
}
