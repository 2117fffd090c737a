package org.phonetriage.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phonetriage.parsers.sqlite.SqliteDefinition;
import org.phonetriage.parsers.sqlite.SqliteDefinitions;
import org.phonetriage.parsers.sqlite.SqliteSchema;

/** Usual paths with '*' for the part an app names after the account, and what they break ties on. */
class UsualPathPatternTest {

    private static final SqliteMatcher MATCHER = new SqliteMatcher(SqliteDefinitions.builtIn());

    @Test
    void aStarIsAnyPartOfOneSegment() {
        assertTrue(SqliteDefinition.suffixMatches("data/data/com.skype.raider/files/streeguil1/main.db",
                "com.skype.raider/files/*/main.db"));
        assertTrue(SqliteDefinition.suffixMatches("com.skype.raider/databases/s4l-live:.cid.1a2b.db",
                "com.skype.raider/databases/s4l-*.db"));
        assertFalse(SqliteDefinition.suffixMatches("data/data/com.skype.raider/files/a/b/main.db",
                "com.skype.raider/files/*/main.db"), "one segment only");
        assertFalse(SqliteDefinition.suffixMatches("data/data/xcom.skype.raider/files/a/main.db",
                "com.skype.raider/files/*/main.db"), "whole segments only");
        assertFalse(SqliteDefinition.suffixMatches("databases/s4l-x.db.bak", "databases/s4l-*.db"));
    }

    @Test
    void thePathTellsAndroidSkypeFromIosSkype() throws Exception {
        SqliteSchema schema = schemaOf("CREATE TABLE internaldata (nsp_pk TEXT, nsp_data TEXT)",
                "CREATE TABLE profilecachev8 (nsp_pk TEXT, nsp_data TEXT)",
                "CREATE TABLE messagesv12 (nsp_pk TEXT, nsp_data TEXT)");
        assertEquals(List.of("android.skype.s4l-account", "android.skype.s4l-contacts"), ids(MATCHER.match(schema,
                "data/data/com.skype.raider/databases/s4l-lucas.db")));
        assertEquals(List.of("ios.skype.s4l-account", "ios.skype.s4l-contacts"), ids(MATCHER.match(schema,
                "private/var/mobile/Containers/Data/Application/X/Library/Application Support/Skype/s4l-lucas.db")));
    }

    @Test
    void aGenericNameIsKnownOnlyAtTheAppsPlace() {
        assertTrue(MATCHER.isKnownName("data/data/com.skype.raider/files/lucas/main.db"));
        assertFalse(MATCHER.isKnownName("data/data/org.example.notes/databases/main.db"));
        assertTrue(MATCHER.isKnownName("data/data/com.android.providers.contacts/databases/calllog.db"));
    }

    private static List<String> ids(List<SqliteDefinition> defs) {
        return defs.stream().map(SqliteDefinition::id).toList();
    }

    private static SqliteSchema schemaOf(String... ddl) throws Exception {
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
             var st = db.createStatement()) {
            for (String s : ddl) {
                st.execute(s);
            }
            return SqliteSchema.read(db);
        }
    }
}
