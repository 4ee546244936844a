package nl.cookiekeur.cli;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The database password kept off the command line (where {@code ps} shows it to every user of the machine):
 * read from the file {@code --db-password-file} names, else from the environment variable
 * {@value #ENVIRONMENT}, and added to the {@code --db} URL in memory only.
 */
public final class DatabasePassword {

    /** The environment variable that holds the database password. */
    public static final String ENVIRONMENT = "COOKIEKEUR_DB_PASSWORD";

    private static final int MAX_FILE_BYTES = 4096;

    private DatabasePassword() {}

    /**
     * The URL the driver gets: {@code url} with the password from {@code file} or the environment added, or
     * {@code url} as given when there is no password to add or the URL names one itself.
     *
     * @throws BadInputException when the file cannot be read, or it is given without {@code --db}
     */
    public static @Nullable String apply(
            @Nullable String url, @Nullable Path file, Map<String, String> environment, Messages messages) {
        if (url == null) {
            if (file != null) {
                throw new BadInputException(messages.get("db.password.noUrl"));
            }
            return null;
        }
        String password = file != null ? read(file, messages) : environment.get(ENVIRONMENT);
        if (password == null || password.isEmpty() || namesPassword(url)) {
            return url;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            if (password.contains(";")) {
                throw new BadInputException(messages.get("db.password.semicolon"));
            }
            return url.strip() + ";PASSWORD=" + password;
        }
        String separator = url.contains("?") ? "&" : "?";
        return url.strip() + separator + "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    private static boolean namesPassword(String url) {
        return url.toLowerCase(Locale.ROOT).contains("password=") || url.matches("(?s).*//[^/@]*:[^/@]*@.*");
    }

    private static String read(Path file, Messages messages) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BadInputException(messages.get("db.password.unreadable", file));
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new BadInputException(messages.get("db.password.unreadable", file));
        }
    }
}
