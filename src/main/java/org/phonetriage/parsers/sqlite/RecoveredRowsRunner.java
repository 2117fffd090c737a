package org.phonetriage.parsers.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Problem;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.SimInfo;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.recovery.RecoveredRow;
import org.phonetriage.recovery.RecoveredTable;
import org.phonetriage.recovery.SqliteRecovery;
import org.sqlite.SQLiteConfig;

/**
 * Runs a definition over recovered rows, so a recovered message is assembled by the same query as
 * a live one (its chat and sender joined from the live tables). On a read-only connection to the
 * staged database, a TEMP table of the definition's table's name holds the recovered rows and hides
 * the live one (SQLite looks a name up in temp first); a table the query joins that has recovered
 * rows too is copied to temp with them added. Every record is marked deleted, its provenance saying
 * where it was found.
 */
public final class RecoveredRowsRunner {

    /** Rowids given to rows whose own rowid is lost or taken: far above any a phone's table reaches. */
    private static final long SYNTHETIC_ROWIDS = Long.MAX_VALUE / 2;

    private RecoveredRowsRunner() {
    }

    /** True when the scan holds rows of the table this definition's records come from. */
    public static boolean applies(SqliteDefinition def, SqliteRecovery.Scan scan) {
        return scan.tables().containsKey(def.table().toLowerCase(Locale.ROOT));
    }

    /** The tables whose rows recovery should look for to read this definition's records. */
    public static Set<String> tablesOf(SqliteDefinition def) {
        Set<String> tables = new HashSet<>();
        tables.add(def.table().toLowerCase(Locale.ROOT));
        def.requires().keySet().forEach(t -> tables.add(t.toLowerCase(Locale.ROOT)));
        return tables;
    }

    /** Runs the definition over the recovered rows; returns how many records it emitted. */
    public static long run(SqliteDefinition def, Path staged, SqliteSchema schema, SqliteRecovery.Scan scan,
                           SqliteDefinitionRunner.Source source, RecordSink sink) throws SQLException {
        RecoveredTable main = scan.tables().get(def.table().toLowerCase(Locale.ROOT));
        if (main == null) {
            return 0;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + staged.toAbsolutePath(), config.toProperties())) {
            Map<Long, RecoveredRow> byRowid = fillMain(db, main);
            for (String table : def.requires().keySet()) {
                RecoveredTable more = scan.tables().get(table.toLowerCase(Locale.ROOT));
                if (more != null && more != main) {
                    addToCopy(db, more);
                }
            }
            return SqliteDefinitionRunner.run(def, db, schema, source, new Marking(sink, byRowid));
        }
    }

    /** The recovered rows alone in a temp table of the live one's name; rowid → the row it holds. */
    private static Map<Long, RecoveredRow> fillMain(Connection db, RecoveredTable t) throws SQLException {
        List<String> defs = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            defs.add(quote(t.columns().get(i)) + " " + (i == t.rowidAlias() ? "INTEGER PRIMARY KEY"
                    : t.types().get(i).replaceAll("[^\\w() ,]", "")));
        }
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TEMP TABLE " + quote(t.name()) + " (" + String.join(", ", defs) + ")");
        }
        Map<Long, RecoveredRow> byRowid = new HashMap<>();
        long synthetic = SYNTHETIC_ROWIDS;
        String sql = "INSERT INTO temp." + quote(t.name()) + " (rowid, " + String.join(", ",
                t.columns().stream().map(RecoveredRowsRunner::quote).toList()) + ") VALUES (?"
                + ",?".repeat(t.columns().size()) + ")";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (RecoveredRow row : t.rows()) {
                long rowid = row.rowid() != null && !byRowid.containsKey(row.rowid()) ? row.rowid() : synthetic++;
                byRowid.put(rowid, row);
                ps.setLong(1, rowid);
                for (int i = 0; i < t.columns().size(); i++) {
                    ps.setObject(i + 2, i == t.rowidAlias() ? Long.valueOf(rowid) : row.values()[i]);
                }
                ps.executeUpdate();
            }
        }
        return byRowid;
    }

    /** A table the query joins, copied to temp with its recovered rows (not earlier versions) added. */
    private static void addToCopy(Connection db, RecoveredTable t) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TEMP TABLE " + quote(t.name()) + " AS SELECT * FROM main." + quote(t.name()));
        }
        String sql = "INSERT INTO temp." + quote(t.name()) + " (" + String.join(", ",
                t.columns().stream().map(RecoveredRowsRunner::quote).toList()) + ") VALUES ("
                + "?,".repeat(t.columns().size() - 1) + "?)";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (RecoveredRow row : t.rows()) {
                if (row.historic()) {
                    continue;
                }
                for (int i = 0; i < t.columns().size(); i++) {
                    ps.setObject(i + 1, i == t.rowidAlias() ? row.rowid() : row.values()[i]);
                }
                ps.executeUpdate();
            }
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Marks each record deleted, with where its row was found; drops anything but calls, messages, contacts. */
    private record Marking(RecordSink sink, Map<Long, RecoveredRow> byRowid) implements RecordSink {

        private Provenance recovered(Provenance p) {
            RecoveredRow row = p.rowId() == null ? null : byRowid.get(p.rowId());
            if (row == null) {
                return p.recovered(null, new Provenance.Recovery("recovered rows of table " + p.table(), 0.6, null));
            }
            return p.recovered(row.rowid(), new Provenance.Recovery(row.where(), row.confidence(),
                    row.historic() ? row.rowid() : null));
        }

        @Override
        public void contact(Contact c) {
            sink.contact(new Contact(recovered(c.provenance()), c.name(), c.values(), c.account(), true));
        }

        @Override
        public void call(Call c) {
            sink.call(new Call(recovered(c.provenance()), c.number(), c.name(), c.time(), c.durationSeconds(),
                    c.direction(), c.countryIso(), c.normalizedNumber(), c.subscription(), c.kind(), c.result(), true,
                    c.numberTon()));
        }

        @Override
        public void message(Message m) {
            sink.message(new Message(recovered(m.provenance()), m.kind(), m.direction(), m.time(), m.timeSent(),
                    m.body(), m.thread(), m.read(), m.serviceCenter(), m.parties(), m.media(), true));
        }

        @Override
        public void sim(SimInfo sim) {
            // a SIM's or the owner's identity is not taken from deleted bytes
        }

        @Override
        public void ownIdentifier(OwnIdentifier own) {
        }

        @Override
        public void fact(DeviceFact fact) {
        }

        @Override
        public void problem(Problem problem) {
            sink.problem(problem);
        }
    }
}
