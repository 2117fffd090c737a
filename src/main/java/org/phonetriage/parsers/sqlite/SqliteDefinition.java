package org.phonetriage.parsers.sqlite;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.phonetriage.parsers.ParserDescriptor;

/**
 * One SQLite artifact at one schema version, as described by a YAML file under {@code parsers/}.
 *
 * @param artifact what it reads ("android-calls"); of several definitions of one artifact that
 *                 match a database, the most specific fingerprint wins
 * @param record   the canonical record each (group of) row(s) becomes: call, contact, message, sim,
 *                 or own (an identifier of the device's own user: value, kind, basis)
 * @param paths    path suffixes where the database usually lives; they only break ties
 * @param requires the fingerprint: tables and the columns each must have
 * @param table    the table named in each record's provenance
 * @param query    SQL whose column aliases are canonical field names; {@code ${opt:table.column}}
 *                 stands for the column when the database has it and NULL otherwise (the query
 *                 must then name that table by its own name, not an alias)
 * @param convert  canonical field → named conversion (see {@link Conversions})
 * @param app      the app the records belong to, written {@code ${app}} in the query ("whatsapp"),
 *                 or null for a definition that names none
 * @param apps     another app of the same schema by where its database lives: a folder name in the
 *                 path → that app ("group.net.whatsapp.WhatsAppSMB.shared" → "whatsapp-business")
 * @param decoder  the {@link RowDecoder} that turns each group of rows into records, for data SQL
 *                 cannot read (serialised objects in BLOBs); null for the usual field mapping
 */
public record SqliteDefinition(String id, String title, String platform, String version,
                               String artifact, String record, List<String> paths,
                               Map<String, List<String>> requires, String table, String query,
                               Map<String, String> convert, String app, Map<String, String> apps,
                               String decoder) {

    public ParserDescriptor descriptor() {
        return new ParserDescriptor(id, title, platform, version, artifact);
    }

    /** How many columns the fingerprint names: the more, the more specific. */
    public int specificity() {
        return requires.values().stream().mapToInt(List::size).sum();
    }

    /** True when the path inside the evidence is one of this artifact's usual places. */
    public boolean usualPath(String path) {
        return paths.stream().anyMatch(p -> suffixMatches(path, p));
    }

    /**
     * True when the path ends with the pattern, whole segments only; a {@code *} in the pattern
     * stands for any part of one segment (apps name files and folders after the account:
     * {@code s4l-<account>.db}, {@code files/<account>/main.db}).
     */
    public static boolean suffixMatches(String path, String pattern) {
        if (pattern.indexOf('*') < 0) {
            return path.equals(pattern) || path.endsWith("/" + pattern);
        }
        StringBuilder regex = new StringBuilder("(?:.*/)?");
        for (String part : pattern.split("\\*", -1)) {
            regex.append(Pattern.quote(part)).append("[^/]*");
        }
        regex.setLength(regex.length() - "[^/]*".length());
        return path.matches(regex.toString());
    }

    /**
     * The app of a database at this path: the first of {@code apps} whose folder the path passes
     * through (a backup's domain, "AppDomainGroup-group.net.whatsapp.WhatsAppSMB.shared/…", ends
     * with it) or that names the container the file is in (an extraction's UUID folder); else {@code app}.
     */
    public String appAt(String path, String container) {
        if (apps != null) {
            String slashed = "/" + (path == null ? "" : path);
            for (Map.Entry<String, String> e : apps.entrySet()) {
                if (e.getKey().equals(container) || slashed.contains("/" + e.getKey() + "/")
                        || slashed.contains("-" + e.getKey() + "/")) {
                    return e.getValue();
                }
            }
        }
        return app;
    }
}
