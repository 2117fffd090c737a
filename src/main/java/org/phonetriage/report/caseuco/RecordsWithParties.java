package org.phonetriage.report.caseuco;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.phonetriage.report.RecentById;

/**
 * Streams the rows of one record table (contacts, calls or messages) in id order, each with the identifiers it
 * names: one query, grouped by record, so only one record is ever held. Alternative readings of a value are
 * left out: they are candidates for the cross-reference, not what the record says.
 */
final class RecordsWithParties {

    /** An identifier a record names (an occurrences row), with the IRI of its node. */
    record Party(long occurrenceId, String key, String type, String role, String label, String partyRole,
            NodeIri iri) {
    }

    /** How many party IRIs one pass keeps at hand (see {@link RecentById}). */
    private static final int RECENT_PARTIES = 1 << 16;

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
     * Calls handler for every row of table, in id order; columns are read from the table (alias t);
     * the rows that share a source are numbered by {@link SourceOrdinals}.
     */
    static void forEach(Connection db, String table, List<String> columns, Handler handler)
            throws SQLException, IOException {
        String sql = "SELECT t.id, t.run_id, t.src_table, t.src_row, "
                + String.join(", ", columns.stream().map(c -> "t." + c).toList())
                + ", o.id, i.key, i.type, o.role, o.label, o.party_role, o.identifier_id FROM " + table
                // joined on occ_record (record_table, record_id): a subquery joined here was scanned
                // whole for every record, quadratic in the records
                + " t LEFT JOIN occurrences o ON o.record_table = '" + table + "' AND o.record_id = t.id"
                + " AND o.reading_id IN (SELECT id FROM readings WHERE rule NOT LIKE 'alternative:%')"
                + " LEFT JOIN identifiers i ON i.id = o.identifier_id ORDER BY t.id, o.id";
        int n = columns.size();
        int first = 5; // the first of the columns asked for
        SourceOrdinals ordinals = SourceOrdinals.of(db, table);
        RecentById<NodeIri> partyIris = new RecentById<>(RECENT_PARTIES);
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
                    long run = rs.getLong(2);
                    String srcTable = rs.getString(3);
                    long ordinal = ordinals.next(id, run, srcTable, rs.getObject(4));
                    row = new Row(id, new CaseIndex.Source(run, srcTable, CaseIndex.longOrNull(rs, 4), ordinal), values);
                    parties = new ArrayList<>();
                }
                int p = first + n;
                long occurrence = rs.getLong(p);
                if (!rs.wasNull()) {
                    String key = rs.getString(p + 1);
                    String type = rs.getString(p + 2);
                    // an identifier's key and type name its IRI: the same id always has the same IRI
                    parties.add(new Party(occurrence, key, type, rs.getString(p + 3), rs.getString(p + 4),
                            rs.getString(p + 5), partyIris.get(rs.getLong(p + 6), identifier -> PartyNode.iri(key, type))));
                }
            }
            if (row != null) {
                handler.record(row, parties);
            }
        }
    }
}
