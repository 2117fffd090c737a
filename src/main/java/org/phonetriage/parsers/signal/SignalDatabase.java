package org.phonetriage.parsers.signal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.phonetriage.evidence.EvidenceEntry;
import org.phonetriage.evidence.EvidenceTree;

/**
 * Signal's {@code signal.db} on Android as the phone keeps it: encrypted with SQLCipher, keyed with
 * the database secret the app keeps in the Android keystore (an examiner's tool recovers it as 64
 * hex digits). A decrypted copy (an extraction tool's) is an ordinary SQLite file and is read as one.
 */
public final class SignalDatabase {

    /** The detected type recorded for the encrypted file. */
    public static final String TYPE = "signal-sqlcipher";

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SignalDatabase() {
    }

    /** Signal's database file that is not plain SQLite (an encrypted one: its first bytes are random). */
    public static boolean isEncrypted(EvidenceTree tree, EvidenceEntry entry) {
        if (!entry.name().equals("signal.db") || !entry.path().contains("org.thoughtcrime.securesms")
                || entry.size() < 1024) {
            return false;
        }
        try (InputStream in = tree.open(entry)) {
            return !Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false; // unreadable: the usual path says so
        }
    }

    /**
     * Writes the plain copy of an encrypted signal.db.
     *
     * @return null when done, else the one-line reason it could not be decrypted
     */
    public static String decrypt(Path encrypted, Path plain, String hexKey) {
        try {
            SqlCipher.decrypt(encrypted, plain, hexKey, SqlCipher.Settings.SIGNAL);
            return null;
        } catch (SqlCipher.WrongKey e) {
            return "the --signal-key given does not decrypt it (" + e.getMessage() + ")";
        } catch (SQLException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return "cannot be decrypted (" + m.replaceAll("\\s+", " ").replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "") + ")";
        }
    }
}
