package nl.cookiekeur.knowledge.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The two sections of a tool profile file, {@code vendorSources} and {@code profiles}, split into entries that
 * remember their line and column.
 *
 * @param vendorSources the vendor documents cited by profiles
 * @param profiles the tool profiles, in file order
 */
record ProfileFile(List<LocatedEntry> vendorSources, List<LocatedEntry> profiles) {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    ProfileFile {
        vendorSources = List.copyOf(vendorSources);
        profiles = List.copyOf(profiles);
    }

    /** Splits the JSON document into located entries; fails with position on malformed JSON or layout. */
    static ProfileFile parse(InputStream in, String source) {
        List<LocatedEntry> vendorSources = new ArrayList<>();
        List<LocatedEntry> profiles = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(in)) {
            expect(parser, parser.nextToken() == JsonToken.START_OBJECT, source, "the file must hold one JSON object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String section = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (section) {
                    case "about" -> expect(parser, value == JsonToken.VALUE_STRING, source, "'about' must be a string");
                    case "vendorSources" -> readArray(parser, source, section, vendorSources);
                    case "profiles" -> readArray(parser, source, section, profiles);
                    default ->
                        throw failure(
                                parser,
                                source,
                                "unknown section '" + section + "'; allowed: about, vendorSources, profiles");
                }
            }
            expect(parser, parser.nextToken() == null, source, "unexpected content after the JSON object");
        } catch (JsonProcessingException e) {
            SourcePosition position =
                    e.getLocation() == null ? SourcePosition.of(source) : SourcePosition.of(source, e.getLocation());
            throw new InvalidToolProfileException(position, null, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidToolProfileException(SourcePosition.of(source), null, "cannot be read: " + e.getMessage());
        }
        if (profiles.isEmpty()) {
            throw new InvalidToolProfileException(SourcePosition.of(source), null, "no profiles found");
        }
        return new ProfileFile(vendorSources, profiles);
    }

    private static void readArray(JsonParser parser, String source, String section, List<LocatedEntry> into)
            throws IOException {
        expect(parser, parser.currentToken() == JsonToken.START_ARRAY, source, "'" + section + "' must be an array");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            SourcePosition position = SourcePosition.of(source, parser.currentTokenLocation());
            into.add(new LocatedEntry(MAPPER.readTree(parser), position));
        }
    }

    private static void expect(JsonParser parser, boolean condition, String source, String problem) {
        if (!condition) {
            throw failure(parser, source, problem);
        }
    }

    private static InvalidToolProfileException failure(JsonParser parser, String source, String problem) {
        return new InvalidToolProfileException(SourcePosition.of(source, parser.currentTokenLocation()), null, problem);
    }
}
