package nl.cookiekeur.knowledge.profile;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON value of a tool profile file together with where it starts. */
record LocatedEntry(JsonNode node, SourcePosition position) {

    /** The value as an entry to read fields from. */
    JsonEntry entry(String path) {
        return new JsonEntry(node, position, null, path);
    }
}
