package org.phonetriage.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.phonetriage.Versions;
import org.phonetriage.model.Problem;
import org.phonetriage.query.TimeRange;
import org.phonetriage.query.TimelineCsv;
import org.phonetriage.query.TimelineFilter;
import org.phonetriage.query.TimelineQuery;
import org.phonetriage.query.TimelineRecord;
import org.phonetriage.report.caseuco.CaseUcoExport;
import org.phonetriage.report.export.Exports;
import org.phonetriage.store.CaseReader;
import org.phonetriage.xref.CrossReference;
import org.phonetriage.xref.Network;
import org.phonetriage.xref.XrefOptions;
import org.phonetriage.xref.XrefReport;

/**
 * Writes the outputs of a case into a folder (docs/outputs.md): xref.json, report.html, csv/
 * (the cross-reference tables, every occurrence and the merged timeline), the graph exports
 * (graph.graphml, graph.gexf, i2/, neo4j/) and case.jsonld (CASE/UCO).
 * Everything is derived from the case database.
 */
public final class CaseOutputs {

    private static final List<String> OCCURRENCES_HEADER = List.of("key", "type", "device", "role",
            "record_table", "record_id", "raw", "name", "label", "party_role", "direction", "time_utc",
            "confidence", "rule", "region", "level", "device_normalized");
    static final List<String> OCCURRENCES_IDENTIFIERS = List.of("key", "device_normalized");

    private CaseOutputs() {
    }

    /** The cross-reference of a case, as xref.json reports it. */
    public static XrefReport crossReference(Connection db, XrefOptions options) throws SQLException {
        return crossReference(db, options, Network.load(db));
    }

    private static XrefReport crossReference(Connection db, XrefOptions options, Network network)
            throws SQLException {
        return new CrossReference(db).build(tool(), options, network);
    }

    private static XrefReport.Tool tool() {
        return new XrefReport.Tool("phonetriage", Versions.phonetriage(), Versions.libphonenumber());
    }

    /** The output formats, as {@code report --format} names them. */
    public static final List<String> FORMATS = List.of("json", "html", "csv", "graphml", "gexf", "i2", "neo4j",
            "case");

    /** Writes every output and returns the cross-reference it was built from. */
    public static XrefReport write(Connection db, Path outDir, String caseTitle, ZoneId zone, XrefOptions options)
            throws SQLException, IOException {
        return write(db, outDir, caseTitle, zone, options, FORMATS);
    }

    /** Writes the outputs named (see {@link #FORMATS}) and returns the cross-reference. */
    public static XrefReport write(Connection db, Path outDir, String caseTitle, ZoneId zone, XrefOptions options,
                                   List<String> formats) throws SQLException, IOException {
        for (String format : formats) {
            if (!FORMATS.contains(format)) {
                throw new IllegalArgumentException("unknown output format " + format + "; one of " + FORMATS);
            }
        }
        Files.createDirectories(outDir);
        Network network = Network.load(db);
        XrefReport xref = crossReference(db, options, network);
        CaseReader reader = new CaseReader(db);
        List<Problem> problems = reader.problems();
        List<CaseReader.Fact> facts = reader.facts();
        if (formats.contains("json")) {
            new XrefJsonWriter().write(xref, outDir.resolve(XrefJsonWriter.FILE_NAME));
        }
        if (formats.contains("html")) {
            new HtmlReportWriter().withDeviceFacts(facts).write(xref, problems,
                    ReportContext.now(caseTitle, zone, Versions.phonetriage()),
                    coreTimeline(db, xref), ReportGraph.of(network.graph(), network.metrics(), xref),
                    outDir.resolve(HtmlReportWriter.FILE_NAME));
        }
        if (formats.contains("csv")) {
            Path csv = new CsvWriter().write(xref, problems, outDir);
            writeOccurrences(db, csv.resolve("occurrences.csv"));
            writeFacts(facts, csv.resolve("device_facts.csv"));
            TimelineCsv.write(db, csv.resolve(TimelineCsv.FILE_NAME));
        }
        for (String format : Exports.FORMATS) {
            if (formats.contains(format)) {
                Exports.write(format, network, xref, outDir);
            }
        }
        if (formats.contains("case")) {
            CaseUcoExport.write(db, outDir.resolve(CaseUcoExport.FILE_NAME));
        }
        return xref;
    }

    /** At most this many communications in report.html; all are in csv/timeline.csv. */
    static final int REPORT_TIMELINE_ROWS = 2_000;

    /** The communications that involve a device link or one of the first ten key players. */
    private static ReportTimeline coreTimeline(Connection db, XrefReport xref) throws SQLException, IOException {
        Set<String> keys = new TreeSet<>();
        xref.deviceLinks().forEach(l -> keys.addAll(l.via()));
        xref.keyPlayers().stream().limit(10).forEach(k -> keys.add(k.key()));
        if (keys.isEmpty()) {
            return ReportTimeline.NONE;
        }
        List<TimelineRecord> rows = new ArrayList<>();
        new TimelineQuery(db, new TimelineFilter(List.copyOf(keys), List.of(), TimeRange.ALL))
                .forEach(r -> {
                    if (rows.size() < REPORT_TIMELINE_ROWS + 1) {
                        rows.add(r);
                    }
                });
        boolean truncated = rows.size() > REPORT_TIMELINE_ROWS;
        return new ReportTimeline(truncated ? rows.subList(0, REPORT_TIMELINE_ROWS) : rows, truncated);
    }

    static final List<String> FACTS_HEADER = List.of("device", "name", "value", "source", "parser");

    /** What the evidence records about each device besides identifiers (docs: add files freely). */
    private static void writeFacts(List<CaseReader.Fact> facts, Path file) throws IOException {
        try (CsvTable table = CsvTable.create(file, FACTS_HEADER)) {
            for (CaseReader.Fact f : facts) {
                table.row(new Object[] {f.device(), f.name(), f.value(), f.source(), f.parser()});
            }
        }
    }

    /** Every occurrence, streamed row by row: a case can hold millions. */
    private static void writeOccurrences(Connection db, Path file) throws SQLException, IOException {
        String sql = "SELECT o.key, o.type, d.label, o.role, o.record_table, o.record_id, o.raw, o.name,"
                + " o.label, o.party_role, o.direction, o.time_utc, o.confidence, o.rule, o.region, o.level,"
                + " o.device_normalized FROM occurrence_details o"
                + " JOIN devices d ON d.id = o.device_id ORDER BY o.key, d.label, o.id";
        try (CsvTable table = CsvTable.create(file, OCCURRENCES_HEADER, OCCURRENCES_IDENTIFIERS);
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
