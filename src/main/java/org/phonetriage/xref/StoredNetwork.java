package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The communication graph kept in the case database (tables {@code network_edges} and
 * {@code network_edge_devices}, {@code network_contacts} of schema.sql) by the cross-reference that built it, so that
 * {@code path} reads only the neighbours of the vertices it reaches, by index, instead of every
 * occurrence of the case. It is tagged with the state of the case it was built from (see
 * report/CaseState): after an ingest, a {@code remove} or a renormalisation it is not used until
 * the graph is built again.
 */
public final class StoredNetwork implements PathGraph {

    private static final String STATE_KEY = "network_state";
    /** Vertices per neighbour query (SQLite allows 32766 parameters; a hub's frontier is thousands). */
    private static final int BATCH = 500;

    private final Connection db;

    private StoredNetwork(Connection db) {
        this.db = db;
    }

    /** The stored graph, when the case holds one built from its present {@code state}. */
    public static Optional<StoredNetwork> current(Connection db, String state) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, STATE_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && state.equals(rs.getString(1)) ? Optional.of(new StoredNetwork(db))
                        : Optional.empty();
            }
        }
    }

    /**
     * Replaces the stored graph with {@code graph}, built from the case in {@code state}, in one
     * transaction; leaves the case untouched when it holds that state's graph already.
     */
    public static void save(Connection db, CommunicationGraph graph, String state) throws SQLException {
        if (current(db, state).isPresent()) {
            return;
        }
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM network_edges");
            st.execute("DELETE FROM network_edge_devices");
            st.execute("DELETE FROM network_contacts");
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO network_edges(source, target, calls, messages,"
                    + " duration_s, first_seen, last_seen, strong) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement logged = db.prepareStatement(
                         "INSERT INTO network_edge_devices(source, target, device) VALUES (?, ?, ?)")) {
                for (CommunicationGraph.Edge e : graph.edges()) {
                    ps.setString(1, e.source);
                    ps.setString(2, e.target);
                    ps.setLong(3, e.calls);
                    ps.setLong(4, e.messages);
                    ps.setLong(5, e.durationSeconds);
                    ps.setString(6, e.firstSeen);
                    ps.setString(7, e.lastSeen);
                    ps.setInt(8, e.strong ? 1 : 0);
                    ps.executeUpdate();
                    for (String device : e.devices) {
                        logged.setString(1, e.source);
                        logged.setString(2, e.target);
                        logged.setString(3, device);
                        logged.executeUpdate();
                    }
                }
            }
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO network_contacts(owner, contact, device, name) VALUES (?, ?, ?, ?)")) {
                for (CommunicationGraph.ContactEdge c : graph.contactEdges()) {
                    ps.setString(1, c.owner());
                    ps.setString(2, c.contact());
                    ps.setString(3, c.device());
                    ps.setString(4, c.name());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")) {
                ps.setString(1, STATE_KEY);
                ps.setString(2, state);
                ps.executeUpdate();
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    @Override
    public Map<String, List<String>> neighbours(Collection<String> vertices, boolean withContacts)
            throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        List<String> all = new ArrayList<>(vertices);
        for (int i = 0; i < all.size(); i += BATCH) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + BATCH));
            Map<String, Map<String, String>> communication = links(batch,
                    "SELECT source, target, NULL FROM network_edges WHERE source IN (%1$s)"
                            + " UNION ALL SELECT source, target, NULL FROM network_edges WHERE target IN (%1$s)");
            Map<String, Map<String, String>> contacts = withContacts ? links(batch,
                    "SELECT owner, contact, device FROM network_contacts WHERE owner IN (%1$s)"
                            + " UNION ALL SELECT owner, contact, device FROM network_contacts WHERE contact IN (%1$s)")
                    : Map.of();
            for (String v : batch) {
                Map<String, String> linked = communication.getOrDefault(v, Map.of());
                List<String> list = inLinkOrder(linked);
                Map<String, String> saved = new HashMap<>(contacts.getOrDefault(v, Map.of()));
                saved.keySet().removeAll(linked.keySet());
                list.addAll(inLinkOrder(saved));
                out.put(v, list);
            }
        }
        return out;
    }

    /**
     * Per vertex of {@code batch}, each vertex linked to it with the smallest key of the links
     * between them (the one that linked the pair first); {@code sql} gives (from, to, device) rows
     * with the batch as its %1$s placeholders, twice.
     */
    private Map<String, Map<String, String>> links(List<String> batch, String sql) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
        Set<String> wanted = new HashSet<>(batch);
        Map<String, Map<String, String>> out = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement(String.format(sql, marks))) {
            for (int i = 0; i < batch.size(); i++) {
                ps.setString(i + 1, batch.get(i));
                ps.setString(batch.size() + i + 1, batch.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String a = rs.getString(1);
                    String b = rs.getString(2);
                    if (a.equals(b)) {
                        continue;
                    }
                    String device = rs.getString(3);
                    String key = device == null ? PathGraph.edgeKey(a, b) : PathGraph.contactKey(a, b, device);
                    if (wanted.contains(a)) {
                        out.computeIfAbsent(a, k -> new HashMap<>()).merge(b, key, StoredNetwork::earlier);
                    }
                    if (wanted.contains(b)) {
                        out.computeIfAbsent(b, k -> new HashMap<>()).merge(a, key, StoredNetwork::earlier);
                    }
                }
            }
        }
        return out;
    }

    private static String earlier(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static List<String> inLinkOrder(Map<String, String> keyByVertex) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(keyByVertex.entrySet());
        entries.sort(Map.Entry.comparingByValue());
        List<String> out = new ArrayList<>(entries.size());
        entries.forEach(e -> out.add(e.getKey()));
        return out;
    }

    @Override
    public List<CommunicationGraph.Edge> between(String a, String b) throws SQLException {
        List<CommunicationGraph.Edge> found = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT calls, messages, duration_s, first_seen, last_seen,"
                + " strong FROM network_edges WHERE source = ? AND target = ?");
             PreparedStatement logged = db.prepareStatement(
                     "SELECT device FROM network_edge_devices WHERE source = ? AND target = ?")) {
            for (String[] pair : new String[][] {{a, b}, {b, a}}) {
                ps.setString(1, pair[0]);
                ps.setString(2, pair[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    CommunicationGraph.Edge e = new CommunicationGraph.Edge(pair[0], pair[1]);
                    e.calls = rs.getLong(1);
                    e.messages = rs.getLong(2);
                    e.durationSeconds = rs.getLong(3);
                    e.firstSeen = rs.getString(4);
                    e.lastSeen = rs.getString(5);
                    e.strong = rs.getInt(6) == 1;
                    found.add(e);
                }
                logged.setString(1, pair[0]);
                logged.setString(2, pair[1]);
                try (ResultSet rs = logged.executeQuery()) {
                    while (rs.next()) {
                        found.get(found.size() - 1).devices.add(rs.getString(1));
                    }
                }
            }
        }
        return found;
    }

    @Override
    public List<String> contactDevices(String a, String b) throws SQLException {
        TreeSet<String> devices = new TreeSet<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT device FROM network_contacts WHERE owner = ? AND contact = ?")) {
            for (String[] pair : new String[][] {{a, b}, {b, a}}) {
                ps.setString(1, pair[0]);
                ps.setString(2, pair[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        devices.add(rs.getString(1));
                    }
                }
            }
        }
        return List.copyOf(devices);
    }
}
