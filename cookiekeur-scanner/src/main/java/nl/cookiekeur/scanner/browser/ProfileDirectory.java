package nl.cookiekeur.scanner.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A temporary Chromium user-data folder whose preferences allow third-party cookies
 * ({@code cookie_controls_mode 0}), as most visitors' browsers still do; Debian's Chromium blocks them by
 * default, which would hide what third parties set.
 */
public final class ProfileDirectory implements AutoCloseable {
    static final String PREFERENCES = "{\"profile\":{\"cookie_controls_mode\":0,\"exit_type\":\"Normal\"}}";

    private final Path path;

    private ProfileDirectory(Path path) {
        this.path = path;
    }

    /** Creates a fresh folder with the preferences. */
    public static ProfileDirectory create() {
        try {
            Path dir = Files.createTempDirectory("cookiekeur-profile-");
            Files.createDirectories(dir.resolve("Default"));
            Files.writeString(dir.resolve("Default").resolve("Preferences"), PREFERENCES);
            return new ProfileDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a browser profile folder", e);
        }
    }

    /** The folder. */
    public Path path() {
        return path;
    }

    /** Deletes the folder and everything in it; never throws. */
    @Override
    public void close() {
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
