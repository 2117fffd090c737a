package org.phonetriage.report.caseuco;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.phonetriage.report.JoinedColumns;
import org.phonetriage.report.RecentById;

/**
 * Streams the rows of one record table (contacts, calls or messages) in id order, each with the identifiers it
 * names: one query, grouped by record, so only one record is ever held. Alternative readings of a value are
 * left out: they are candidates for the cross-reference, not what the record says.
 */
final class RecordsWithParties {

    /** An identifier a record names (an occurrences row), with the IRI of its node. */
    record Party(long occurrenceId, String key, String type, String role, String label, String partyRole,
            String iri) {
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
     * {@code ordinals} numbers the rows that share a source (see {@link SourceOrdinals}).
     */
    static void forEach(Connection db, String table, List<String> columns, SourceOrdinals ordinals, Handler handler)
            throws SQLException, IOException {
        String sql = "SELECT t.id, t.run_id, t.src_table, t.src_row, "
                + String.join(", ", columns.stream().map(c -> "t." + c).toList())
                + ", o.id, i.key, i.type, o.role, o.label, o.party_role, o.identifier_id, "
                // the record's columns, then the occurrence's texts, each as one value (fewer JNI calls)
                + JoinedColumns.sql(Stream.concat(Stream.of(JoinedColumns.text("t.src_table"),
                        JoinedColumns.object("t.src_row")), columns.stream().map(c -> JoinedColumns.object("t." + c)))
                        .toList()) + ", "
                + JoinedColumns.sql(List.of(JoinedColumns.text("o.role"), JoinedColumns.text("o.label"),
                        JoinedColumns.text("o.party_role"))) + " FROM " + table
                // joined on occ_record (record_table, record_id): a subquery joined here was scanned
                // whole for every record, quadratic in the records
                + " t LEFT JOIN occurrences o ON o.record_table = '" + table + "' AND o.record_id = t.id"
                + " AND o.reading_id IN (SELECT id FROM readings WHERE rule NOT LIKE 'alternative:%')"
                + " LEFT JOIN identifiers i ON i.id = o.identifier_id ORDER BY t.id, o.id";
        int n = columns.size();
        int first = 5; // the first of the columns asked for
        int p = first + n; // the first of the occurrence's
        int[] recordColumns = new int[n + 2];
        for (int i = 0; i < recordColumns.length; i++) {
            recordColumns[i] = 3 + i;
        }
        JoinedColumns record = new JoinedColumns(recordColumns);
        JoinedColumns party = new JoinedColumns(p + 3, p + 4, p + 5);
        RecentById<PartyNode.Named> nodes = new RecentById<>(RECENT_PARTIES);
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            Row row = null;
            List<Party> parties = new ArrayList<>();
            while (rs.next()) {
                long id = rs.getLong(1);
                if (row == null || row.id() != id) {
                    if (row != null) {
                        handler.record(row, parties);
                    }
                    record.read(rs, p + 7);
                    Object[] values = new Object[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = record.object(rs, 2 + i);
                    }
                    long run = rs.getLong(2);
                    String srcTable = record.string(rs, 0);
                    Object srcRow = record.object(rs, 1);
                    long ordinal = ordinals.next(run, srcTable, srcRow);
                    Long srcRowId = srcRow instanceof Integer || srcRow instanceof Long ? (Long) ((Number) srcRow).longValue()
                            : srcRow == null ? null : CaseIndex.longOrNull(rs, 4);
                    row = new Row(id, new CaseIndex.Source(run, srcTable, srcRowId, ordinal), values);
                    parties = new ArrayList<>();
                }
                long occurrence = rs.getLong(p);
                if (!rs.wasNull()) {
                    // an identifier's key and type name its IRI: read and made once per identifier lately met
                    long identifier = rs.getLong(p + 6);
                    PartyNode.Named node = nodes.get(identifier);
                    if (node == null) {
                        String key = rs.getString(p + 1);
                        String type = rs.getString(p + 2);
                        node = new PartyNode.Named(key, type, PartyNode.iri(key, type));
                        nodes.put(identifier, node);
                    }
                    party.read(rs, p + 8);
                    parties.add(new Party(occurrence, node.key(), node.type(), party.string(rs, 0), party.string(rs, 1),
                            party.string(rs, 2), node.iri()));
                }
            }
            if (row != null) {
                handler.record(row, parties);
            }
        }
    }
}
