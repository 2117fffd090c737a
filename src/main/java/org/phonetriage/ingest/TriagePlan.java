package org.phonetriage.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.phonetriage.evidence.ItemHash;
import org.phonetriage.progress.Progress;

/**
 * The evidence items a triage was asked for, each with its device label and SHA-256, kept in the
 * case (table triage_items) before anything is read. Running the same triage again — the same
 * items by hash, under the same labels — resumes it; any other set is refused, naming the
 * difference, so that a case never mixes two different requests without the examiner saying so.
 */
public record TriagePlan(List<Entry> entries) {

    /** One item: as named, its device label, and its hash (null when it is missing or unreadable). */
    public record Entry(Path path, String label, String sha256) {

        /** What makes two runs' items the same: the content, or the path for an item with no hash. */
        String identity() {
            return label + " " + (sha256 != null ? sha256 : "path " + path);
        }
    }

    public TriagePlan {
        entries = List.copyOf(entries);
    }

    /** Hashes every item (a stage of its own: a folder's tree hash reads every file). */
    public static TriagePlan of(List<CaseIngest.Item> items, Progress progress) {
        long started = System.nanoTime();
        progress.stage("hashing evidence", -1);
        List<Entry> entries = new ArrayList<>();
        for (CaseIngest.Item item : items) {
            StopRequest.check();
            entries.add(new Entry(item.path(), item.deviceLabel(), ItemHash.of(item.path())));
        }
        progress.stage("hashing evidence", (System.nanoTime() - started) / 1e9);
        return new TriagePlan(entries);
    }

    /** The plan a case was triaged with, if it was made by triage. */
    public static Optional<TriagePlan> stored(Connection db) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT path, label, sha256 FROM triage_items ORDER BY position")) {
            while (rs.next()) {
                entries.add(new Entry(Path.of(rs.getString(1)), rs.getString(2), rs.getString(3)));
            }
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(new TriagePlan(entries));
    }

    public void store(Connection db) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO triage_items(position, path, label, sha256) VALUES (?,?,?,?)")) {
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                ps.setInt(1, i + 1);
                ps.setString(2, e.path().toString());
                ps.setString(3, e.label());
                ps.setString(4, e.sha256());
                ps.executeUpdate();
            }
        }
    }

    /** Null when both name the same items under the same labels; else what differs, for the examiner. */
    public String differenceFrom(TriagePlan earlier) {
        TreeMap<String, Entry> now = index(this);
        TreeMap<String, Entry> before = index(earlier);
        List<String> gone = before.keySet().stream().filter(k -> !now.containsKey(k))
                .map(k -> describe(before.get(k))).toList();
        List<String> added = now.keySet().stream().filter(k -> !before.containsKey(k))
                .map(k -> describe(now.get(k))).toList();
        if (gone.isEmpty() && added.isEmpty()) {
            return null;
        }
        StringBuilder why = new StringBuilder();
        if (!gone.isEmpty()) {
            why.append("triaged before but not named now: ").append(String.join(", ", gone));
        }
        if (!added.isEmpty()) {
            why.append(why.length() > 0 ? "; " : "").append("named now but not triaged before: ")
                    .append(String.join(", ", added));
        }
        return why.toString();
    }

    private static TreeMap<String, Entry> index(TriagePlan plan) {
        return plan.entries.stream().collect(Collectors.toMap(Entry::identity, e -> e, (a, b) -> a, TreeMap::new));
    }

    private static String describe(Entry e) {
        return e.path() + " as " + e.label() + (e.sha256() == null ? " (not readable)"
                : " (sha256 " + e.sha256().substring(0, 12) + "…)");
    }

    public List<CaseIngest.Item> items() {
        return entries.stream().map(e -> new CaseIngest.Item(e.path(), e.label())).toList();
    }

    public List<String> hashes() {
        return entries.stream().map(Entry::sha256).toList();
    }
}
