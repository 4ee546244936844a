package nl.cookiekeur.reporting.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads screenshots out of the evidence folder for embedding, within limits: a path must stay inside the
 * folder (no {@code ..}, no absolute path, no symbolic link out), a file must be a PNG, JPEG or WebP image
 * of at most {@link #MAX_IMAGE_BYTES}, and all images together at most {@link #MAX_TOTAL_BYTES}. A
 * screenshot that breaks a limit is left out and the report says so.
 */
final class Screenshots {
    /** The largest single screenshot embedded. */
    static final int MAX_IMAGE_BYTES = 1_500_000;
    /** The most screenshot bytes one report embeds. */
    static final long MAX_TOTAL_BYTES = 12_000_000;

    private final Path folder;
    private final Map<String, Optional<EmbeddedImage>> read = new HashMap<>();
    private final Map<String, Integer> shown = new HashMap<>();
    private long total;

    Screenshots(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The screenshot at an evidence-relative path, or empty when it is missing, unsafe or over a limit. */
    Optional<EmbeddedImage> get(String relative) {
        return read.computeIfAbsent(relative, this::load);
    }

    /**
     * The anchor number of a screenshot already shown in this report, or empty the first time (which then
     * gets the next number), so each image is embedded once and later references link to it.
     */
    Optional<Integer> shownBefore(String relative) {
        Integer before = shown.get(relative);
        if (before != null) {
            return Optional.of(before);
        }
        shown.put(relative, shown.size() + 1);
        return Optional.empty();
    }

    /** The anchor number given to a screenshot when it was first shown. */
    int anchor(String relative) {
        return shown.getOrDefault(relative, 0);
    }

    private Optional<EmbeddedImage> load(String relative) {
        if (relative.isBlank() || relative.indexOf('\u0000') >= 0) {
            return Optional.empty();
        }
        Path file;
        try {
            Path given = Path.of(relative);
            if (given.isAbsolute()) {
                return Optional.empty();
            }
            file = folder.resolve(given).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        if (!file.startsWith(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_IMAGE_BYTES || total + size > MAX_TOTAL_BYTES) {
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_IMAGE_BYTES + 1);
            }
            if (bytes.length > MAX_IMAGE_BYTES) {
                return Optional.empty();
            }
            Optional<EmbeddedImage> image = EmbeddedImage.of(bytes);
            if (image.isPresent()) {
                total += bytes.length;
            }
            return image;
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
