package org.phonetriage.query;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.phonetriage.report.CsvTable;
import org.phonetriage.report.CsvWriter;
import org.phonetriage.report.TimelineCsvExport;

/**
 * The timeline as CSV (format of {@link CsvTable}), one row per record. The party columns hold one
 * entry per party, in the same order, joined with {@value CsvWriter#MULTI}; a message body is one
 * quoted field however many lines it has.
 */
public final class TimelineCsv implements IoConsumer<TimelineRecord>, Closeable {

    public static final String FILE_NAME = "timeline.csv";
    public static final List<String> HEADER = List.of("time_utc", "device", "kind", "direction",
            "counterpart_keys", "counterpart_raw", "counterpart_roles", "names", "alternative_keys",
            "duration_s", "body", "record", "parser", "source_file", "source_sha256");
    /** The columns holding keys, written byte-exact (see {@link CsvTable}). */
    public static final List<String> IDENTIFIER_COLUMNS = List.of("counterpart_keys", "alternative_keys");

    private final CsvTable table;

    public TimelineCsv(Writer out) throws IOException {
        this(out, true);
    }

    /** {@code formulaGuard}: whether text cells are formula-guarded (see {@link CsvTable}). */
    public TimelineCsv(Writer out, boolean formulaGuard) throws IOException {
        this.table = new CsvTable(out, HEADER, IDENTIFIER_COLUMNS).formulaGuard(formulaGuard);
    }

    private TimelineCsv(CsvTable table) {
        this.table = table;
    }

    /** Writes the whole timeline of a case to {@code file}. */
    public static TimelineStats write(Connection db, Path file) throws SQLException, IOException {
        return write(db, file, true);
    }

    /**
     * The same; {@code formulaGuard}: whether text cells are formula-guarded (see {@link CsvTable}).
     * Sorted in Java ({@link TimelineCsvExport}); a case holding a time not in the form phonetriage
     * stores them is written by {@link #writeBySql}.
     */
    public static TimelineStats write(Connection db, Path file, boolean formulaGuard) throws SQLException, IOException {
        return TimelineCsvExport.write(db, file, formulaGuard);
    }

    /** The same, the records joined and sorted by SQLite ({@link TimelineQuery}): the reference for the above. */
    public static TimelineStats writeBySql(Connection db, Path file, boolean formulaGuard)
            throws SQLException, IOException {
        try (TimelineCsv csv = new TimelineCsv(CsvTable.create(file, HEADER, IDENTIFIER_COLUMNS)
                .formulaGuard(formulaGuard))) {
            TimelineStats stats = new TimelineQuery(db, TimelineFilter.ALL).forEach(csv);
            csv.table.commit();
            return stats;
        }
    }

    @Override
    public void accept(TimelineRecord r) throws IOException {
        String[] parties = partyColumns(r.parties());
        Provenance s = r.source();
        table.row(r.timeUtc(), r.device(), r.kind(), r.direction(),
                parties[0], parties[1], parties[2], parties[3], parties[4],
                r.durationS(), r.body(), s.record(), s.parser(), s.file(), s.sha256());
    }

    /**
     * The five party columns of a record's row (counterpart_keys to alternative_keys), each null
     * when no party has a value for it.
     */
    public static String[] partyColumns(List<TimelineParty> parties) {
        return new String[] {join(parties, TimelineParty::key), join(parties, TimelineParty::raw),
                join(parties, TimelineCsv::role), join(parties, TimelineParty::name),
                join(parties, p -> String.join(";", p.alternatives()))};
    }

    @Override
    public void close() throws IOException {
        table.close();
    }

    /** The party_roles value of one party: its role, and "own" for one of the device's identifiers. */
    public static String role(TimelineParty p) {
        String role = Objects.toString(p.role(), "");
        return p.own() ? (role + " own").strip() : role;
    }

    private static String join(List<TimelineParty> parties, Function<TimelineParty, String> column) {
        // a loop, not streams: this runs for five columns of every record of the case
        boolean any = false;
        for (TimelineParty p : parties) {
            String value = column.apply(p);
            any |= value != null && !value.isEmpty();
        }
        if (!any) {
            return null;
        }
        if (parties.size() == 1) {
            return column.apply(parties.get(0));
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < parties.size(); i++) {
            if (i > 0) {
                joined.append(CsvWriter.MULTI);
            }
            joined.append(Objects.toString(column.apply(parties.get(i)), ""));
        }
        return joined.toString();
    }
}
