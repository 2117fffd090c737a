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
 * names, so only one record is ever held. Alternative readings of a value are left out: they are candidates for
 * the cross-reference, not what the record says.
 *
 * <p>Two cursors merged by record id: the table in rowid order and its occurrences in the order of the
 * (record_table, record_id) index, each read straight through; joining the occurrences to every row made SQLite
 * search that index and the occurrences table once per record. Each cursor reads its texts as one joined value
 * ({@link JoinedColumns}), and an identifier's key and type only when its IRI is not at hand: with sqlite-jdbc
 * every column read is a JNI call, and reading each was most of the export's time.
 */
final class RecordsWithParties {

    /** An identifier a record names (an occurrences row), with the IRI of its node. */
    record Party(String key, String type, String role, String label, String partyRole, NodeIri iri) {
    }

    /** How many identifiers one pass keeps at hand (see {@link RecentById}). */
    private static final int RECENT_PARTIES = 1 << 16;

    /**
     * A record: its id, device and source, and the columns asked for, texts as {@link ResultSet#getString} reads
     * them and integers as numbers (null for NULL or a value that is no number).
     */
    record Row(long id, long deviceId, CaseIndex.Source source, String[] texts, Long[] integers) {

        String text(int column) {
            return texts[column];
        }

        Long integer(int column) {
            return integers[column];
        }
    }

    interface Handler {
        void record(Row row, List<Party> parties) throws IOException;
    }

    /** An identifier's key, type and node, kept by id. */
    private record Identifier(String key, String type, NodeIri iri) {
    }

    private RecordsWithParties() {
    }

    /**
     * Calls handler for every row of table, in id order, with the {@code texts} and {@code integers} columns of
     * the table; the rows that share a source are numbered by {@link SourceOrdinals}.
     */
    static void forEach(Connection db, String table, List<String> texts, List<String> integers, Handler handler)
            throws SQLException, IOException {
        // the source table first among the texts; each text also selected alone, for JoinedColumns' fallback
        List<String> textColumns = Stream.concat(Stream.of("src_table"), texts.stream()).map(c -> "t." + c).toList();
        int firstInteger = 5;
        int joinedColumn = firstInteger + integers.size();
        String records = "SELECT t.id, t.run_id, t.device_id, t.src_row, "
                + String.join("", integers.stream().map(c -> "t." + c + ", ").toList())
                + JoinedColumns.sql(textColumns.stream().map(JoinedColumns::text).toList()) + ", "
                + String.join(", ", textColumns) + " FROM " + table + " t ORDER BY t.id";
        int[] textColumnNumbers = new int[textColumns.size()];
        for (int i = 0; i < textColumnNumbers.length; i++) {
            textColumnNumbers[i] = joinedColumn + 1 + i;
        }
        JoinedColumns recordTexts = new JoinedColumns(textColumnNumbers);
        // ordered as the occ_record index is: no sort
        List<String> partyTexts = List.of("o.role", "o.label", "o.party_role");
        String parties = "SELECT o.record_id, o.identifier_id, i.key, i.type, "
                + JoinedColumns.sql(partyTexts.stream().map(JoinedColumns::text).toList()) + ", "
                + String.join(", ", partyTexts) + " FROM occurrences o LEFT JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE o.record_table = '" + table + "'"
                + " AND o.reading_id IN (SELECT id FROM readings WHERE rule NOT LIKE 'alternative:%')"
                + " ORDER BY o.record_id, o.id";
        JoinedColumns partyColumns = new JoinedColumns(6, 7, 8);
        SourceOrdinals ordinals = SourceOrdinals.of(db, table);
        RecentById<Identifier> identifiers = new RecentById<>(RECENT_PARTIES);
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(records);
             Statement pst = db.createStatement(); ResultSet ps = pst.executeQuery(parties)) {
            boolean more = ps.next();
            long partyRecord = more ? ps.getLong(1) : 0; // the record of the occurrence at hand, read once
            while (rs.next()) {
                long id = rs.getLong(1);
                long run = rs.getLong(2);
                Object srcRow = rs.getObject(4);
                Long[] values = new Long[integers.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getObject(firstInteger + i) instanceof Number n ? n.longValue() : null;
                }
                recordTexts.read(rs, joinedColumn);
                String srcTable = recordTexts.string(rs, 0);
                String[] textValues = new String[texts.size()];
                for (int i = 0; i < textValues.length; i++) {
                    textValues[i] = recordTexts.string(rs, i + 1);
                }
                long ordinal = ordinals.next(id, run, srcTable, srcRow);
                // the source row as getLong reads it (an integer as it is: no second call)
                Long sourceRow = srcRow == null ? null : srcRow instanceof Long || srcRow instanceof Integer
                        ? (Long) ((Number) srcRow).longValue() : CaseIndex.longOrNull(rs, 4);
                Row row = new Row(id, rs.getLong(3), new CaseIndex.Source(run, srcTable, sourceRow, ordinal),
                        textValues, values);
                List<Party> named = new ArrayList<>(2);
                while (more && partyRecord < id) {
                    more = ps.next(); // occurrences of a record that is gone
                    partyRecord = more ? ps.getLong(1) : 0;
                }
                while (more && partyRecord == id) {
                    long identifierId = ps.getLong(2);
                    Identifier identifier = identifiers.get(identifierId);
                    if (identifier == null) {
                        String key = ps.getString(3);
                        String type = ps.getString(4);
                        // an identifier's key and type name its IRI: the same id always has the same IRI
                        identifier = new Identifier(key, type, PartyNode.iri(key, type));
                        identifiers.put(identifierId, identifier);
                    }
                    partyColumns.read(ps, 5);
                    named.add(new Party(identifier.key(), identifier.type(), partyColumns.string(ps, 0),
                            partyColumns.string(ps, 1), partyColumns.string(ps, 2), identifier.iri()));
                    more = ps.next();
                    partyRecord = more ? ps.getLong(1) : 0;
                }
                handler.record(row, named);
            }
        }
    }
}
