package org.phonetriage.parsers.sqlite;

import java.util.List;
import java.util.Map;
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
 */
public record SqliteDefinition(String id, String title, String platform, String version,
                               String artifact, String record, List<String> paths,
                               Map<String, List<String>> requires, String table, String query,
                               Map<String, String> convert) {

    public ParserDescriptor descriptor() {
        return new ParserDescriptor(id, title, platform, version, artifact);
    }

    /** How many columns the fingerprint names: the more, the more specific. */
    public int specificity() {
        return requires.values().stream().mapToInt(List::size).sum();
    }

    /** True when the path inside the evidence is one of this artifact's usual places. */
    public boolean usualPath(String path) {
        return paths.stream().anyMatch(p -> path.equals(p) || path.endsWith("/" + p));
    }

    /** The file names this artifact usually has ("calllog.db"). */
    public List<String> usualNames() {
        return paths.stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).distinct().toList();
    }
}
