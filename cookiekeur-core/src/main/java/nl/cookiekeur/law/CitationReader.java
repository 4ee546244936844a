package nl.cookiekeur.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Reads {@code citations.properties}: {@code <id>.instrument}, {@code .provision}, {@code .title}, {@code .title-en}, … */
final class CitationReader {
    private static final String RESOURCE = LawResources.CITATIONS;
    private static final List<String> FIELDS =
            List.of("instrument", "provision", "title", "title-en", "reference-en", "url", "uncertain");

    private CitationReader() {}

    static CitationCatalogue read(Properties properties) {
        Map<String, Map<String, String>> byId = new TreeMap<>();
        for (String key : new TreeMap<>(TextCheck.asMap(properties)).keySet()) {
            int dot = key.lastIndexOf('.');
            String field = dot < 0 ? "" : key.substring(dot + 1);
            if (dot <= 0 || !FIELDS.contains(field)) {
                throw new InvalidLegalDataException(RESOURCE, key, "unknown field; expected <id>." + FIELDS);
            }
            String value = properties.getProperty(key).strip();
            if (value.isEmpty()) {
                throw new InvalidLegalDataException(RESOURCE, key, "empty value");
            }
            byId.computeIfAbsent(key.substring(0, dot), id -> new TreeMap<>()).put(field, value);
        }
        List<Citation> citations = new ArrayList<>();
        byId.forEach((id, fields) -> citations.add(citation(id, fields)));
        return CitationCatalogue.of(citations);
    }

    private static Citation citation(String id, Map<String, String> fields) {
        String uncertain = fields.getOrDefault("uncertain", "false");
        if (!uncertain.equals("true") && !uncertain.equals("false")) {
            throw new InvalidLegalDataException(RESOURCE, id + ".uncertain", "must be true or false");
        }
        return new Citation(
                id,
                required(id, fields, "instrument"),
                required(id, fields, "provision"),
                required(id, fields, "title"),
                required(id, fields, "title-en"),
                required(id, fields, "reference-en"),
                fields.get("url"),
                Boolean.parseBoolean(uncertain));
    }

    private static String required(String id, Map<String, String> fields, String field) {
        String value = fields.get(field);
        if (value == null) {
            throw new InvalidLegalDataException(RESOURCE, id + "." + field, "missing");
        }
        return value;
    }
}
