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

    /** The record's own columns, in the order asked for. */
    record Row(long id, Object[] values) {

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

    /** Calls handler for every row of table; columns are read from the table (alias t). */
    static void forEach(Connection db, String table, List<String> columns, Handler handler)
            throws SQLException, IOException {
        String sql = "SELECT t.id, " + String.join(", ", columns.stream().map(c -> "t." + c).toList())
                + ", p.occurrence_id, p.key, p.type, p.role, p.label, p.party_role FROM " + table + " t LEFT JOIN ("
                + "SELECT o.id AS occurrence_id, o.record_id, i.key, i.type, o.role, o.label, o.party_role"
                + " FROM occurrences o JOIN readings r ON r.id = o.reading_id"
                + " JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE o.record_table = '" + table + "' AND r.rule NOT LIKE 'alternative:%'"
                + ") p ON p.record_id = t.id ORDER BY t.id, p.occurrence_id";
        int n = columns.size();
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
                        values[i] = rs.getObject(i + 2);
                    }
                    row = new Row(id, values);
                    parties = new ArrayList<>();
                }
                long occurrence = rs.getLong(n + 2);
                if (!rs.wasNull()) {
                    parties.add(new Party(occurrence, rs.getString(n + 3), rs.getString(n + 4), rs.getString(n + 5),
                            rs.getString(n + 6), rs.getString(n + 7)));
                }
            }
            if (row != null) {
                handler.record(row, parties);
            }
        }
    }
}
