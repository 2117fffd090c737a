package org.phonetriage.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phonetriage.detect.UnreadCategory;

/**
 * The files of each device that no parser read (evidence_files with status not-parsed or problem):
 * databases, plists and XML files one by one with what they hold, the rest counted by category
 * ({@link UnreadCategory}). Read from the case, for report.html, csv/unread.csv and the console.
 */
public final class UnreadFiles {

    /** Said of a listed file whose content was not summarised when it was ingested. */
    static final String NOT_SUMMARISED = "not summarised: ingested before phonetriage recorded what unread files hold";

    /**
     * A database, plist or XML file no parser read.
     *
     * @param summary its tables and row counts, top-level keys or root element (null when unknown)
     * @param note    why the summary is missing or what went wrong with the file (null when nothing did)
     */
    public record Listed(String path, UnreadCategory type, String mediaType, Long size, String sha256,
                         String summary, String note, List<Found> found) {
    }

    /**
     * An identifier the sweep found in an unread file: where (table.column or a document's key
     * path), with what confidence (0-1), how many times, and whether it is a lead (candidate) or
     * the app's own constant (service).
     */
    public record Found(String key, String where, double confidence, long times, String level) {
    }

    /** Files of one category counted, not listed. */
    public record Counted(UnreadCategory category, long files, long bytes) {
    }

    /** What one device left unread. */
    public record Device(String label, List<Listed> listed, List<Counted> counted) {

        /** How many listed files are of this kind. */
        public long listedOf(UnreadCategory type) {
            return listed.stream().filter(l -> l.type() == type).count();
        }

        public long countedFiles() {
            return counted.stream().mapToLong(Counted::files).sum();
        }

        public boolean isEmpty() {
            return listed.isEmpty() && counted.isEmpty();
        }

        /**
         * One line: "14 files not read (3 SQLite databases, 9 plists, 2 XML files); 212 more counted (150 image,
         * 62 cache)".
         */
        public String describe() {
            if (isEmpty()) {
                return "every file was read";
            }
            List<String> kinds = new ArrayList<>();
            addKind(kinds, listedOf(UnreadCategory.SQLITE), "SQLite database", "SQLite databases");
            addKind(kinds, listedOf(UnreadCategory.PLIST), "plist", "plists");
            addKind(kinds, listedOf(UnreadCategory.XML), "XML file", "XML files");
            addKind(kinds, listedOf(UnreadCategory.ARCHIVE), "archive", "archives");
            String text = listed.isEmpty() ? "no database, plist or XML file left unread"
                    : plural(listed.size(), "file") + " not read (" + String.join(", ", kinds) + ")";
            if (!counted.isEmpty()) {
                text += "; " + countedFiles() + (listed.isEmpty() ? " other" : " more") + " counted ("
                        + String.join(", ", counted.stream().map(c -> c.files() + " " + c.category().label())
                        .toList()) + ")";
            }
            return text;
        }

        private static void addKind(List<String> kinds, long n, String one, String many) {
            if (n > 0) {
                kinds.add(n + " " + (n == 1 ? one : many));
            }
        }

        private static String plural(long n, String word) {
            return n + " " + word + (n == 1 ? "" : "s");
        }
    }

    private UnreadFiles() {
    }

    /** What the sweep found, by file: each identifier once per place, most confident first. */
    private static Map<Long, List<Found>> found(Connection db) throws SQLException {
        Map<Long, List<Found>> out = new java.util.HashMap<>();
        String sql = "SELECT s.file_id, i.key, s.src_table || '.' || s.src_column, max(s.confidence), count(DISTINCT s.id),"
                + " min(r.level) FROM swept_values s JOIN occurrences o ON o.record_table = 'swept_values'"
                + " AND o.record_id = s.id JOIN readings r ON r.id = o.reading_id JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE r.rule NOT LIKE 'alternative:%' GROUP BY s.file_id, i.key, s.src_table, s.src_column"
                + " ORDER BY s.file_id, max(s.confidence) DESC, i.key, 3";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Found(rs.getString(2),
                        rs.getString(3), rs.getDouble(4), rs.getLong(5), rs.getString(6)));
            }
        }
        return out;
    }

    /**
     * Every device of the case, by label, with what it left unread. A problem recorded for a file
     * that has no note of its own (a database that could not be opened, an encrypted one without its
     * key) is its note.
     */
    public static List<Device> load(Connection db) throws SQLException {
        Map<String, List<Listed>> listed = new LinkedHashMap<>();
        Map<String, Map<UnreadCategory, long[]>> counted = new LinkedHashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT label FROM devices ORDER BY label")) {
            while (rs.next()) {
                listed.put(rs.getString(1), new ArrayList<>());
                counted.put(rs.getString(1), new EnumMap<>(UnreadCategory.class));
            }
        }
        Map<Long, List<Found>> found = found(db);
        String sql = "SELECT d.label, f.path, f.detected_type, f.size, f.sha256, u.file_id IS NOT NULL, u.summary,"
                + " COALESCE(u.note, CASE WHEN f.status = 'problem' THEN (SELECT p.reason FROM problems p"
                + " WHERE p.device_id = i.device_id AND p.path = f.path ORDER BY p.id LIMIT 1) END), f.id"
                + " FROM evidence_files f JOIN evidence_items i ON i.id = f.item_id JOIN devices d ON d.id = i.device_id"
                + " LEFT JOIN unread_files u ON u.file_id = f.id"
                + " WHERE f.status IN ('not-parsed', 'problem') ORDER BY d.label, f.path, f.id";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String device = rs.getString(1);
                String path = rs.getString(2);
                String type = rs.getString(3);
                Long size = rs.getObject(4) == null ? null : rs.getLong(4);
                UnreadCategory category = UnreadCategory.of(path, type);
                if (category.listed()) {
                    String note = rs.getString(8);
                    boolean summarised = rs.getBoolean(6);
                    listed.get(device).add(new Listed(path, category, type, size, rs.getString(5),
                            rs.getString(7), note == null && !summarised ? NOT_SUMMARISED : note,
                            found.getOrDefault(rs.getLong(9), List.of())));
                } else {
                    long[] n = counted.get(device).computeIfAbsent(category, c -> new long[2]);
                    n[0]++;
                    n[1] += size == null ? 0 : size;
                }
            }
        }
        List<Device> out = new ArrayList<>();
        for (Map.Entry<String, List<Listed>> e : listed.entrySet()) {
            List<Listed> files = e.getValue();
            files.sort(Comparator.comparing(Listed::type).thenComparing(Listed::path));
            List<Counted> counts = counted.get(e.getKey()).entrySet().stream()
                    .map(c -> new Counted(c.getKey(), c.getValue()[0], c.getValue()[1])).toList();
            out.add(new Device(e.getKey(), List.copyOf(files), counts));
        }
        return out;
    }
}
