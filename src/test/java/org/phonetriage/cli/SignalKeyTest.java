package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.parsers.signal.SqlCipher;

/** An extraction holding Signal's signal.db as the phone keeps it, encrypted with SQLCipher. */
class SignalKeyTest {

    private static final String KEY = "8d4c0f2a6b1e9d3c7a5f0e2b4d6c8a1f3e5d7c9b0a2f4e6d8c1b3a5f7e9d0c2b";

    @TempDir
    Path tmp;

    /** A phone folder whose signal.db the SQLCipher driver encrypted with Signal's settings. */
    private Path phone() throws Exception {
        Path root = tmp.resolve("phone");
        Path db = Files.createDirectories(root.resolve("data/data/org.thoughtcrime.securesms/databases"))
                .resolve("signal.db");
        try (Connection c = SqlCipher.open(db, KEY, SqlCipher.Settings.SIGNAL); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE recipient (_id INTEGER PRIMARY KEY, e164 TEXT, aci TEXT, group_id TEXT,"
                    + " system_joined_name TEXT)");
            st.execute("CREATE TABLE thread (_id INTEGER PRIMARY KEY, recipient_id INTEGER)");
            st.execute("CREATE TABLE message (_id INTEGER PRIMARY KEY, date_sent INTEGER, date_received INTEGER,"
                    + " thread_id INTEGER, from_recipient_id INTEGER, to_recipient_id INTEGER, type INTEGER, body TEXT)");
            st.execute("INSERT INTO recipient VALUES (1, '+33756983142', NULL, NULL, NULL),"
                    + " (2, '+5511987654321', NULL, NULL, 'Patrão')");
            st.execute("INSERT INTO thread VALUES (1, 2)");
            st.execute("INSERT INTO message VALUES (1, 1709640000000, 1709640000500, 1, 2, 1, 10485780, 'Oi')");
        }
        return root;
    }

    private BadInputTest.Run triage(Path phone, String... options) {
        List<String> args = new ArrayList<>(List.of("triage", "--out", tmp.resolve("out-" + options.length).toString()));
        args.addAll(List.of(options));
        args.add(phone.toString());
        return BadInputTest.Run.of(args);
    }

    @Test
    void theKeyOpensItAndTheMessageIsRead() throws Exception {
        Path phone = phone();
        BadInputTest.Run run = triage(phone, "--signal-key", KEY.toUpperCase(java.util.Locale.ROOT));
        assertEquals(Main.OK, run.exit(), run.err());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out-2/case.db"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT body, kind FROM messages")) {
            assertTrue(rs.next(), run.err());
            assertEquals("Oi", rs.getString(1));
            assertEquals("signal", rs.getString(2));
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out-2/case.db"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM occurrence_details WHERE key = '+5511987654321'"
                     + " AND role = 'signal-message'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void withoutTheKeyOrWithAnotherItIsAProblemNamingTheFile() throws Exception {
        Path phone = phone();
        BadInputTest.Run none = triage(phone);
        assertTrue(none.err().contains("org.thoughtcrime.securesms/databases/signal.db: Signal's database is encrypted"
                + " (SQLCipher): give --signal-key"), none.err());
        BadInputTest.Run wrong = triage(phone, "--signal-key", KEY.replace('8', '9'));
        assertTrue(wrong.err().contains("signal.db: the --signal-key given does not decrypt it"), wrong.err());
        assertTrue(!wrong.err().contains("Exception") && !wrong.err().contains("\tat "), wrong.err());
        BadInputTest.Run bad = triage(phone, "--signal-key", "not-hex");
        assertEquals(Main.USAGE, bad.exit(), bad.err());
    }
}
