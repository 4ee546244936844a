package nl.cookiekeur.knowledge.profile;

import com.fasterxml.jackson.core.JsonLocation;
import org.jspecify.annotations.Nullable;

/** Where in a tool profile file something was found: the file name and, when known, line and column. */
record SourcePosition(String source, int line, int column) {

    /** A position for the whole file, without a line. */
    static SourcePosition of(String source) {
        return new SourcePosition(source, 0, 0);
    }

    /** A position taken from the parser. */
    static SourcePosition of(String source, JsonLocation location) {
        return new SourcePosition(source, location.getLineNr(), location.getColumnNr());
    }

    /** Such as {@code tool-profiles.json, profile 'hotjar' (line 12, column 5)}. */
    String describe(@Nullable String profileId) {
        StringBuilder text = new StringBuilder(source);
        if (profileId != null) {
            text.append(", profile '").append(profileId).append('\'');
        }
        if (line > 0) {
            text.append(" (line ")
                    .append(line)
                    .append(", column ")
                    .append(column)
                    .append(')');
        }
        return text.toString();
    }
}
