package org.phonetriage.report.caseuco;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of one record table (contacts, calls or messages) in id order, each with the identifiers it
 * names: one query, grouped by record, so only one record is ever held. Alternative readings of a value are
 * left out: they are candidates for the cross-reference, not what the record says.
 */
final class RecordsWithParties {

    /** An identifier a record names (an occurrences row). */
    record Party(long occurrenceId, String key, String type, String role, String label, String partyRole) {

        String iri() {
            return PartyNode.iri(key, type);
        }
    }

    /** The record's own columns, in the order asked for, and where it comes from. */
    record Row(long id, CaseIndex.Source source, Object[] values) {

        String text(int column) {
            Object v = values[column];
            return v == null ? null : v.toString();
        }

        Long integer(int column) {
            Object v = values[column];
            return v instanceof Number n ? n.longValue() : null;
        }
    }

    interface Handler {
        void record(Row row, List<Party> parties) throws IOException;
    }

    private RecordsWithParties() {
    }

    /**
     * The rows of a record table with their source and, per row, which of the rows with the same run, source
     * table and source row it is (by id): what names a record independently of the order of ingest.
     */
    static String withSource(String table) {
        return "(SELECT *, ROW_NUMBER() OVER (PARTITION BY run_id, src_table, src_row ORDER BY id) - 1"
                + " AS src_ordinal FROM " + table + ")";
    }

    /** Calls handler for every row of table; columns are read from the table (alias t). */
    static void forEach(Connection db, String table, List<String> columns, Handler handler)
            throws SQLException, IOException {
        String sql = "SELECT t.id, t.run_id, t.src_table, t.src_row, t.src_ordinal, "
                + String.join(", ", columns.stream().map(c -> "t." + c).toList())
                + ", o.id, i.key, i.type, o.role, o.label, o.party_role FROM " + withSource(table)
                // joined on occ_record (record_table, record_id): a subquery joined here was scanned
                // whole for every record, quadratic in the records
                + " t LEFT JOIN occurrences o ON o.record_table = '" + table + "' AND o.record_id = t.id"
                + " AND o.reading_id IN (SELECT id FROM readings WHERE rule NOT LIKE 'alternative:%')"
                + " LEFT JOIN identifiers i ON i.id = o.identifier_id ORDER BY t.id, o.id";
        int n = columns.size();
        int first = 6; // the first of the columns asked for
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            Row row = null;
            List<Party> parties = new ArrayList<>();
            while (rs.next()) {
                long id = rs.getLong(1);
                if (row == null || row.id() != id) {
                    if (row != null) {
                        handler.record(row, parties);
                    }
                    Object[] values = new Object[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = rs.getObject(first + i);
                    }
                    row = new Row(id, new CaseIndex.Source(rs.getLong(2), rs.getString(3),
                            CaseIndex.longOrNull(rs, 4), rs.getLong(5)), values);
                    parties = new ArrayList<>();
                }
                int p = first + n;
                long occurrence = rs.getLong(p);
                if (!rs.wasNull()) {
                    parties.add(new Party(occurrence, rs.getString(p + 1), rs.getString(p + 2), rs.getString(p + 3),
                            rs.getString(p + 4), rs.getString(p + 5)));
                }
            }
            if (row != null) {
                handler.record(row, parties);
            }
        }
    }
}
