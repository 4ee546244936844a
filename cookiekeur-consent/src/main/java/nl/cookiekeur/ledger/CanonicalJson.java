package nl.cookiekeur.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * JSON as the ledger reads and hashes it: strict parsing with bounded depth and lengths, and a canonical form
 * (keys sorted, no whitespace) so the same content always has the same SHA-256.
 */
final class CanonicalJson {
    static final String HASH_PREFIX = "sha256-";

    /** Parses untrusted input: strict, duplicate keys refused, depth and string length bounded. */
    static final ObjectMapper READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Writes sorted keys without whitespace. */
    static final ObjectMapper WRITER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    static {
        READER.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(16)
                        .maxStringLength(20_000)
                        .maxNumberLength(20)
                        .build());
    }

    private CanonicalJson() {}

    static JsonNodeFactory nodes() {
        return JsonNodeFactory.instance;
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Parses a JSON text; throws {@link JsonProcessingException} when it is not valid JSON. */
    static JsonNode parse(String json) throws JsonProcessingException {
        return READER.readTree(json);
    }

    /** Parses JSON bytes (UTF-8). */
    static JsonNode parse(byte[] json) throws java.io.IOException {
        return READER.readTree(json);
    }

    /** The canonical text of a JSON value: object keys sorted at every level, no insignificant whitespace. */
    static String canonical(JsonNode node) {
        try {
            return WRITER.writeValueAsString(WRITER.treeToValue(node, Object.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain (non-canonical) text of a JSON value. */
    static String text(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code sha256-<hex>} of a text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HASH_PREFIX + HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@code sha256-<hex>} of bytes. */
    static String sha256(byte[] bytes) {
        try {
            return HASH_PREFIX
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
