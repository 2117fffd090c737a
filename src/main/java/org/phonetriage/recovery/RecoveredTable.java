package org.phonetriage.recovery;

import java.util.List;

/**
 * The rows recovered for one table, with what is needed to hold them in a table of the same shape.
 *
 * @param columns    column names, lower case, in record order
 * @param types      their declared types
 * @param rowidAlias index of the INTEGER PRIMARY KEY column, or -1
 */
public record RecoveredTable(String name, List<String> columns, List<String> types, int rowidAlias,
                             List<RecoveredRow> rows) {
}
