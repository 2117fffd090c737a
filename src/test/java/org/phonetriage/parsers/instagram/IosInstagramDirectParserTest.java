package org.phonetriage.parsers.instagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.sqlite.CollectingSink;

class IosInstagramDirectParserTest {

    private static final String DIR = "private/var/mobile/Containers/Data/Application/A1/Library/Application Support/"
            + "DirectSQLiteDatabase/";
    private final IosInstagramDirectParser parser = new IosInstagramDirectParser();

    @Test
    void claimsTheAccountsDatabaseInAFileSystemOrABackup() {
        assertTrue(parser.accepts(DIR + "61234509876.db", null));
        assertTrue(parser.accepts("AppDomain-com.burbn.instagram/Library/Application Support/DirectSQLiteDatabase/1.db", null));
        assertFalse(parser.accepts(DIR + "61234509876.db-wal", null));
        assertFalse(parser.accepts(DIR + "old/61234509876.db", null));
        assertFalse(parser.accepts("private/var/mobile/Library/Application Support/other.db", null));
    }

    /** Real stores run in WAL mode: rows not yet checkpointed are read from the -wal beside the database. */
    @Test
    void readsTheRowsStillInTheWriteAheadLog(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("1.db");
        Map<String, byte[]> files;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA wal_autocheckpoint=0");
            st.execute("CREATE TABLE threads ( thread_id TEXT UNIQUE NOT NULL, thread_id_v2 TEXT, viewer_id TEXT NOT NULL,"
                    + " metadata BLOB, thread_messages_range BLOB, visual_message_info BLOB,"
                    + " row_id INTEGER PRIMARY KEY AUTOINCREMENT)");
            st.execute("CREATE TABLE messages ( message_id TEXT NOT NULL, thread_id TEXT NOT NULL, archive BLOB NOT NULL,"
                    + " class_name TEXT NOT NULL, row_id INTEGER PRIMARY KEY AUTOINCREMENT)");
            st.execute("INSERT INTO threads (thread_id, viewer_id) VALUES ('t1', '61234509876')");
            st.execute("INSERT INTO messages (message_id, thread_id, archive, class_name) VALUES ('m1', 't1', x'00', 'X')");
            // copied while the writer is open, as an extraction finds them: the rows are in the -wal only
            files = Map.of(DIR + "1.db", Files.readAllBytes(db), DIR + "1.db-wal", Files.readAllBytes(tmp.resolve("1.db-wal")));
        }
        CollectingSink sink = new CollectingSink();
        parser.parse(new ByteArrayInputStream(files.get(DIR + "1.db")),
                new FileParser.Source("t", DIR + "1.db", siblings(files)), sink);
        assertEquals(List.of("app:instagram|61234509876"),
                sink.owners.stream().map(o -> o.kind() + "|" + o.value()).toList());
        assertEquals(List.of("1 Instagram row(s) whose archive is no NSKeyedArchiver plist; not read"),
                sink.problems.stream().map(p -> p.reason()).toList());
    }

    @Test
    void aDatabaseWithoutTheTablesIsNamedAsUnreadable(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("x.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE other (a)");
        }
        IOException e = assertThrows(IOException.class, () -> parser.parse(new ByteArrayInputStream(Files.readAllBytes(db)),
                new FileParser.Source("t", DIR + "x.db", siblings(Map.of())), new CollectingSink()));
        assertTrue(e.getMessage().startsWith("not a readable Instagram direct database"), e.getMessage());
    }

    private static FileParser.Siblings siblings(Map<String, byte[]> files) {
        return new FileParser.Siblings() {
            @Override
            public List<String> under(String folder) {
                return files.keySet().stream().filter(p -> p.startsWith(folder)).sorted().toList();
            }

            @Override
            public byte[] read(String path) throws IOException {
                byte[] b = files.get(path);
                if (b == null) {
                    throw new IOException(path + " is not in the item");
                }
                return b;
            }
        };
    }
}
