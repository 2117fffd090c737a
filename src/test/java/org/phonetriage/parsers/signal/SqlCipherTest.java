package org.phonetriage.parsers.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database encrypted by the SQLCipher driver itself, as Signal keys its signal.db. */
class SqlCipherTest {

    static final String KEY = "8d4c0f2a6b1e9d3c7a5f0e2b4d6c8a1f3e5d7c9b0a2f4e6d8c1b3a5f7e9d0c2b";

    @TempDir
    Path tmp;

    static void encrypted(Path file, String key) throws Exception {
        try (Connection c = SqlCipher.open(file, key, SqlCipher.Settings.SIGNAL); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (_id INTEGER PRIMARY KEY, body TEXT)");
            st.execute("INSERT INTO t (body) VALUES ('olá'), ('tchau')");
        }
    }

    @Test
    void theRightKeyGivesAPlainCopyXerialReads() throws Exception {
        Path enc = tmp.resolve("signal.db");
        encrypted(enc, KEY);
        assertFalse(new String(Files.readAllBytes(enc), 0, 15, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("SQLite format"), "the file is encrypted");
        Path plain = tmp.resolve("plain.db");
        SqlCipher.decrypt(enc, plain, KEY, SqlCipher.Settings.SIGNAL);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plain); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT group_concat(body, ',') FROM t")) {
            rs.next();
            assertEquals("olá,tchau", rs.getString(1));
        }
    }

    @Test
    void aWrongKeyIsSaid() throws Exception {
        Path enc = tmp.resolve("signal.db");
        encrypted(enc, KEY);
        assertThrows(SqlCipher.WrongKey.class, () -> SqlCipher.decrypt(enc, tmp.resolve("plain.db"),
                KEY.replace('8', '9'), SqlCipher.Settings.SIGNAL));
    }
}
