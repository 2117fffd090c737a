package org.phonetriage.detect;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.tika.detect.XmlRootExtractor;
import org.phonetriage.evidence.Plists;
import org.sqlite.SQLiteConfig;

/**
 * One line saying what a file no parser read holds, so an examiner can tell whether it deserves a
 * look: a database's tables with their row counts, a plist's top-level keys, an XML file's root
 * element.
 */
public final class ContentSummary {

    /** How many top-level keys of a plist are named. */
    static final int KEYS = 8;

    private ContentSummary() {
    }

    /**
     * Every table of a database with its row count, by name: {@code burners(1) messages(16)}. Opened
     * read-only; a table that cannot be counted (a virtual table whose module is missing) shows
     * {@code name(?)}.
     *
     * @param staged a copy in the work folder, never the evidence
     * @throws SQLException when the file cannot be opened as a database at all
     */
    public static String sqliteTables(Path staged) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        List<String> tables = new ArrayList<>();
        List<String> counted = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + staged.toAbsolutePath(),
                config.toProperties())) {
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master"
                    + " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY lower(name), name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    counted.add(table + "(" + (rs.next() ? rs.getLong(1) : 0) + ")");
                } catch (SQLException e) {
                    counted.add(table + "(?)");
                }
            }
        }
        return counted.isEmpty() ? "no tables" : String.join(" ", counted);
    }

    /**
     * The top level of a property list (XML, binary or old-style): a dictionary's first keys in
     * their stored order and how many there are, or an array's length.
     *
     * @throws IllegalArgumentException when it is not a readable plist (the message says why)
     */
    public static String plistKeys(byte[] content) {
        NSObject root;
        try {
            root = Plists.parse(content);
        } catch (Exception | StackOverflowError e) {
            // dd-plist reports a broken list with several checked and unchecked exception types, and
            // a list nested deep enough on purpose overflows its recursive reader
            throw new IllegalArgumentException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    e);
        }
        if (root instanceof NSDictionary dict) {
            String[] keys = dict.allKeys();
            List<String> shown = List.of(keys).subList(0, Math.min(KEYS, keys.length));
            return keys.length + (keys.length == 1 ? " key: " : " keys: ") + String.join(", ", shown)
                    + (keys.length > KEYS ? ", …" : "");
        }
        if (root instanceof NSArray array) {
            return "array of " + array.count() + " items";
        }
        return root == null ? "empty" : "a single " + root.getClass().getSimpleName().replaceFirst("^NS", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** The root element of an XML document from its first bytes: {@code <map>}; null when none is found. */
    public static String xmlRoot(byte[] prefix) {
        QName root = new XmlRootExtractor().extractRootElement(prefix);
        if (root == null) {
            return null;
        }
        String ns = root.getNamespaceURI();
        return "<" + root.getLocalPart() + (ns == null || ns.isEmpty() ? "" : " xmlns=\"" + ns + "\"") + ">";
    }
}
