package nl.cookiekeur.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import nl.cookiekeur.database.DatabaseException;
import nl.cookiekeur.database.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * A JDBC URL Cookiekeur can store in, with its dialect and a form that is safe to show (no password).
 *
 * @param jdbcUrl the URL handed to the driver
 * @param dialect the database product
 */
public record DatabaseUrl(String jdbcUrl, Dialect dialect) {

    /** Settings that make H2 speak the SQL of the migrations and write every commit before it returns. */
    static final String H2_SETTINGS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    /**
     * Lets several processes share a database file (ADR 0007): the first process that opens it serves it to the
     * others over a local TCP port; when that process ends, another one takes over.
     */
    static final String H2_SHARED = ";AUTO_SERVER=TRUE";

    /** The embedded database file under the given Cookiekeur home folder. */
    public static DatabaseUrl embedded(Path home) {
        Path file = home.toAbsolutePath().resolve("cookiekeur");
        return new DatabaseUrl("jdbc:h2:file:" + file + H2_SETTINGS + H2_SHARED, Dialect.H2);
    }

    /**
     * Parses a URL given by the user; {@code jdbc:h2:} URLs get the compatibility settings added when they
     * do not name a mode themselves, and file databases also the setting that lets several processes share them.
     *
     * @throws DatabaseException when it is not a JDBC URL of H2 or PostgreSQL
     */
    public static DatabaseUrl parse(String url) {
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(trimmed, Dialect.POSTGRESQL);
        }
        if (lower.startsWith("jdbc:h2:")) {
            if (lower.contains(";mode=")) {
                return new DatabaseUrl(trimmed, Dialect.H2);
            }
            boolean file = !lower.startsWith("jdbc:h2:mem:")
                    && !lower.startsWith("jdbc:h2:tcp:")
                    && !lower.startsWith("jdbc:h2:ssl:");
            String withSettings = trimmed + H2_SETTINGS + (file ? H2_SHARED : "");
            return new DatabaseUrl(withSettings, Dialect.H2);
        }
        throw new DatabaseException(
                DatabaseException.Reason.UNSUPPORTED_URL,
                redact(trimmed),
                "Onbekende database-URL '" + redact(trimmed)
                        + "': gebruik jdbc:postgresql://host:5432/naam of jdbc:h2:file:/pad/naam.");
    }

    /** The default location of the embedded database: {@code $COOKIEKEUR_HOME}, else {@code ~/.cookiekeur}. */
    public static Path defaultHome(Map<String, String> environment, String userHome) {
        @Nullable String home = environment.get("COOKIEKEUR_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of(userHome, ".cookiekeur");
    }

    /** The URL as shown to users: a password parameter is replaced by stars. */
    public String shown() {
        return redact(jdbcUrl);
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }
}
