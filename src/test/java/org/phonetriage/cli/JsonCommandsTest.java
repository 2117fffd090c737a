package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** formats and verify for scripts: --json gives what the text gives, as JSON. */
class JsonCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void formatsListsEveryParserAsTheTableDoes() throws Exception {
        BadInputTest.Run table = BadInputTest.Run.of(List.of("formats"));
        BadInputTest.Run json = BadInputTest.Run.of(List.of("formats", "--json"));
        assertEquals(Main.OK, json.exit());
        JsonNode parsers = JSON.readTree(json.out());
        List<String> rows = table.out().lines().skip(1).toList();
        assertEquals(rows.size(), parsers.size());
        TreeSet<String> ids = new TreeSet<>();
        for (int i = 0; i < parsers.size(); i++) {
            JsonNode p = parsers.get(i);
            assertEquals(List.of("id", "platform", "version", "title"), fieldNames(p));
            assertTrue(rows.get(i).startsWith(p.get("id").asText() + " "), rows.get(i));
            assertTrue(rows.get(i).endsWith(" " + p.get("title").asText()), rows.get(i));
            ids.add(p.get("id").asText());
        }
        assertEquals(parsers.size(), ids.size(), "ids are unique");
        assertTrue(ids.contains("android.calls"), ids.toString());
    }

    @Test
    void verifySaysPerDeviceWhatMatchesAndWhatChanged() throws Exception {
        Path item = tmp.resolve("D03-android");
        PathUtils.copyDirectory(Path.of("test-images/D03-android"), item);
        Path caseFile = tmp.resolve("case.db");
        assertEquals(Main.OK, BadInputTest.Run.of(List.of("ingest", "--quiet", "--case", caseFile.toString(),
                item.toString())).exit());

        BadInputTest.Run same = BadInputTest.Run.of(List.of("verify", "--json", "--case", caseFile.toString()));
        assertEquals(Main.OK, same.exit(), same.err());
        JsonNode result = JSON.readTree(same.out());
        assertEquals(List.of("items", "mismatches", "devices"), fieldNames(result));
        assertEquals(1, result.get("items").asInt());
        assertEquals(0, result.get("mismatches").asInt());
        JsonNode device = result.get("devices").get(0);
        assertEquals("D03-android", device.get("device").asText());
        assertTrue(device.get("ok").asBoolean());
        assertEquals(1 + 4, device.get("checks").size(), "the item's tree hash and its 4 parsed files");

        Path calls = item.resolve("data/data/com.android.providers.contacts/databases/calllog.db");
        byte[] bytes = Files.readAllBytes(calls);
        bytes[bytes.length - 1] ^= 1;
        Files.write(calls, bytes);
        BadInputTest.Run changed = BadInputTest.Run.of(List.of("verify", "--json", "--case", caseFile.toString()));
        assertEquals(Main.PROBLEMS, changed.exit());
        result = JSON.readTree(changed.out());
        assertEquals(2, result.get("mismatches").asInt(), "the tree hash and the file");
        device = result.get("devices").get(0);
        assertFalse(device.get("ok").asBoolean());
        List<String> failed = new ArrayList<>();
        device.get("checks").forEach(c -> {
            if (!c.get("ok").asBoolean()) {
                failed.add(c.get("what").asText());
            }
        });
        assertEquals(List.of(item.toString(), item + "/data/data/com.android.providers.contacts/databases/calllog.db"),
                failed);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
