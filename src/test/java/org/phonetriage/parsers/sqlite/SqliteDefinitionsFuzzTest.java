package org.phonetriage.parsers.sqlite;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phonetriage.detect.SqliteMatcher;
import org.phonetriage.fuzz.ParserFuzzing;

/**
 * Fuzz targets "sqlite-db" and "sqlite-rows": the definition engine on what a phone's databases may
 * hold, through the path ingest takes (read the schema, match the definitions, run each). Strict
 * property: SQLException (a corrupt page, a query the schema cannot answer) with a message, nothing
 * else — ingest catches only SQLException around a definition run, so anything unchecked from the
 * runner, the conversions or the record assembly would stop the whole item. A crash inside
 * sqlite-jdbc's native code is SQLite's, not ours.
 */
class SqliteDefinitionsFuzzTest {

    private static final SqliteDefinitions DEFINITIONS = SqliteDefinitions.builtIn();
    private static final SqliteMatcher MATCHER = new SqliteMatcher(DEFINITIONS);
    private static final Pattern OPTIONAL_COLUMN = Pattern.compile("\\$\\{opt:(\\w+)\\.(\\w+)}");
    private static final Path WORK;

    static {
        try {
            WORK = Files.createTempDirectory("fuzz-sqlite");
            WORK.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A database file's bytes (seeds: small real-schema databases), staged as a file and read. */
    @FuzzTest
    void mutatedDatabase(byte[] database) throws IOException {
        Path file = WORK.resolve("fuzz.db");
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            Files.deleteIfExists(WORK.resolve("fuzz.db" + suffix));
        }
        Files.write(file, database);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            matchAndRun(db, "fuzz.db");
        } catch (SQLException e) {
            ParserFuzzing.documented(e);
        }
    }

    /**
     * Rows of arbitrary values (SQLite keeps any type in any column) in the tables one definition
     * requires, with its optional columns when the fuzzer wants them, in an in-memory database.
     */
    @FuzzTest
    void fuzzedRows(FuzzedDataProvider data) {
        List<SqliteDefinition> all = DEFINITIONS.all();
        SqliteDefinition def = all.get(data.consumeInt(0, all.size() - 1));
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        def.requires().forEach((t, columns) -> tables.put(t, new LinkedHashSet<>(columns)));
        Matcher m = OPTIONAL_COLUMN.matcher(def.query());
        while (m.find()) {
            if (tables.containsKey(m.group(1)) && data.consumeBoolean()) {
                tables.get(m.group(1)).add(m.group(2));
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement st = db.createStatement()) {
                for (Map.Entry<String, Set<String>> t : tables.entrySet()) {
                    st.execute("CREATE TABLE " + t.getKey() + " (" + String.join(", ", t.getValue()) + ")");
                }
            }
            for (Map.Entry<String, Set<String>> t : tables.entrySet()) {
                List<String> columns = new ArrayList<>(t.getValue());
                String sql = "INSERT INTO " + t.getKey() + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
                try (PreparedStatement insert = db.prepareStatement(sql)) {
                    for (int row = data.consumeInt(0, 4); row > 0; row--) {
                        for (int i = 0; i < columns.size(); i++) {
                            insert.setObject(i + 1, value(data));
                        }
                        insert.executeUpdate();
                    }
                }
            }
            matchAndRun(db, def.paths().get(0));
        } catch (SQLException e) {
            ParserFuzzing.documented(e);
        }
    }

    private static Object value(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 5)) {
            case 0 -> null;
            case 1 -> data.consumeLong();
            case 2 -> data.consumeInt(-5, 40);
            case 3 -> data.consumeRegularDouble();
            case 4 -> data.consumeString(40);
            default -> data.consumeBytes(80);
        };
    }

    /** As ingest does: schema, matching definitions, each run on the database. */
    private static void matchAndRun(Connection db, String path) throws SQLException {
        SqliteSchema schema = SqliteSchema.read(db);
        for (SqliteDefinition def : MATCHER.match(schema, path)) {
            SqliteDefinitionRunner.run(def, db, schema, new SqliteDefinitionRunner.Source("fuzz", path, "0"),
                    new CollectingSink());
        }
    }
}
