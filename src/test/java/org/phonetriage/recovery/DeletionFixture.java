package org.phonetriage.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds an SMS-shaped table with known rows, deletes known ones under a given condition, and
 * scores what recovery returns: recall over the deleted rows, precision over everything it claims
 * (a recovered row must equal, on every value it gives, a row that was once written).
 */
final class DeletionFixture {

    static final String CREATE = "CREATE TABLE sms (_id INTEGER PRIMARY KEY, address TEXT, date INTEGER,"
            + " type INTEGER, body TEXT, read INTEGER)";

    final Map<Long, Object[]> written = new HashMap<>();
    final List<Object[]> versions = new ArrayList<>();
    final Set<Long> deleted = new java.util.TreeSet<>();

    /** One row's values in column order; {@code longBody} makes a body that needs overflow pages. */
    Object[] row(long id, boolean longBody) {
        String body = "message " + id + " about the meeting at " + (id % 24) + "h";
        if (longBody) {
            // 1,240 characters: on 1,024-byte pages about 250 bytes stay on the leaf (three cells a
            // page) and the rest goes to one overflow page
            body = (body + ": " + ("and then part " + id + " of the long story / ").repeat(40)).substring(0, 1240);
        }
        return new Object[] {id, "+4479460" + String.format("%05d", id), 1_700_000_000_000L + id * 60_000L,
                id % 2 + 1L, body, id % 3 == 0 ? 1L : 0L};
    }

    void insert(Connection db, long from, long to, boolean longBody) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO sms VALUES (?,?,?,?,?,?)")) {
            for (long id = from; id <= to; id++) {
                Object[] r = row(id, longBody);
                for (int i = 0; i < r.length; i++) {
                    ps.setObject(i + 1, r[i]);
                }
                ps.executeUpdate();
                written.put(id, r);
                versions.add(r);
            }
        }
        db.commit();
        db.setAutoCommit(auto);
    }

    /** The deleted rows recovery did not return (for a failing test's message). */
    List<Long> missed(List<RecoveredRow> rows) {
        List<Long> out = new ArrayList<>();
        for (long id : deleted) {
            if (rows.stream().noneMatch(r -> agrees(r.values(), written.get(id)))) {
                out.add(id);
            }
        }
        return out;
    }

    void delete(Connection db, String where) throws SQLException {
        try (Statement st = db.createStatement();
             var rs = st.executeQuery("SELECT _id FROM sms WHERE " + where)) {
            while (rs.next()) {
                deleted.add(rs.getLong(1));
            }
        }
        try (Statement st = db.createStatement()) {
            st.executeUpdate("DELETE FROM sms WHERE " + where);
        }
    }

    void updateBody(Connection db, long id, String body) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("UPDATE sms SET body = ? WHERE _id = ?")) {
            ps.setString(1, body);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        Object[] r = written.get(id).clone();
        r[4] = body;
        versions.add(r);
    }

    static Connection open(Path file, String... pragmas) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement st = db.createStatement()) {
            for (String p : pragmas) {
                st.execute("PRAGMA " + p);
            }
        }
        return db;
    }

    /** Copies a database and its companions as they are now (a connection may still be open). */
    static Path snapshot(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path copy = folder.resolve(file.getFileName());
        Files.copy(file, copy);
        for (String suffix : List.of("-wal", "-journal")) {
            Path c = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(c)) {
                Files.copy(c, folder.resolve(file.getFileName() + suffix));
            }
        }
        return copy;
    }

    /** Rows recovered that are deleted rows (by body), over the deleted rows. */
    double recall(List<RecoveredRow> rows) {
        if (deleted.isEmpty()) {
            return 1;
        }
        Set<Long> hit = new java.util.HashSet<>();
        for (RecoveredRow r : rows) {
            for (long id : deleted) {
                if (agrees(r.values(), written.get(id))) {
                    hit.add(id);
                }
            }
        }
        return hit.size() / (double) deleted.size();
    }

    /**
     * The deleted rows whose body's first words are still somewhere in the files (the database and
     * its -wal/-journal): what SQLite left to recover. A row whose bytes a page merge overwrote is
     * beyond any recovery.
     */
    Set<Long> surviving(Path db, java.nio.charset.Charset encoding) throws IOException {
        byte[] all = Files.readAllBytes(db);
        for (String suffix : List.of("-wal", "-journal")) {
            Path c = db.resolveSibling(db.getFileName() + suffix);
            if (Files.exists(c)) {
                byte[] more = Files.readAllBytes(c);
                byte[] both = java.util.Arrays.copyOf(all, all.length + more.length);
                System.arraycopy(more, 0, both, all.length, more.length);
                all = both;
            }
        }
        String text = new String(all, java.nio.charset.StandardCharsets.ISO_8859_1);
        Set<Long> out = new java.util.TreeSet<>();
        for (long id : deleted) {
            String body = (String) written.get(id)[4];
            String needle = new String(body.substring(0, Math.min(body.length(), 24)).getBytes(encoding),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            if (text.contains(needle)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Recall over the deleted rows whose bytes survive. */
    double recallOfSurviving(List<RecoveredRow> rows, Set<Long> surviving) {
        if (surviving.isEmpty()) {
            return 1;
        }
        long hit = surviving.stream().filter(id -> rows.stream().anyMatch(r -> agrees(r.values(), written.get(id))))
                .count();
        return hit / (double) surviving.size();
    }

    /** Rows recovered that agree with a row once written, over all rows recovered. */
    double precision(List<RecoveredRow> rows) {
        if (rows.isEmpty()) {
            return 1;
        }
        long good = rows.stream().filter(r -> versions.stream().anyMatch(v -> agrees(r.values(), v))).count();
        return good / (double) rows.size();
    }

    /** Every value recovery gives equals the written one (a lost column is null and says nothing). */
    static boolean agrees(Object[] recovered, Object[] written) {
        if (recovered.length != written.length) {
            return false;
        }
        int given = 0;
        for (int i = 0; i < written.length; i++) {
            if (recovered[i] != null) {
                if (!recovered[i].equals(written[i])) {
                    return false;
                }
                given++;
            }
        }
        return given >= 2;
    }
}
