package nl.cookiekeur.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A file served from the classpath with its strong ETag (the SHA-256 of its bytes), read once. */
final class StaticFile {
    private final byte[] bytes;
    private final String contentType;
    private final String etag;

    private StaticFile(byte[] bytes, String contentType, String etag) {
        this.bytes = bytes;
        this.contentType = contentType;
        this.etag = etag;
    }

    /** The content (not copied: callers only write it out). */
    byte[] bytes() {
        return bytes;
    }

    /** The media type with charset. */
    String contentType() {
        return contentType;
    }

    /** The quoted entity tag. */
    String etag() {
        return etag;
    }

    /** The resource, or empty when this build does not contain it. */
    static Optional<StaticFile> load(String resource, String contentType) {
        try (@Nullable InputStream in = StaticFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(new StaticFile(bytes, contentType, '"' + CanonicalJson.sha256(bytes) + '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
