package org.phonetriage.query;

import java.util.ArrayList;
import java.util.List;
import org.phonetriage.normalize.NormalizedId.Alternative;

/** Reads back readings.alternatives, stored as "key rule" per line. */
final class StoredAlternatives {

    private StoredAlternatives() {
    }

    static List<Alternative> parse(String text) {
        List<Alternative> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String line : text.split("\n")) {
            String l = line.strip();
            int space = l.indexOf(' ');
            if (!l.isEmpty()) {
                out.add(space < 0 ? new Alternative(l, null)
                        : new Alternative(l.substring(0, space), l.substring(space + 1).strip()));
            }
        }
        return out;
    }

    static List<String> keys(String text) {
        if (text == null || text.isEmpty()) {
            return List.of(); // most readings have none: the timeline asks for every party
        }
        return parse(text).stream().map(Alternative::key).toList();
    }
}
