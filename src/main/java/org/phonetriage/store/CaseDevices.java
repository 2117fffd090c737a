package org.phonetriage.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The devices of a case as units: whether each is complete, and removing one whole (an
 * interrupted device before it is read again, a device read from a wrong path).
 */
public final class CaseDevices {

    /** A device in the case: its label, whether every parser finished, and its item's SHA-256. */
    public record Device(long id, String label, boolean complete, String sha256) {
    }

    /** What a device holds: its platform, records read, problems and files parsed. */
    public record Totals(String platform, long records, int problems, int filesParsed) {
    }

    private CaseDevices() {
    }

    public static Totals totals(Connection db, long deviceId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT platform,"
                + " (SELECT COALESCE(sum(records), 0) FROM parser_runs WHERE device_id = d.id),"
                + " (SELECT count(*) FROM problems WHERE device_id = d.id),"
                + " (SELECT count(DISTINCT f.path) FROM evidence_files f JOIN evidence_items e ON e.id = f.item_id"
                + "   WHERE e.device_id = d.id AND f.status = 'parsed')"
                + " FROM devices d WHERE d.id = ?")) {
            ps.setLong(1, deviceId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Totals(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getInt(4));
            }
        }
    }

    public static List<Device> all(Connection db) throws SQLException {
        List<Device> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT d.id, d.label, d.status,"
                + " (SELECT min(sha256) FROM evidence_items e WHERE e.device_id = d.id) FROM devices d ORDER BY d.label")) {
            while (rs.next()) {
                out.add(new Device(rs.getLong(1), rs.getString(2), "complete".equals(rs.getString(3)),
                        rs.getString(4)));
            }
        }
        return out;
    }

    public static Optional<Device> byLabel(Connection db, String label) throws SQLException {
        return all(db).stream().filter(d -> d.label().equals(label)).findFirst();
    }

    /** The labels of devices an ingest was interrupted in. */
    public static List<String> incomplete(Connection db) throws SQLException {
        return all(db).stream().filter(d -> !d.complete()).map(Device::label).toList();
    }

    /**
     * Deletes a device and everything that came from it: every row of every table with a
     * device_id, its evidence items and their files (and rows naming those). Found from the
     * schema, so a table added later is not forgotten. The caller commits.
     */
    public static void remove(Connection db, long deviceId) throws SQLException {
        List<String> byDevice = new ArrayList<>();
        List<String> byItem = new ArrayList<>();
        List<String> byFile = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'"
                        + " AND p.name IN ('device_id', 'item_id', 'file_id')")) {
            while (rs.next()) {
                switch (rs.getString(2)) {
                    case "device_id" -> byDevice.add(rs.getString(1));
                    case "item_id" -> byItem.add(rs.getString(1));
                    default -> byFile.add(rs.getString(1));
                }
            }
        }
        String items = "SELECT id FROM evidence_items WHERE device_id = ?";
        String files = "SELECT id FROM evidence_files WHERE item_id IN (" + items + ")";
        for (String table : byFile) {
            delete("DELETE FROM " + table + " WHERE file_id IN (" + files + ")", db, deviceId);
        }
        for (String table : byItem) {
            delete("DELETE FROM " + table + " WHERE item_id IN (" + items + ")", db, deviceId);
        }
        for (String table : byDevice) {
            delete("DELETE FROM " + table + " WHERE device_id = ?", db, deviceId);
        }
        delete("DELETE FROM devices WHERE id = ?", db, deviceId);
    }

    /**
     * Deletes readings and identifiers nothing refers to any more (after a removal or a
     * re-reading). Only while no {@link CaseWriter} is open: it remembers identifier ids.
     */
    public static void purgeUnused(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM readings WHERE id NOT IN (SELECT reading_id FROM occurrences)");
            st.execute("DELETE FROM identifiers WHERE id NOT IN (SELECT identifier_id FROM occurrences)"
                    + " AND id NOT IN (SELECT identifier_id FROM owner_identifiers)");
        }
    }

    private static void delete(String sql, Connection db, long deviceId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setLong(1, deviceId);
            ps.executeUpdate();
        }
    }
}
