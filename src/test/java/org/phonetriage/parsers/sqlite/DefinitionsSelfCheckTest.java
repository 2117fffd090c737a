package org.phonetriage.parsers.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.phonetriage.detect.SqliteMatcher;

/**
 * Checks every shipped definition against a database that has exactly its fingerprint and nothing
 * more: the query must run, so it may only use required columns or ${opt:...} ones, and the
 * definition must be the one chosen for its own fingerprint.
 */
class DefinitionsSelfCheckTest {

    @TempDir
    Path tmp;

    static List<SqliteDefinition> definitions() {
        return SqliteDefinitions.builtIn().all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void queryRunsOnTheBareFingerprint(SqliteDefinition def) throws Exception {
        Path file = tmp.resolve(def.id() + ".db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement st = db.createStatement()) {
                for (Map.Entry<String, List<String>> t : def.requires().entrySet()) {
                    st.execute("CREATE TABLE " + t.getKey() + " (" + String.join(", ", t.getValue()) + ")");
                }
            }
            SqliteSchema schema = SqliteSchema.read(db);
            assertTrue(schema.satisfies(def.requires()));
            long n = SqliteDefinitionRunner.run(def, db, schema,
                    new SqliteDefinitionRunner.Source("self-check", def.paths().get(0), "0"), new CollectingSink());
            assertEquals(0, n);
            List<SqliteDefinition> chosen = new SqliteMatcher(SqliteDefinitions.builtIn()).match(schema, def.paths().get(0));
            assertTrue(chosen.contains(def), def.id() + " is chosen for its own fingerprint, got " + chosen);
        }
    }

    @Test
    void idsAreUniqueAndPathsAreSuffixes() {
        for (SqliteDefinition d : definitions()) {
            assertFalse(d.paths().stream().anyMatch(p -> p.startsWith("/")), d.id());
        }
        assertEquals(definitions().size(), definitions().stream().map(SqliteDefinition::id).distinct().count());
    }
}
