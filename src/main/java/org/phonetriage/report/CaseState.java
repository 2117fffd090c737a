package org.phonetriage.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the outputs of a case were made from, in one digest: its devices (id, label, status, the
 * phonetriage and libphonenumber that read them), their evidence hashes, the examiner's case
 * regions and the region contexts numbers were read in. An ingest, a device read again, a
 * {@code remove} or a renormalisation changes it, so outputs whose manifest holds another state
 * are stale. Cheap: a few small tables, never the records.
 *
 * @param digest  SHA-256 (hex) of the above
 * @param devices each device (by label) with its status and evidence hashes, as the manifest lists them
 */
public record CaseState(String digest, List<Device> devices) {

    /** A device as the manifest lists it. */
    public record Device(String label, String status, List<String> evidenceSha256) {
    }

    public static CaseState of(Connection db) throws SQLException {
        MessageDigest sha = sha256();
        Map<Long, Device> devices = new LinkedHashMap<>();
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, label, status, tool_version, libphonenumber"
                    + " FROM devices ORDER BY label")) {
                while (rs.next()) {
                    line(sha, "device", rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5));
                    devices.put(rs.getLong(1), new Device(rs.getString(2), rs.getString(3), new ArrayList<>()));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT device_id, sha256 FROM evidence_items ORDER BY device_id, id")) {
                while (rs.next()) {
                    line(sha, "item", rs.getLong(1), rs.getString(2));
                    Device d = devices.get(rs.getLong(1));
                    if (d != null && rs.getString(2) != null) {
                        d.evidenceSha256().add(rs.getString(2));
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'case_regions'")) {
                line(sha, "case-regions", rs.next() ? rs.getString(1) : null);
            }
            try (ResultSet rs = st.executeQuery("SELECT id, device_id, record_hint, home_hint, home_area, case_regions,"
                    + " ton, network FROM region_contexts ORDER BY id")) {
                while (rs.next()) {
                    Object[] row = new Object[8];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    line(sha, "context", row);
                }
            }
        }
        List<Device> listed = devices.values().stream()
                .map(d -> new Device(d.label(), d.status(), List.copyOf(d.evidenceSha256()))).toList();
        return new CaseState(HexFormat.of().formatHex(sha.digest()), listed);
    }

    /** One tab-separated line per row, nulls marked, so no two rows run together in the digest. */
    private static void line(MessageDigest sha, String kind, Object... values) {
        StringBuilder s = new StringBuilder(kind);
        for (Object v : values) {
            s.append('\t').append(v == null ? "\u0000" : Objects.toString(v).replace("\\", "\\\\")
                    .replace("\t", "\\t").replace("\n", "\\n"));
        }
        sha.update(s.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
