package org.phonetriage.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import org.phonetriage.Versions;
import org.phonetriage.model.Problem;
import org.phonetriage.query.TimelineCsv;
import org.phonetriage.store.CaseReader;
import org.phonetriage.xref.CrossReference;
import org.phonetriage.xref.XrefOptions;
import org.phonetriage.xref.XrefReport;

/**
 * Writes the outputs of a case into a folder (docs/outputs.md): xref.json, report.html and csv/
 * (the cross-reference tables, every occurrence and the merged timeline).
 * Everything is derived from the case database.
 */
public final class CaseOutputs {

    private static final List<String> OCCURRENCES_HEADER = List.of("key", "type", "device", "role",
            "record_table", "record_id", "raw", "name", "label", "party_role", "direction", "time_utc",
            "confidence", "rule", "region", "level", "device_normalized");

    private CaseOutputs() {
    }

    /** The cross-reference of a case, as xref.json reports it. */
    public static XrefReport crossReference(Connection db, XrefOptions options) throws SQLException {
        return new CrossReference(db).build(
                new XrefReport.Tool("phonetriage", Versions.phonetriage(), Versions.libphonenumber()), options);
    }

    /** Writes every output and returns the cross-reference it was built from. */
    public static XrefReport write(Connection db, Path outDir, String caseTitle, ZoneId zone, XrefOptions options)
            throws SQLException, IOException {
        Files.createDirectories(outDir);
        XrefReport xref = crossReference(db, options);
        List<Problem> problems = new CaseReader(db).problems();
        new XrefJsonWriter().write(xref, outDir.resolve(XrefJsonWriter.FILE_NAME));
        new HtmlReportWriter().write(xref, problems,
                ReportContext.now(caseTitle, zone, Versions.phonetriage()), outDir.resolve(HtmlReportWriter.FILE_NAME));
        Path csv = new CsvWriter().write(xref, problems, outDir);
        writeOccurrences(db, csv.resolve("occurrences.csv"));
        TimelineCsv.write(db, csv.resolve(TimelineCsv.FILE_NAME));
        return xref;
    }

    /** Every occurrence, streamed row by row: a case can hold millions. */
    private static void writeOccurrences(Connection db, Path file) throws SQLException, IOException {
        String sql = "SELECT o.key, o.type, d.label, o.role, o.record_table, o.record_id, o.raw, o.name,"
                + " o.label, o.party_role, o.direction, o.time_utc, o.confidence, o.rule, o.region, o.level,"
                + " o.device_normalized FROM occurrence_details o"
                + " JOIN devices d ON d.id = o.device_id ORDER BY o.key, d.label, o.id";
        try (CsvTable table = CsvTable.create(file, OCCURRENCES_HEADER);
             Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            Object[] row = new Object[OCCURRENCES_HEADER.size()];
            while (rs.next()) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                table.row(row);
            }
        }
    }
}
