package nl.cookiekeur.cli.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.consent.SignedHead;

/**
 * The anchor as {@code consent anchor} writes it and {@code consent verify --anchor} reads it: a JSON document
 * {@code {"format": "cookiekeur-anchor-v1", "heads": [{siteId, seq, hash, signedAt, signature}, …]}}.
 */
final class AnchorDocument {
    static final String FORMAT = "cookiekeur-anchor-v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnchorDocument() {}

    /** The document of some signed heads, pretty-printed. */
    static String write(List<SignedHead> heads) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode array = root.putArray("heads");
        for (SignedHead head : heads) {
            ObjectNode node = array.addObject();
            node.put("siteId", head.siteId());
            node.put("seq", head.seq());
            node.put("hash", head.hash());
            node.put("signedAt", head.signedAt().toString());
            node.put("signature", head.signature());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("an anchor is always writable as JSON", e);
        }
    }

    /**
     * Reads an anchor file.
     *
     * @throws IOException when it cannot be read
     * @throws IllegalArgumentException when it is not an anchor document
     */
    static List<SignedHead> read(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(file));
        if (root == null
                || !FORMAT.equals(root.path("format").asText())
                || !root.path("heads").isArray()) {
            throw new IllegalArgumentException("not a " + FORMAT + " document");
        }
        List<SignedHead> heads = new ArrayList<>();
        for (JsonNode node : root.get("heads")) {
            if (!node.path("siteId").isTextual()
                    || !node.path("seq").canConvertToLong()
                    || !node.path("hash").isTextual()) {
                throw new IllegalArgumentException("incomplete head");
            }
            try {
                heads.add(new SignedHead(
                        node.get("siteId").asText(),
                        node.get("seq").asLong(),
                        node.get("hash").asText(),
                        Instant.parse(node.path("signedAt").asText()),
                        node.path("signature").asText("")));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad signedAt", e);
            }
        }
        return heads;
    }
}
