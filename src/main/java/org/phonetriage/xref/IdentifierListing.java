package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.model.UtcSeconds;
import org.phonetriage.store.OccurrenceFacts;
import org.phonetriage.xref.XrefReport.IdentifierOnDevice;
import org.phonetriage.xref.XrefReport.SharedIdentifier;
import org.phonetriage.xref.rules.LinkRules;
import org.phonetriage.xref.rules.OccurrenceSql;

/**
 * The identifiers xref.json lists, each with what every device holding it says of it, aggregated
 * in SQL per (identifier, device) over the shared occurrence facts.
 *
 * <p>Made in two steps so the costly part does not wait for the analyses: {@link #read} lists
 * those the options select (held by enough devices, or an owner's) while the network's measures
 * are still being computed; {@link #with} then adds the few keys the analyses name that were not
 * selected, each aggregated alike, and returns the listing in key order.
 */
final class IdentifierListing {

    private final Connection db;
    private final Map<Long, String> labels;
    private final Map<Long, Ident> byId = new TreeMap<>();
    private final Map<OnDevice, List<String>> names = new HashMap<>();
    private final Map<OnDevice, List<String>> raws = new HashMap<>();

    private IdentifierListing(Connection db, Map<Long, String> labels) {
        this.db = db;
        this.labels = labels;
    }

    /** The identifiers the options select, read (the occurrence facts must be in scope). */
    static IdentifierListing read(Connection db, Map<Long, String> labels, XrefOptions options) throws SQLException {
        IdentifierListing listing = new IdentifierListing(db, labels);
        try (Statement st = db.createStatement()) {
            st.execute("DROP TABLE IF EXISTS temp.listed");
            st.execute("CREATE TEMP TABLE listed(identifier_id INTEGER PRIMARY KEY)");
            st.execute(options.all() ? "INSERT INTO temp.listed SELECT id FROM identifiers"
                    // from the shared facts, in identifier order (the case's occurrences by the
                    // occ_identifier index would be read in random order)
                    : "INSERT OR IGNORE INTO temp.listed SELECT o.identifier_id FROM " + OccurrenceFacts.TABLE + " o"
                    + " JOIN readings r ON r.id = o.reading_id"
                    + " WHERE " + OccurrenceSql.counted("r") + " GROUP BY o.identifier_id"
                    + " HAVING count(DISTINCT o.device_id) >= " + options.minDevices()
                    + " UNION SELECT identifier_id FROM owner_identifiers");
        }
        listing.aggregate("temp.listed");
        return listing;
    }

    /** The listing with the keys other sections name added (those not listed yet), in key order. */
    List<SharedIdentifier> with(Set<String> referenced) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("DROP TABLE IF EXISTS temp.referenced");
            st.execute("CREATE TEMP TABLE referenced(identifier_id INTEGER PRIMARY KEY)");
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT OR IGNORE INTO temp.referenced SELECT id"
                + " FROM identifiers WHERE key = ? AND id NOT IN (SELECT identifier_id FROM temp.listed)")) {
            for (String key : referenced) {
                ps.setString(1, key);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        aggregate("temp.referenced");
        Map<Long, List<String>> ownerOf = ownerOf();
        List<SharedIdentifier> out = new ArrayList<>();
        for (Map.Entry<Long, Ident> e : byId.entrySet()) {
            Ident i = e.getValue();
            i.devices.sort((a, b) -> a.label().compareTo(b.label()));
            out.add(new SharedIdentifier(i.key, i.type, i.confidence, ownerOf.getOrDefault(e.getKey(), List.of()),
                    i.devices));
        }
        out.sort((a, b) -> a.key().compareTo(b.key()));
        return out;
    }

    /** What each device says of each identifier of {@code table} (a temporary table of ids). */
    private void aggregate(String table) throws SQLException {
        distinctValues("name", table, names);
        distinctValues("raw", table, raws);
        String sql = "SELECT o.identifier_id, o.key, o.type, o.device_id, group_concat(DISTINCT o.role),"
                + " count(*), min(o.time_utc), max(o.time_utc), min(o.confidence),"
                + " " + OccurrenceSql.anyStrong("o") + ","
                // the rule of the best reading: the grade sorts first, so min() picks it
                + " substr(min(o.confidence || '|' || o.rule), 3),"
                + " " + OccurrenceSql.anyService("o") + ", sum(o.recovered)"
                + " FROM occurrence_details o JOIN " + table + " l ON l.identifier_id = o.identifier_id"
                + " GROUP BY o.identifier_id, o.device_id";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Ident ident = byId.computeIfAbsent(id, k -> new Ident());
                ident.key = rs.getString(2);
                ident.type = rs.getString(3);
                String grade = rs.getString(9);
                if (ident.confidence == null || grade.compareTo(ident.confidence) < 0) {
                    ident.confidence = grade;
                }
                String label = labels.get(rs.getLong(4));
                String level = LinkRules.deviceLevel(rs.getInt(10) == 1, rs.getInt(12) == 1);
                ident.devices.add(new IdentifierOnDevice(label, level, rs.getString(11),
                        sorted(rs.getString(5).split(",")), rs.getLong(6),
                        names.getOrDefault(new OnDevice(id, label), List.of()),
                        raws.getOrDefault(new OnDevice(id, label), List.of()), UtcSeconds.of(rs.getString(7)),
                        UtcSeconds.of(rs.getString(8)), rs.getLong(13)));
            }
        }
    }

    /** Distinct non-empty values of one occurrence column per (identifier, device), sorted. */
    private void distinctValues(String column, String table, Map<OnDevice, List<String>> out) throws SQLException {
        Map<OnDevice, TreeSet<String>> sets = new HashMap<>();
        // the shared occurrence facts (OccurrenceFacts), read in (identifier, device) order
        String sql = "SELECT DISTINCT o.identifier_id, o.device_id, o." + column + " FROM occurrence_details o"
                + " JOIN " + table + " l ON l.identifier_id = o.identifier_id"
                + " WHERE o." + column + " IS NOT NULL AND o." + column + " <> ''";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                sets.computeIfAbsent(new OnDevice(rs.getLong(1), labels.get(rs.getLong(2))), k -> new TreeSet<>())
                        .add(rs.getString(3));
            }
        }
        sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
    }

    private Map<Long, List<String>> ownerOf() throws SQLException {
        Map<Long, TreeSet<String>> sets = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT identifier_id, device_id FROM owner_identifiers")) {
            while (rs.next()) {
                sets.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(labels.get(rs.getLong(2)));
            }
        }
        Map<Long, List<String>> out = new HashMap<>();
        sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** An identifier on one device. */
    private record OnDevice(long identifierId, String label) {
    }

    private static List<String> sorted(String[] values) {
        return List.copyOf(new TreeSet<>(List.of(values)));
    }

    private static final class Ident {
        String key;
        String type;
        String confidence;
        final List<IdentifierOnDevice> devices = new ArrayList<>();
    }
}
