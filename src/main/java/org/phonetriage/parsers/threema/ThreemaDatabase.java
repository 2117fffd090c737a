package org.phonetriage.parsers.threema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.phonetriage.evidence.EvidenceEntry;
import org.phonetriage.evidence.EvidenceTree;
import org.phonetriage.parsers.signal.SqlCipher;

/**
 * Threema's {@code threema4.db} on Android as the phone keeps it: SQLCipher 4 with its defaults,
 * keyed with the passphrase text {@code x"<hex of the master key>"} (the app passes it as text, so
 * SQLCipher derives the key from it; it is not SQLCipher's raw-key form {@code x'…'}). The master key
 * is in {@code files/key.dat} ({@link ThreemaKeyFile}). A decrypted copy is plain SQLite and is read
 * as one.
 */
public final class ThreemaDatabase {

    /** The detected type recorded for the encrypted file. */
    public static final String TYPE = "threema-sqlcipher";

    private static final String DB = "ch.threema.app/databases/threema4.db";
    private static final String KEY_FILE = "ch.threema.app/files/key.dat";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ThreemaDatabase() {
    }

    /** Threema's database file that is not plain SQLite (an encrypted one: its first bytes are random). */
    public static boolean isEncrypted(EvidenceTree tree, EvidenceEntry entry) {
        if (!entry.path().endsWith(DB) || entry.size() < 1024) {
            return false;
        }
        try (InputStream in = tree.open(entry)) {
            return !Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false; // unreadable: the usual path says so
        }
    }

    /** Where the app keeps the key of the database at this path. */
    public static String keyFilePath(String databasePath) {
        return databasePath.substring(0, databasePath.length() - DB.length()) + KEY_FILE;
    }

    /** key.dat beside an encrypted threema4.db: read with the database, not on its own. */
    public static boolean isKeyFileOfEncrypted(EvidenceTree tree, EvidenceEntry entry) {
        if (!entry.path().endsWith(KEY_FILE)) {
            return false;
        }
        String db = entry.path().substring(0, entry.path().length() - KEY_FILE.length()) + DB;
        return tree.find(db).map(d -> isEncrypted(tree, d)).orElse(false);
    }

    /**
     * Writes the plain copy of an encrypted threema4.db.
     *
     * @return null when done, else the one-line reason it could not be decrypted
     */
    public static String decrypt(Path encrypted, Path plain, byte[] masterKey) {
        // the app's hex text is lower case; upper case is tried too, as it costs one key derivation
        String hex = HexFormat.of().formatHex(masterKey);
        String reason = null;
        for (String text : new String[] {hex, hex.toUpperCase(Locale.ROOT)}) {
            try {
                SqlCipher.decrypt(encrypted, plain, "x\"" + text + "\"", SqlCipher.Settings.THREEMA);
                return null;
            } catch (SqlCipher.WrongKey e) {
                reason = "the key of files/key.dat does not open it (" + e.getMessage() + ")";
            } catch (SQLException e) {
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return "cannot be decrypted (" + m.replaceAll("\\s+", " ").replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "")
                        + ")";
            }
        }
        return reason;
    }
}
