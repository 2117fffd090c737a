package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.parsers.signal.SqlCipher;
import org.phonetriage.parsers.threema.ThreemaKeyFile;

/** Threema's threema4.db as the phone keeps it: SQLCipher-encrypted, its key wrapped in files/key.dat. */
class ThreemaEncryptedDatabaseTest {

    private static final byte[] MASTER_KEY = HexFormat.of().parseHex(
            "3b9f0c1d2e4a5b6c7d8e9fa0b1c2d3e4f5061728394a5b6c7d8e9fa0b1c2d3e4");
    private static final byte[] SALT = HexFormat.of().parseHex("0102030405060708");

    @TempDir
    Path tmp;

    /**
     * A phone whose threema4.db the real SQLCipher driver encrypted as the app does (SQLCipher 4,
     * keyed with the text x"<hex of the master key>"), its key.dat as given, and an SMS database
     * beside it (the rest of the phone, read whatever becomes of Threema's).
     */
    private Path phone(String name, byte[] keyFile) throws Exception {
        Path root = tmp.resolve(name);
        Path app = root.resolve("data/data/ch.threema.app");
        Path db = Files.createDirectories(app.resolve("databases")).resolve("threema4.db");
        String passphrase = "x\"" + HexFormat.of().formatHex(MASTER_KEY) + "\"";
        try (Connection c = SqlCipher.open(db, passphrase, SqlCipher.Settings.THREEMA); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE contacts (identity VARCHAR PRIMARY KEY, publicKey BLOB, firstName VARCHAR,"
                    + " lastName VARCHAR, publicNickName VARCHAR)");
            st.execute("CREATE TABLE message (id INTEGER PRIMARY KEY AUTOINCREMENT, identity VARCHAR, outbox SMALLINT,"
                    + " type INTEGER, body VARCHAR, isRead SMALLINT, createdAtUtc LONG)");
            st.execute("INSERT INTO contacts VALUES ('VELH0SP1', NULL, 'Velho', NULL, 'J.')");
            st.execute("INSERT INTO message VALUES (1, 'VELH0SP1', 0, 0, 'Usa só o Threema', 1, 1710486000000)");
        }
        if (keyFile != null) {
            Files.write(Files.createDirectories(app.resolve("files")).resolve("key.dat"), keyFile);
        }
        Path sms = Files.createDirectories(root.resolve("data/data/com.android.providers.telephony/databases"))
                .resolve("mmssms.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sms); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER,"
                    + " date INTEGER, date_sent INTEGER, protocol INTEGER, read INTEGER, status INTEGER, type INTEGER,"
                    + " body TEXT, service_center TEXT)");
            st.execute("INSERT INTO sms (_id, address, date, type, body) VALUES (1, '+33612345678', 1710486000000, 1, 'oi')");
        }
        return root;
    }

    private BadInputTest.Run triage(Path phone) {
        return BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out-" + phone.getFileName()).toString(),
                phone.toString()));
    }

    private int count(Path phone, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:"
                + tmp.resolve("out-" + phone.getFileName() + "/case.db"));
             Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void theKeyOfKeyDatOpensItAndTheDefinitionsReadThePlainCopy() throws Exception {
        Path phone = phone("keyed", ThreemaKeyFile.wrap(MASTER_KEY, SALT));
        BadInputTest.Run run = triage(phone);
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals(1, count(phone, "SELECT count(*) FROM messages WHERE body = 'Usa só o Threema' AND kind = 'threema'"),
                run.err());
        assertEquals(1, count(phone, "SELECT count(*) FROM occurrence_details WHERE key = 'app:threema:velh0sp1'"
                + " AND role = 'threema-contact'"), run.err());
        assertFalse(run.err().contains("threema4.db:") || run.err().contains("key.dat"), run.err());
    }

    @Test
    void aProtectedDamagedOrMissingKeyFileIsAProblemNamingTheFileAndTheRestIsRead() throws Exception {
        byte[] protectedKey = ThreemaKeyFile.wrap(MASTER_KEY, SALT);
        protectedKey[0] = 1;
        byte[] damaged = ThreemaKeyFile.wrap(MASTER_KEY, SALT);
        damaged[5] ^= 0x40;
        byte[] otherKey = MASTER_KEY.clone();
        otherKey[0] ^= 1;
        record Case(String name, byte[] keyFile, String expected) {
        }
        for (Case c : List.of(
                new Case("protected", protectedKey, "threema4.db: Threema's database is encrypted (SQLCipher) and its key"
                        + " file data/data/ch.threema.app/files/key.dat is protected by a passphrase"),
                new Case("damaged", damaged, "files/key.dat is damaged"),
                new Case("missing", null, "files/key.dat is not in the extraction"),
                new Case("other", ThreemaKeyFile.wrap(otherKey, SALT),
                        "threema4.db: the key of files/key.dat does not open it"))) {
            Path phone = phone(c.name(), c.keyFile());
            BadInputTest.Run run = triage(phone);
            assertTrue(run.err().contains(c.expected()), c.name() + ": " + run.err());
            assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), run.err());
            assertEquals(0, count(phone, "SELECT count(*) FROM messages WHERE kind = 'threema'"), c.name());
            assertEquals(1, count(phone, "SELECT count(*) FROM messages WHERE body = 'oi'"), c.name() + ": " + run.err());
        }
    }

    @Test
    void keyFileLayout() {
        ThreemaKeyFile.Unwrapped ok = ThreemaKeyFile.unwrap(ThreemaKeyFile.wrap(MASTER_KEY, SALT));
        assertTrue(java.util.Arrays.equals(MASTER_KEY, ok.key()));
        assertTrue(ThreemaKeyFile.unwrap(new byte[12]).failure().contains("is no Threema key file (12 bytes"));
    }
}
