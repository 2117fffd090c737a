package org.phonetriage.parsers.telegram.ios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.file.PathUtils;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.signal.SqlCipher;

/**
 * Telegram on the iPhone: each account's Postbox, {@code telegram-data/account-<id>/postbox/db/db_sqlite}
 * (with its WAL), a SQLCipher 4 database whose key is kept beside the accounts in
 * {@code telegram-data/.tempkeyEncrypted} (see {@link TelegramKeyFile}). The database is decrypted to a
 * temporary plain copy with the bundled SQLCipher driver, then its peers and messages are decoded
 * from Postbox's own coding ({@link PostboxReader}). A key file that does not open (a local passcode,
 * damage) or a database it does not open is a problem naming the file and the reason.
 */
public final class IosTelegramPostboxParser extends DescribedFileParser {

    static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("ios.telegram.postbox",
            "Telegram on iOS (Postbox account-*/postbox/db/db_sqlite, SQLCipher 4 with a 32-byte plain header keyed"
                    + " by .tempkeyEncrypted: own account t0, peers t2, messages t7; 32- and 64-bit peer ids)", "ios", "2",
            "ios-telegram-postbox");
    private static final Pattern DATABASE = Pattern.compile("(.*/)?(telegram-data/)account-[^/]+/postbox/db/db_sqlite");
    private static final Pattern KEY_FILE = Pattern.compile("(.*/)?telegram-data/\\.tempkeyEncrypted");
    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * The passcodes tried on the key file, in order: the examiner's, Telegram's default, and the empty
     * one (public readers try it too); the key file's own check tells the right one.
     */
    private final List<String> passcodes;
    private final boolean passcodeGiven;

    public IosTelegramPostboxParser() {
        this(null);
    }

    /** A parser that tries the examiner's passcode (the app's local passcode) before the default. */
    public IosTelegramPostboxParser(String passcode) {
        super(DESCRIPTOR, "message");
        this.passcodeGiven = passcode != null;
        this.passcodes = passcode == null ? List.of(TelegramKeyFile.DEFAULT_PASSCODE, "")
                : List.of(passcode, TelegramKeyFile.DEFAULT_PASSCODE, "");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        return DATABASE.matcher(path).matches();
    }

    /** The key file is read with each account's database, never on its own. */
    @Override
    public boolean readsBeside(String path) {
        return KEY_FILE.matcher(path).matches();
    }

    /** Where the key file of this account's database is: beside the account folders. */
    static String keyFileOf(String databasePath) {
        Matcher m = DATABASE.matcher(databasePath);
        if (!m.matches()) {
            throw new IllegalArgumentException(databasePath);
        }
        return (m.group(1) == null ? "" : m.group(1)) + m.group(2) + ".tempkeyEncrypted";
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        Path work = Files.createTempDirectory("phonetriage-telegram");
        try {
            Path db = work.resolve("db_sqlite");
            Files.copy(in, db);
            String folder = source.path().substring(0, source.path().lastIndexOf('/') + 1);
            List<String> beside = source.siblings().under(folder);
            if (beside.contains(source.path() + "-wal")) {
                Files.write(work.resolve("db_sqlite-wal"), source.siblings().read(source.path() + "-wal"));
            }
            Path plain = isPlainSqlite(db) ? db : decrypt(db, work, source, sink);
            if (plain == null) {
                return;
            }
            try {
                new PostboxReader(source, sink, DESCRIPTOR).read(plain);
            } catch (SQLException e) {
                throw new IOException("not a readable Postbox database (" + oneLine(e) + ")", e);
            }
        } finally {
            PathUtils.deleteDirectory(work);
        }
    }

    /** The plain copy, or null when it cannot be made (the problem is said). */
    private Path decrypt(Path db, Path work, Source source, RecordSink sink) throws IOException {
        String keyPath = keyFileOf(source.path());
        if (!source.siblings().under(keyPath.substring(0, keyPath.lastIndexOf('/') + 1)).contains(keyPath)) {
            sink.problem(new Problem(source.evidenceLabel(), source.path(), "Telegram's Postbox is encrypted"
                    + " (SQLCipher) and its key file " + keyPath + " is not in the extraction: not read",
                    ProblemCode.KEY_MISSING));
            return null;
        }
        TelegramKeyFile.DatabaseKey key = null;
        String failure = null;
        byte[] keyFile = source.siblings().read(keyPath);
        for (String passcode : passcodes) {
            try {
                key = TelegramKeyFile.decrypt(keyFile, passcode);
                break;
            } catch (TelegramKeyFile.KeyFileException e) {
                failure = failure == null ? e.getMessage() : failure;
            }
        }
        if (key == null) {
            sink.problem(new Problem(source.evidenceLabel(), keyPath, "Telegram's key file: " + failure
                    + (passcodeGiven ? "" : " (give the app's passcode: --telegram-passcode)")
                    + "; the Postbox " + source.path() + " is not read", ProblemCode.DECRYPTION_FAILED));
            return null;
        }
        Path plain = work.resolve("plain.sqlite");
        try {
            SqlCipher.decrypt(db, plain, key.sqlCipherRawKey(), SqlCipher.Settings.TELEGRAM_IOS);
            return plain;
        } catch (SqlCipher.WrongKey e) {
            sink.problem(new Problem(source.evidenceLabel(), source.path(), "the key of " + keyPath
                    + " does not open this Postbox (another account's key, or a damaged database): not read",
                    ProblemCode.DECRYPTION_FAILED));
        } catch (SQLException e) {
            sink.problem(new Problem(source.evidenceLabel(), source.path(), "Telegram's Postbox cannot be decrypted ("
                    + oneLine(e) + "): not read", ProblemCode.DECRYPTION_FAILED));
        }
        return null;
    }

    /**
     * A plain SQLite file (a copy another tool decrypted). The encrypted Postbox starts with the SQLite
     * header too (its first 32 bytes are plain), but reserves room on each page for SQLCipher's IV and
     * HMAC (header byte 20), which a plain database does not.
     */
    private static boolean isPlainSqlite(Path db) throws IOException {
        try (InputStream in = Files.newInputStream(db)) {
            byte[] header = in.readNBytes(32);
            return header.length == 32 && Arrays.equals(Arrays.copyOf(header, SQLITE.length), SQLITE)
                    && header[20] == 0;
        }
    }

    private static String oneLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "");
    }
}
