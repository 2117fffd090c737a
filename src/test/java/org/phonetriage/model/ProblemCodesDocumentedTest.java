package org.phonetriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/events.md lists every problem code with its severity, as the code gives them: the contract is the code. */
class ProblemCodesDocumentedTest {

    @Test
    void theDocumentedCodesAreTheCodes() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        String table = doc.substring(doc.indexOf("### Problem codes"), doc.indexOf("### `run-finished`"));
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (error|warning|info) \\|").matcher(table);
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        Map<String, String> codes = new LinkedHashMap<>();
        Arrays.stream(ProblemCode.values()).forEach(c -> codes.put(c.code(), c.severity().label()));
        assertEquals(codes, documented);
    }

    @Test
    void everyCodeReadsBackAsItself() {
        for (ProblemCode c : ProblemCode.values()) {
            assertEquals(c, ProblemCode.of(c.code()));
        }
        assertEquals(null, ProblemCode.of("a-code-of-a-later-version"));
    }
}
