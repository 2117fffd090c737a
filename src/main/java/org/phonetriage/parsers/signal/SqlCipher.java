package org.phonetriage.parsers.signal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * SQLCipher databases, through Willena's sqlite-jdbc (SQLite3 Multiple Ciphers). That driver ships
 * the same {@code org.sqlite} classes as xerial's, which reads everything else, so it is never on the
 * class path: its jar is packed as a resource and loaded in a class loader of its own (whose parent
 * is the platform loader: it sees java.sql, not xerial), once, the first time an encrypted database
 * is opened. Nothing else in phonetriage uses it.
 */
public final class SqlCipher {

    private static final String JAR = "sqlcipher/sqlite-jdbc-crypt.jar";
    private static Driver driver;

    private SqlCipher() {
    }

    /**
     * How a database was keyed: SQLCipher's compatibility version, KDF iterations, page size, and how
     * many bytes of the first page are left unencrypted (0: none, the salt is stored there instead).
     */
    public record Settings(int legacy, int kdfIter, int pageSize, int plaintextHeader) {

        /** Signal on Android: SQLCipher 3 compatibility, one KDF iteration, 4096-byte pages. */
        public static final Settings SIGNAL = new Settings(3, 1, 4096, 0);
        /**
         * Telegram's Postbox on iOS: SQLCipher 4, keyed with the raw key and salt (no KDF), the first 32
         * bytes of the file plain (the SQLite header iOS must see to let the app hold a lock on it).
         */
        public static final Settings TELEGRAM_IOS = new Settings(4, 256000, 4096, 32);
        /** Threema on Android (threema4.db): SQLCipher 4's defaults, keyed with a passphrase text. */
        public static final Settings THREEMA = new Settings(4, 256000, 4096, 0);
    }

    /**
     * A connection to a SQLCipher database keyed with a passphrase (Signal passes its 64-hex-digit
     * database secret as the passphrase text; a raw key is {@code x'<hex>'}, 64 digits, or 96 with the
     * salt). Creates the file when it does not exist.
     */
    public static synchronized Connection open(Path db, String passphrase, Settings s) throws SQLException {
        // the driver applies these, in its order, before anything reads the file
        Properties p = new Properties();
        p.setProperty("cipher", "sqlcipher");
        p.setProperty("legacy", Integer.toString(s.legacy()));
        p.setProperty("kdf_iter", Integer.toString(s.kdfIter()));
        p.setProperty("legacy_page_size", Integer.toString(s.pageSize()));
        if (s.plaintextHeader() > 0) {
            p.setProperty("plaintext_header_size", Integer.toString(s.plaintextHeader()));
        }
        p.setProperty("key", passphrase);
        Connection c = driver().connect("jdbc:sqlite:" + db.toAbsolutePath(), p);
        if (c == null) {
            throw new SQLException("the SQLCipher driver refused the database");
        }
        return c;
    }

    /** The key does not open the database (or the file is no SQLCipher database of these settings). */
    public static final class WrongKey extends Exception {
        WrongKey(String message) {
            super(message);
        }
    }

    /**
     * Writes a plaintext copy of an encrypted database, for the usual definitions to read.
     *
     * @throws WrongKey when the key does not open it
     */
    public static void decrypt(Path encrypted, Path plain, String passphrase, Settings s)
            throws WrongKey, SQLException {
        Connection opened;
        try {
            opened = open(encrypted, passphrase, s);
            try (Statement st = opened.createStatement()) {
                st.executeQuery("SELECT count(*) FROM sqlite_master").close();
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("SQLITE_NOTADB")) {
                throw new WrongKey("the key does not open it (SQLCipher: file is not a database)");
            }
            if (s.plaintextHeader() > 0 && e.getMessage() != null && e.getMessage().contains("unsupported file format")) {
                // the plain header passes, so a wrong key shows as a first page SQLite cannot make sense of
                throw new WrongKey("the key does not open it (SQLCipher: unsupported file format)");
            }
            throw e;
        }
        try (Connection c = opened; Statement st = c.createStatement()) {
            // SQLite3 Multiple Ciphers writes VACUUM INTO's target with the cipher its URI names: none, here
            st.execute("VACUUM INTO 'file:" + plain.toAbsolutePath().toString().replace("'", "''")
                    + "?cipher=sqlcipher&key='");
        }
    }

    private static Driver driver() throws SQLException {
        if (driver != null) {
            return driver;
        }
        try (InputStream in = SqlCipher.class.getClassLoader().getResourceAsStream(JAR)) {
            if (in == null) {
                throw new SQLException("this build has no SQLCipher driver (" + JAR + ")");
            }
            Path jar = Files.createTempFile("phonetriage-sqlcipher", ".jar");
            jar.toFile().deleteOnExit();
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            driver = (Driver) loader.loadClass("org.sqlite.JDBC").getDeclaredConstructor().newInstance();
            return driver;
        } catch (IOException | ReflectiveOperationException e) {
            throw new SQLException("the SQLCipher driver cannot be loaded (" + e.getMessage() + ")", e);
        }
    }
}
