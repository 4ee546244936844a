package nl.cookiekeur.reporting.html;

import java.util.Arrays;
import java.util.Optional;

/**
 * Image bytes whose format was recognised by their first bytes (PNG, JPEG or WebP), so they can be
 * embedded as a {@code data:} URI with a media type that matches them.
 */
final class EmbeddedImage {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final String mediaType;
    private final byte[] bytes;

    private EmbeddedImage(String mediaType, byte[] bytes) {
        this.mediaType = mediaType;
        this.bytes = bytes;
    }

    /** The image, or empty when the bytes are not a PNG, JPEG or WebP image. */
    static Optional<EmbeddedImage> of(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of(new EmbeddedImage("image/png", bytes.clone()));
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of(new EmbeddedImage("image/jpeg", bytes.clone()));
        }
        if (bytes.length > 12
                && bytes[0] == 'R'
                && bytes[1] == 'I'
                && bytes[2] == 'F'
                && bytes[3] == 'F'
                && bytes[8] == 'W'
                && bytes[9] == 'E'
                && bytes[10] == 'B'
                && bytes[11] == 'P') {
            return Optional.of(new EmbeddedImage("image/webp", bytes.clone()));
        }
        return Optional.empty();
    }

    /** The media type, such as {@code image/png}. */
    String mediaType() {
        return mediaType;
    }

    /** The bytes. */
    byte[] bytes() {
        return bytes.clone();
    }

    /** The size in bytes. */
    int size() {
        return bytes.length;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
