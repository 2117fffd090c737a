package org.phonetriage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of docs/schemas, for tests: as published, and in a closed form that fails on
 * anything the schema does not describe.
 *
 * <p>Published, a schema lets a reader meet what a later phonetriage of the same version adds:
 * fields it does not declare, values of an open list it does not list, events it does not know
 * (docs/contract.md). The closed form is for this version's own outputs, which must be described
 * whole: every object takes only the fields it declares (and, for xref.json, has them all), every
 * open list takes only its {@code examples}, and an unknown event fails. So a field or a value the
 * code writes that the schema does not document fails the test that validates it.
 */
public final class ContractSchemas {

    public static final Path DIR = Path.of("docs", "schemas");
    public static final String XREF = "xref.schema.json";
    public static final String EVENTS = "events.schema.json";
    public static final String MANIFEST = "manifest.schema.json";
    public static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, ObjectNode> CLOSED_TREES = new ConcurrentHashMap<>();

    private ContractSchemas() {
    }

    /** The schema file as a tree. */
    public static JsonNode tree(String file) {
        try {
            return JSON.readTree(DIR.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema as published. */
    public static Schema published(String file) {
        return CACHE.computeIfAbsent("published " + file, k -> REGISTRY.getSchema(tree(file).toString()));
    }

    /** The schema closed to what it describes (see the class comment). */
    public static Schema closed(String file) {
        return CACHE.computeIfAbsent("closed " + file, k -> REGISTRY.getSchema(closedTree(file).toString()));
    }

    /** Draft 2020-12's meta-schema (bundled with the validator: nothing is fetched). */
    public static Schema metaSchema() {
        return CACHE.computeIfAbsent("meta", k -> REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA)));
    }

    /** What is wrong with {@code json} by {@code schema}: one line per error (the first 20), empty when valid. */
    public static List<String> errors(Schema schema, String json) {
        List<Error> found = schema.validate(json, InputFormat.JSON);
        List<String> out = new ArrayList<>();
        found.stream().limit(20).forEach(e -> out.add(e.toString()));
        if (found.size() > 20) {
            out.add("… and " + (found.size() - 20) + " more");
        }
        return out;
    }

    /**
     * What is wrong with one event line by the closed events schema. Its {@code oneOf} says only
     * that no branch matched, so an event of a known name is checked against its own branch too,
     * whose errors name the field.
     */
    public static List<String> eventErrors(String line) {
        List<String> errors = errors(closed(EVENTS), line);
        if (errors.isEmpty()) {
            return errors;
        }
        String name;
        try {
            name = JSON.readTree(line).path("event").asText("");
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        ObjectNode branch = closedTree(EVENTS);
        if (branch.path("$defs").has(name) && !name.equals("other-event")) {
            branch.remove("oneOf");
            branch.put("$ref", "#/$defs/" + name);
            Schema one = CACHE.computeIfAbsent("closed event " + name, k -> REGISTRY.getSchema(branch.toString()));
            errors = new ArrayList<>(errors);
            errors.addAll(errors(one, line));
        } else {
            errors = new ArrayList<>(errors);
            errors.add("event \"" + name + "\" is not described in " + EVENTS);
        }
        return errors;
    }

    /**
     * The values a list of the schema names, at a JSON pointer into it ({@code /$defs/platform}):
     * its {@code enum}, or an open list's {@code examples} (looked for in its branches too).
     */
    public static Set<String> listed(String file, String pointer) {
        JsonNode node = tree(file).at(pointer);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException(file + " has nothing at " + pointer);
        }
        Set<String> values = new LinkedHashSet<>();
        collectListed(node, values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(file + " " + pointer + " is no list");
        }
        return values;
    }

    private static void collectListed(JsonNode node, Set<String> values) {
        for (String keyword : List.of("enum", "examples")) {
            node.path(keyword).forEach(v -> {
                if (!v.isNull()) {
                    values.add(v.asText());
                }
            });
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            node.path(keyword).forEach(branch -> collectListed(branch, values));
        }
    }

    private static ObjectNode closedTree(String file) {
        return CLOSED_TREES.computeIfAbsent(file, ContractSchemas::close).deepCopy();
    }

    private static ObjectNode close(String file) {
        ObjectNode root = tree(file).deepCopy();
        close(root, file.equals(XREF));
        ObjectNode defs = (ObjectNode) root.get("$defs");
        if (defs != null && defs.has("other-event")) {
            defs.set("other-event", BooleanNode.FALSE); // every event this version writes is described
        }
        return root;
    }

    /**
     * Closes a schema and every schema inside it: declared fields only (all of them required when
     * {@code requireAll}: xref.json's additions are always written, though only the shared
     * contract's fields are required), and open lists limited to their examples.
     */
    private static void close(JsonNode schema, boolean requireAll) {
        if (!(schema instanceof ObjectNode node)) {
            return;
        }
        if (node.has("properties") && !node.has("additionalProperties")) {
            node.put("additionalProperties", false);
            if (requireAll) {
                ArrayNode required = node.putArray("required");
                node.get("properties").fieldNames().forEachRemaining(required::add);
            }
        }
        if (node.has("examples") && !node.has("enum") && !node.has("const")) {
            node.set("enum", node.get("examples").deepCopy());
        }
        for (String keyword : List.of("properties", "$defs", "patternProperties")) {
            JsonNode map = node.get(keyword);
            if (map != null) {
                for (Iterator<JsonNode> it = map.elements(); it.hasNext(); ) {
                    close(it.next(), requireAll);
                }
            }
        }
        for (String keyword : List.of("items", "not", "additionalProperties", "propertyNames", "contains")) {
            close(node.get(keyword), requireAll);
        }
        for (String keyword : List.of("anyOf", "oneOf", "allOf", "prefixItems")) {
            JsonNode list = node.get(keyword);
            if (list != null) {
                list.forEach(s -> close(s, requireAll));
            }
        }
    }
}
