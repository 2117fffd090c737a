package org.phonetriage.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.phonetriage.parsers.sqlite.SqliteDefinition;
import org.phonetriage.parsers.sqlite.SqliteDefinitions;
import org.phonetriage.parsers.sqlite.SqliteSchema;

/**
 * Matches a database to parser definitions by schema fingerprint. Of several definitions of one
 * artifact that match, the most specific fingerprint wins; the usual path only breaks ties.
 */
public final class SqliteMatcher {

    private final SqliteDefinitions definitions;
    private final Set<String> knownNames = new TreeSet<>();
    /** Usual places with a part named after the account: there the place, not the bare name, is the clue. */
    private final Set<String> knownPatterns = new TreeSet<>();

    public SqliteMatcher(SqliteDefinitions definitions) {
        this.definitions = definitions;
        for (SqliteDefinition d : definitions.all()) {
            for (String p : d.paths()) {
                if (p.indexOf('*') >= 0) {
                    knownPatterns.add(p);
                } else {
                    knownNames.add(p.substring(p.lastIndexOf('/') + 1));
                }
            }
        }
    }

    /** The definitions to run on this database, at most one per artifact. */
    public List<SqliteDefinition> match(SqliteSchema schema, String path) {
        Map<String, SqliteDefinition> best = new LinkedHashMap<>();
        Comparator<SqliteDefinition> better = Comparator
                .comparingInt(SqliteDefinition::specificity)
                .thenComparing(d -> d.usualPath(path))
                .thenComparing(SqliteDefinition::id, Comparator.reverseOrder());
        for (SqliteDefinition d : definitions.all()) {
            if (schema.satisfies(d.requires())) {
                best.merge(d.artifact(), d, (a, b) -> better.compare(a, b) >= 0 ? a : b);
            }
        }
        return new ArrayList<>(best.values());
    }

    /** True when the file has the name of a database some parser reads ("calllog.db"), or sits at its usual place. */
    public boolean isKnownName(String path) {
        return knownNames.contains(path.substring(path.lastIndexOf('/') + 1))
                || knownPatterns.stream().anyMatch(p -> SqliteDefinition.suffixMatches(path, p));
    }
}
