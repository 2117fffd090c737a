package org.phonetriage.report.caseuco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.cli.BadInputTest;
import org.phonetriage.cli.Main;

/**
 * The @ids of case.jsonld come from the evidence, not from the order of ingest: two cases of the same items,
 * triaged in opposite orders, give the same set of @ids (every call, message and contact keeps its node), so
 * merging their bundles duplicates nothing; and no two nodes of one bundle share an @id.
 */
class CaseUcoIdsTest {

    /** Android folders, zip and tar, a SIM dump, an XRY export and an AXIOM export: database rows and XML records. */
    private static final List<String> ITEMS = List.of("test-images/D01-android.tar", "test-images/D02-android.zip",
            "test-images/D03-android", "test-images/S01-sim", "test-images/D07-xry", "test-images/D08-axiom.xml");

    @TempDir
    Path tmp;

    @Test
    void theSameItemsInAnotherOrderGiveTheSameIds() throws Exception {
        List<String> reversed = new ArrayList<>(ITEMS);
        Collections.reverse(reversed);
        Map<String, String> forward = nodes(triage("forward", ITEMS));
        Map<String, String> backward = nodes(triage("backward", reversed));

        TreeSet<String> onlyForward = new TreeSet<>(forward.keySet());
        onlyForward.removeAll(backward.keySet());
        TreeSet<String> onlyBackward = new TreeSet<>(backward.keySet());
        onlyBackward.removeAll(forward.keySet());
        assertTrue(onlyForward.isEmpty() && onlyBackward.isEmpty(), onlyForward.size() + " of " + forward.size()
                + " @ids only in one order, " + onlyBackward.size() + " only in the other, e.g. "
                + onlyForward.stream().limit(3).toList());
        assertEquals(forward, backward, "each @id names a node of the same type");
        Map<String, Integer> byType = new TreeMap<>();
        forward.values().forEach(t -> byType.merge(t, 1, Integer::sum));
        assertTrue(byType.getOrDefault("uco-observable:Call", 0) > 60, byType.toString());
        assertTrue(byType.getOrDefault("uco-observable:SMSMessage", 0) > 30, byType.toString());
        assertTrue(byType.getOrDefault("uco-observable:Contact", 0) > 30, byType.toString());
    }

    private Path triage(String name, List<String> items) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("triage", "--out", out.toString(), "--quiet", "--format",
                "default,case"));
        args.addAll(items);
        BadInputTest.Run run = BadInputTest.Run.of(args);
        assertTrue(run.exit() == Main.OK || run.exit() == Main.PROBLEMS, run.err());
        return out.resolve(CaseUcoExport.FILE_NAME);
    }

    /** Every node the bundle defines (an object with an @type), by @id; an @id defined twice fails. */
    private static Map<String, String> nodes(Path jsonld) throws Exception {
        Map<String, String> out = new TreeMap<>();
        collect(new ObjectMapper().readTree(jsonld.toFile()), out);
        return out;
    }

    private static void collect(JsonNode node, Map<String, String> out) {
        if (node.isObject() && node.has("@id") && node.has("@type")) {
            String previous = out.put(node.get("@id").asText(), node.get("@type").toString().replace("\"", ""));
            assertEquals(null, previous, "one node per @id: " + node.get("@id"));
        }
        node.forEach(child -> collect(child, out));
    }
}
