package org.phonetriage.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;

/** Reads what reports need from a case besides the cross-reference. */
public final class CaseReader {

    private final Connection db;

    public CaseReader(Connection db) {
        this.db = db;
    }

    /**
     * Every problem recorded in the case, in the order it was met, and first one for each device
     * an interrupted ingest left incomplete (an interruption cannot always record its own problem:
     * kill -9 leaves no time).
     */
    public List<Problem> problems() throws SQLException {
        List<Problem> out = new ArrayList<>();
        for (String label : CaseDevices.incomplete(db)) {
            out.add(incomplete(label));
        }
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT evidence, path, reason, code FROM problems ORDER BY id")) {
            while (rs.next()) {
                out.add(CaseProblems.stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    /** What an incomplete device is, and how to complete it. */
    public static Problem incomplete(String label) {
        return new Problem(label, null, "incomplete: its ingest was interrupted, so it holds only part of its evidence;"
                + " run the same triage again to resume, or phonetriage ingest --replace " + label,
                ProblemCode.DEVICE_INCOMPLETE);
    }

    /**
     * A fact recorded about a device (model, serial, a SIM's last location …), with where it was read.
     *
     * @param source the file inside the evidence item and the place in it (table, record)
     */
    public record Fact(String device, String name, String value, String source, String parser) {
    }

    /** Every device fact, by device and then in the order they were read. */
    public List<Fact> facts() throws SQLException {
        List<Fact> out = new ArrayList<>();
        String sql = "SELECT d.label, f.name, f.value, ef.path || COALESCE(' ' || f.src_table, '')"
                + " || COALESCE(' #' || f.src_row, ''), r.parser_id FROM device_facts f"
                + " JOIN devices d ON d.id = f.device_id JOIN parser_runs r ON r.id = f.run_id"
                + " JOIN evidence_files ef ON ef.id = r.file_id ORDER BY d.label, f.id";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new Fact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }

    /** An evidence item as recorded, with the files inside it whose hash was taken. */
    public record RecordedItem(String label, String absolutePath, String format, String sha256, List<RecordedFile> files) {
    }

    public record RecordedFile(String path, String sha256) {
    }

    public List<RecordedItem> evidence() throws SQLException {
        List<RecordedItem> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT e.id, d.label, e.abs_path, e.format, e.sha256 FROM evidence_items e"
                     + " JOIN devices d ON d.id = e.device_id ORDER BY d.label, e.id")) {
            while (rs.next()) {
                out.add(new RecordedItem(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        files(rs.getLong(1))));
            }
        }
        return out;
    }

    private List<RecordedFile> files(long itemId) throws SQLException {
        List<RecordedFile> out = new ArrayList<>();
        try (var ps = db.prepareStatement("SELECT path, sha256 FROM evidence_files WHERE item_id = ?"
                + " AND sha256 IS NOT NULL ORDER BY path")) {
            ps.setLong(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RecordedFile(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }
}
