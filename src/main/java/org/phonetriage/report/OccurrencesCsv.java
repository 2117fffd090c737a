package org.phonetriage.report;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/** csv/occurrences.csv (the {@code occurrences} format): every occurrence of the case, one a row. */
public final class OccurrencesCsv {

    public static final String FILE_NAME = "occurrences.csv";
    static final List<String> HEADER = List.of("key", "type", "device", "role",
            "record_table", "record_id", "raw", "name", "label", "party_role", "direction", "time_utc",
            "confidence", "rule", "region", "level", "device_normalized");
    static final List<String> IDENTIFIERS = List.of("key", "device_normalized");
    private static final int RECORD_ID = HEADER.indexOf("record_id");

    private OccurrencesCsv() {
    }

    /** Streams every occurrence row by row into {@code file} (a case can hold millions); returns the rows. */
    public static long write(Connection db, Path file, boolean formulaGuard) throws SQLException, IOException {
        String sql = "SELECT o.key, o.type, d.label, o.role, o.record_table, o.record_id, o.raw, o.name,"
                + " o.label, o.party_role, o.direction, o.time_utc, o.confidence, o.rule, o.region, o.level,"
                + " o.device_normalized FROM occurrence_details o"
                + " JOIN devices d ON d.id = o.device_id ORDER BY o.key, d.label, o.id";
        long rows = 0;
        try (CsvTable table = CsvTable.create(file, HEADER, IDENTIFIERS).formulaGuard(formulaGuard);
             Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            Object[] row = new Object[HEADER.size()];
            List<Object> values = Arrays.asList(row);
            while (rs.next()) {
                // every column is text but record_id (NOT NULL): read as such, not type by type
                for (int i = 0; i < row.length; i++) {
                    row[i] = i == RECORD_ID ? (Object) rs.getLong(i + 1) : rs.getString(i + 1);
                }
                table.row(values);
                rows++;
            }
            table.commit();
        }
        return rows;
    }
}
