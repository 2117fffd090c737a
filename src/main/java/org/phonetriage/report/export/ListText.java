package org.phonetriage.report.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of names or device labels written into one text value, so that a name holding the
 * separator (a vCard import's {@code "Doe | John"}) never reads back as two.
 *
 * <ul>
 * <li>{@link #json}: a JSON array of strings, {@code ["Chefe","Tio"]}, for graph.graphml and
 *     graph.gexf. GraphML has no list type (its schema allows boolean, int, long, float, double
 *     and string, and NetworkX and JGraphT refuse any other), so the list is a string every reader
 *     keeps and a script turns back into a list with one JSON parse. In GEXF 1.3 the same text is a
 *     {@code liststring}: Gephi reads {@code ["a","b"]} as its array form (double-quoted
 *     literals, {@code \"} and {@code \\} escaped), NetworkX hands it over as the string.</li>
 * <li>{@link #joined}: {@code Chefe | Tio}, for i2, whose labels are shown to people and whose
 *     import wizard knows no list: inside each item a backslash is written {@code \\} and a
 *     {@code |} is written {@code \|}, so every unescaped {@code |} separates two items
 *     ({@link #split} reads it back).</li>
 * </ul>
 */
final class ListText {

    static final String SEPARATOR = " | ";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ListText() {
    }

    /** A JSON array of the values, compact, non-ASCII characters as they are; null for none. */
    static String json(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    /** The values joined with {@value #SEPARATOR}, {@code \} and {@code |} escaped inside each; null as empty. */
    static String joined(List<String> values) {
        List<String> escaped = new ArrayList<>(values.size());
        for (String v : values) {
            escaped.add(v == null ? "" : v.replace("\\", "\\\\").replace("|", "\\|"));
        }
        return String.join(SEPARATOR, escaped);
    }

    /** A node attribute as graph.graphml and graph.gexf write it: a list as {@link #json}, the rest as is. */
    static Object jsonIfList(Object value) {
        if (value instanceof List<?> list) {
            return json(list.stream().map(String::valueOf).toList());
        }
        return value;
    }

    /** The values {@link #joined} wrote, in order. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                item.append(text.charAt(++i));
            } else if (c == '|') {
                // the separator is " | ": drop the space written before it and skip the one after
                out.add(item.substring(0, Math.max(0, item.length() - 1)));
                item.setLength(0);
                i++;
            } else {
                item.append(c);
            }
        }
        out.add(item.toString());
        return out;
    }
}
