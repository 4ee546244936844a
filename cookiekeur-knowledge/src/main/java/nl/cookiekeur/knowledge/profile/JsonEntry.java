package nl.cookiekeur.knowledge.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One JSON object of a tool profile file, read field by field with errors that name the entry and field. */
final class JsonEntry {
    private final JsonNode node;
    private final SourcePosition position;
    private final @Nullable String profileId;
    private final String path;

    JsonEntry(JsonNode node, SourcePosition position, @Nullable String profileId, String path) {
        this.node = node;
        this.position = position;
        this.profileId = profileId;
        this.path = path;
        if (!node.isObject()) {
            throw fail("", "must be a JSON object");
        }
    }

    /** The same entry, now known to belong to this profile id. */
    JsonEntry identified(String id) {
        return new JsonEntry(node, position, id, path);
    }

    /** Fails if the object has a field outside the allowed set (catches typos such as "expectedAdvise"). */
    void allowOnly(Set<String> fields) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw fail(
                        name,
                        "unknown field; allowed are " + fields.stream().sorted().toList());
            }
        }
    }

    /** A required, non-blank string field, stripped. */
    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw fail(field, "missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw fail(field, "must be a non-blank string");
        }
        return value.asText().strip();
    }

    /** An optional string field. */
    @Nullable
    String optionalText(String field) {
        return node.hasNonNull(field) ? text(field) : null;
    }

    /** An optional boolean field, false when absent. */
    boolean flag(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw fail(field, "must be true or false");
        }
        return value.booleanValue();
    }

    /** An optional integer field. */
    OptionalInt optionalNumber(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw fail(field, "must be a whole number");
        }
        return OptionalInt.of(value.intValue());
    }

    /** A required nested object. */
    JsonEntry object(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw fail(field, "missing");
        }
        if (!value.isObject()) {
            throw fail(field, "must be a JSON object");
        }
        return new JsonEntry(value, position, profileId, qualified(field));
    }

    /** The string values of a required object field, by key, in file order. */
    Map<String, String> textsByKey(String field) {
        JsonEntry object = object(field);
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<String> names = object.node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            values.put(name, object.text(name));
        }
        return values;
    }

    /** A string array field with between {@code min} and {@code max} non-blank, distinct items. */
    List<String> texts(String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (min == 0) {
                return List.of();
            }
            throw fail(field, "missing");
        }
        if (!value.isArray()) {
            throw fail(field, "must be a JSON array of strings");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw fail(field, "item " + (items.size() + 1) + " must be a non-blank string");
            }
            if (items.contains(item.asText().strip())) {
                throw fail(field, "item '" + item.asText().strip() + "' occurs twice");
            }
            items.add(item.asText().strip());
        }
        if (items.size() < min || items.size() > max) {
            throw fail(field, "needs " + min + " to " + max + " items, found " + items.size());
        }
        return List.copyOf(items);
    }

    /** An error about a field of this entry; an empty field means the entry itself. */
    InvalidToolProfileException fail(String field, String problem) {
        String where = qualified(field);
        return new InvalidToolProfileException(
                position, profileId, where.isEmpty() ? problem : "field '" + where + "' " + problem);
    }

    private String qualified(String field) {
        if (path.isEmpty()) {
            return field;
        }
        return field.isEmpty() ? path : path + "." + field;
    }
}
