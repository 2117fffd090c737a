package org.phonetriage.parsers.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phonetriage.model.Provenance;
import org.phonetriage.parsers.RecordSink;

/**
 * The generic engine: runs one definition's query against a database and turns its rows into
 * canonical records. Rows sharing a {@code record_id} (ordered together by the query) form one
 * record, so a contact's several numbers or an MMS's several parties come out as one record.
 */
public final class SqliteDefinitionRunner {

    private static final Pattern OPTIONAL_COLUMN = Pattern.compile("\\$\\{opt:([\\w]+)\\.([\\w]+)}");
    private static final String APP = "${app}";
    private static final Pattern OPTIONAL_TABLES = Pattern.compile("\\$\\{if-tables:([\\w,]+):([^}]*)}");
    private static final Pattern ITEM_HAS = Pattern.compile("\\$\\{item-has:([^}]+)}");

    private SqliteDefinitionRunner() {
    }

    /**
     * Where the records come from; the table and row are filled in per record.
     *
     * @param container the identifier of the iOS container the file is in, where the path does not
     *                  name it (a file-system extraction's UUID folder), or null
     * @param itemFiles the paths of every file of the evidence item the database is in, for
     *                  {@code ${item-has:…}}; empty when the database is read on its own
     */
    public record Source(String evidenceLabel, String path, String sha256, String container,
                         java.util.Collection<String> itemFiles) {

        public Source(String evidenceLabel, String path, String sha256, String container) {
            this(evidenceLabel, path, sha256, container, List.of());
        }

        public Source(String evidenceLabel, String path, String sha256) {
            this(evidenceLabel, path, sha256, null);
        }

        /** True when the item holds a file at this path suffix (whole segments, as definitions' paths). */
        public boolean itemHas(String suffix) {
            return itemFiles != null && itemFiles.stream().anyMatch(f -> SqliteDefinition.suffixMatches(f, suffix));
        }
    }

    /**
     * Runs the definition and returns how many records it emitted.
     *
     * @throws SQLException when the query fails (a corrupt page, a schema the fingerprint missed)
     */
    public static long run(SqliteDefinition def, Connection db, SqliteSchema schema, Source source,
                           RecordSink sink) throws SQLException {
        String sql = expandOptionalColumns(expandItemHas(expandApp(def, source), source), schema);
        RowDecoder.Run decoder = def.decoder() == null ? null : RowDecoder.named(def.decoder()).start(source, sink);
        RecordAssembler assembler = new RecordAssembler(def.record(), sink);
        GroupHandler emit = decoder != null ? decoder::rows : assembler::emit;
        long records = 0;
        try (Statement st = db.createStatement()) {
            st.setFetchSize(1_000);
            try (ResultSet rs = st.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                String[] fields = new String[meta.getColumnCount()];
                String[] conversions = new String[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                    conversions[i] = def.convert() == null ? null : def.convert().get(fields[i]);
                }
                int capacity = rowCapacity(fields.length);
                List<Map<String, Object>> group = new ArrayList<>();
                Object groupKey = null;
                while (rs.next()) {
                    Map<String, Object> row = readRow(rs, fields, conversions, capacity, decoder != null);
                    Object key = row.containsKey("record_id") ? row.get("record_id") : new Object();
                    if (!group.isEmpty() && !Objects.equals(key, groupKey)) {
                        emit.accept(group, provenance(def, source, group));
                        records++;
                        group = new ArrayList<>();
                    }
                    groupKey = key;
                    group.add(row);
                }
                if (!group.isEmpty()) {
                    emit.accept(group, provenance(def, source, group));
                    records++;
                }
            }
        }
        if (decoder != null) {
            decoder.finish();
        }
        return records;
    }

    /** Replaces {@code ${app}} by the app of the database at this place, as a SQL string. */
    static String expandApp(SqliteDefinition def, Source source) {
        if (!def.query().contains(APP)) {
            return def.query();
        }
        String app = def.appAt(source.path(), source.container());
        return def.query().replace(APP, app == null ? "NULL" : "'" + app.replace("'", "''") + "'");
    }

    /**
     * Replaces {@code ${item-has:path}} by 1 when the evidence item holds a file at that path
     * suffix, else 0: what an app's database leaves to another depends on whether the item has it
     * (Google Messages' SMS mirrored from mmssms.db are read there only when mmssms.db is there).
     */
    static String expandItemHas(String query, Source source) {
        Matcher m = ITEM_HAS.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, source.itemHas(m.group(1).strip()) ? "1" : "0");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Where one group of rows goes: the field mapping, or the definition's decoder. */
    private interface GroupHandler {
        void accept(List<Map<String, Object>> rows, Provenance provenance);
    }

    /**
     * Replaces {@code ${opt:table.column}} by the column if the database has it, else NULL, and
     * {@code ${if-tables:a,b:SQL}} by SQL (a subquery) if the database has every table named, else NULL.
     */
    static String expandOptionalColumns(String query, SqliteSchema schema) {
        Matcher t = OPTIONAL_TABLES.matcher(query);
        StringBuilder withTables = new StringBuilder();
        while (t.find()) {
            boolean all = java.util.Arrays.stream(t.group(1).split(",")).allMatch(name -> schema.hasTable(name.strip()));
            t.appendReplacement(withTables, Matcher.quoteReplacement(all ? t.group(2) : "NULL"));
        }
        t.appendTail(withTables);
        query = withTables.toString();
        Matcher m = OPTIONAL_COLUMN.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = schema.hasColumn(m.group(1), m.group(2))
                    ? m.group(1) + "." + m.group(2) : "NULL";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The table size a HashMap grows to for this many fields, given at once: no resize per row, and
     * the same table (so the same iteration order) as growing to it would give.
     */
    static int rowCapacity(int fields) {
        int capacity = 16;
        while (fields > capacity * 3 / 4) {
            capacity *= 2;
        }
        return capacity;
    }

    private static Map<String, Object> readRow(ResultSet rs, String[] fields, String[] conversions, int capacity,
                                               boolean keepBlobs) throws SQLException {
        Map<String, Object> row = new HashMap<>(capacity);
        for (int i = 0; i < fields.length; i++) {
            Object value = rs.getObject(i + 1);
            String conversion = conversions[i];
            if (conversion != null) {
                row.put(fields[i], Conversions.apply(conversion, value)); // a conversion may read blobs itself
                continue;
            }
            if (value instanceof byte[] bytes && !keepBlobs) {
                // text stored as a BLOB happens; decode it rather than printing an array address
                value = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            }
            row.put(fields[i], value);
        }
        return row;
    }

    private static Provenance provenance(SqliteDefinition def, Source source,
                                         List<Map<String, Object>> group) {
        Object rowId = group.get(0).get("row_id");
        if (rowId == null) {
            rowId = group.get(0).get("record_id");
        }
        Long id = rowId instanceof Number n ? n.longValue() : null;
        return new Provenance(source.evidenceLabel(), source.path(), source.sha256(), def.table(), id,
                def.id(), def.version());
    }
}
