package org.phonetriage.recovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of a {@code CREATE TABLE} statement as sqlite_master keeps it: names, declared types,
 * the rowid alias. Only what record carving needs; a statement it cannot read gives null, and that
 * table is simply not carved.
 */
final class CreateTableParser {

    private static final Set<String> CONSTRAINT_WORDS = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE",
            "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");
    private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private CreateTableParser() {
    }

    /** The table's layout, or null for a virtual table, a WITHOUT ROWID table or SQL it cannot read. */
    static TableLayout parse(String name, long rootPage, String sql) {
        if (sql == null || rootPage < 1) {
            return null;
        }
        String upper = sql.toUpperCase(Locale.ROOT);
        if (!upper.stripLeading().startsWith("CREATE TABLE") && !upper.stripLeading().startsWith("CREATE TEMP")) {
            return null;
        }
        int open = sql.indexOf('(');
        int close = matching(sql, open);
        if (open < 0 || close < 0) {
            return null;
        }
        if (upper.substring(close).replaceAll("\\s+", " ").contains("WITHOUT ROWID")) {
            return null; // an index-shaped b-tree: its records are keyed differently
        }
        List<TableLayout.Column> columns = new ArrayList<>();
        int rowidAlias = -1;
        String pkColumn = null;
        for (String part : splitTopLevel(sql.substring(open + 1, close))) {
            List<String> tokens = tokens(part);
            if (tokens.isEmpty()) {
                continue;
            }
            String first = tokens.get(0).toUpperCase(Locale.ROOT);
            if (TABLE_CONSTRAINTS.contains(first)) {
                int pk = indexOfWord(tokens, "PRIMARY");
                if (pk >= 0 && pk + 2 < tokens.size() && tokens.get(pk + 2).startsWith("(")) {
                    List<String> cols = splitTopLevel(tokens.get(pk + 2).substring(1, tokens.get(pk + 2).length() - 1));
                    if (cols.size() == 1) {
                        pkColumn = unquote(cols.get(0).strip().split("\\s+")[0]).toLowerCase(Locale.ROOT);
                    }
                }
                continue;
            }
            StringBuilder type = new StringBuilder();
            int i = 1;
            while (i < tokens.size() && !CONSTRAINT_WORDS.contains(tokens.get(i).toUpperCase(Locale.ROOT))) {
                type.append(type.length() == 0 ? "" : " ").append(tokens.get(i));
                i++;
            }
            String rest = String.join(" ", tokens.subList(i, tokens.size())).toUpperCase(Locale.ROOT);
            if ((rest.startsWith("AS ") || rest.contains(" AS (") || rest.contains("GENERATED"))
                    && !rest.contains("STORED")) {
                continue; // a virtual generated column is not stored in the record
            }
            String declared = type.toString();
            if (declared.equalsIgnoreCase("INTEGER") && rest.contains("PRIMARY KEY") && !rest.contains("PRIMARY KEY DESC")) {
                rowidAlias = columns.size();
            }
            columns.add(new TableLayout.Column(unquote(tokens.get(0)).toLowerCase(Locale.ROOT), declared,
                    TableLayout.Affinity.of(declared)));
        }
        if (rowidAlias < 0 && pkColumn != null) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).name().equals(pkColumn) && columns.get(c).type().equalsIgnoreCase("INTEGER")) {
                    rowidAlias = c;
                }
            }
        }
        return columns.isEmpty() ? null : new TableLayout(name.toLowerCase(Locale.ROOT), rootPage, columns, rowidAlias);
    }

    /** A UNIQUE index: its table and the columns it keys; null for any other statement. */
    record UniqueIndex(String table, List<String> columns) {
    }

    static UniqueIndex uniqueIndex(String sql) {
        if (sql == null) {
            return null;
        }
        List<String> tokens = tokens(sql);
        if (tokens.size() < 6 || !tokens.get(0).equalsIgnoreCase("CREATE") || !tokens.get(1).equalsIgnoreCase("UNIQUE")
                || indexOfWord(tokens, "WHERE") >= 0) {
            return null; // a partial index keys only some rows
        }
        int on = indexOfWord(tokens, "ON");
        if (on < 0 || on + 2 >= tokens.size() || !tokens.get(on + 2).startsWith("(")) {
            return null;
        }
        String group = tokens.get(on + 2);
        List<String> cols = new ArrayList<>();
        for (String c : splitTopLevel(group.substring(1, group.length() - 1))) {
            List<String> words = tokens(c);
            if (words.isEmpty() || words.get(0).startsWith("(")) {
                return null; // an expression index
            }
            cols.add(unquote(words.get(0)).toLowerCase(Locale.ROOT));
        }
        return new UniqueIndex(unquote(tokens.get(on + 1)).toLowerCase(Locale.ROOT), cols);
    }

    private static int indexOfWord(List<String> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equalsIgnoreCase(word)) {
                return i;
            }
        }
        return -1;
    }

    /** The closing parenthesis that matches the one at {@code open}, quotes respected; -1 if none. */
    private static int matching(String s, int open) {
        if (open < 0) {
            return -1;
        }
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = endOfQuote(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int endOfQuote(String s, int at) {
        char close = s.charAt(at) == '[' ? ']' : s.charAt(at);
        for (int i = at + 1; i < s.length(); i++) {
            if (s.charAt(i) == close) {
                if (close != ']' && i + 1 < s.length() && s.charAt(i + 1) == close) {
                    i++; // a doubled quote stands for itself
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                int end = endOfQuote(body, i);
                i = end < 0 ? body.length() - 1 : end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(body.substring(from));
        return parts;
    }

    /** Words, quoted names and parenthesised groups; comments dropped. */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < s.length() && s.charAt(i + 1) == '-') {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? s.length() : nl;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                int end = endOfQuote(s, i);
                end = end < 0 ? s.length() - 1 : end;
                out.add(s.substring(i, end + 1));
                i = end + 1;
            } else if (c == '(') {
                int end = matching(s, i);
                end = end < 0 ? s.length() - 1 : end;
                out.add(s.substring(i, end + 1));
                i = end + 1;
            } else {
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "(,'\"`[".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && "\"`['".indexOf(name.charAt(0)) >= 0) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }
}
