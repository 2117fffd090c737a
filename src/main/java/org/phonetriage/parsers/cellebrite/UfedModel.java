package org.phonetriage.parsers.cellebrite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One decoded model of a Cellebrite report ({@code <model type=… id=… deleted_state=…>}) with its
 * fields and the models nested in it, as written: values stay text, so the mapping decides what
 * they mean. Only one top-level model is held at a time (a chat's messages go one by one).
 */
final class UfedModel {

    /** A field's value: its text and, for a time, Cellebrite's own formatted form with offset. */
    record Value(String text, String formattedTimestamp) {
    }

    private final String type;
    private final String id;
    private final String deletedState;
    private final long ordinal;
    private final Map<String, List<Value>> fields = new LinkedHashMap<>();
    private final Map<String, List<UfedModel>> nested = new LinkedHashMap<>();

    UfedModel(String type, String id, String deletedState, long ordinal) {
        this.type = type;
        this.id = id;
        this.deletedState = deletedState;
        this.ordinal = ordinal;
    }

    String type() {
        return type;
    }

    String id() {
        return id;
    }

    /** The n-th model of the report (1-based, nested ones included), for provenance. */
    long ordinal() {
        return ordinal;
    }

    boolean deleted() {
        return "Deleted".equalsIgnoreCase(deletedState);
    }

    void addValue(String field, Value value) {
        fields.computeIfAbsent(field, k -> new ArrayList<>(1)).add(value);
    }

    void addNested(String field, UfedModel model) {
        nested.computeIfAbsent(field, k -> new ArrayList<>(2)).add(model);
    }

    /** The first non-blank value of a field, stripped, or null. */
    String text(String field) {
        Value v = value(field);
        return v == null ? null : v.text().strip();
    }

    /** The first non-blank value of a field, or null. */
    Value value(String field) {
        for (Value v : fields.getOrDefault(field, List.of())) {
            if (v != null && v.text() != null && !v.text().isBlank()) {
                return v;
            }
        }
        return null;
    }

    boolean isTrue(String field) {
        return "true".equalsIgnoreCase(text(field));
    }

    List<UfedModel> nested(String field) {
        return nested.getOrDefault(field, List.of());
    }

    /** The single model of a modelField (From), or null. */
    UfedModel one(String field) {
        List<UfedModel> models = nested(field);
        return models.isEmpty() ? null : models.get(0);
    }
}
