package nl.cookiekeur.cli.launch;

import java.util.Locale;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.database.DatabaseException;
import org.jspecify.annotations.Nullable;

/**
 * A database problem anywhere in a failure's causes, worded in the user's language. The storage layer words its
 * reasons in Dutch (with the detail of what the server said); in another language each kind of problem gets its
 * own line, so an English run never prints a Dutch sentence.
 */
final class DatabaseProblem {
    private DatabaseProblem() {}

    /** The first {@link DatabaseException} among the causes, or {@code null}. */
    static @Nullable DatabaseException in(Throwable failure) {
        for (@Nullable Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException database) {
                return database;
            }
        }
        return null;
    }

    /** Whether the failure comes from a URL that names no supported database: wrong input, not a failure. */
    static boolean unsupportedUrl(Throwable failure) {
        DatabaseException database = in(failure);
        return database != null && database.reason() == DatabaseException.Reason.UNSUPPORTED_URL;
    }

    /**
     * The line for a failure of the database or of what is stored in it: in Dutch the storage layer's own
     * sentence, in other languages the kind of problem with the database it concerns.
     */
    static String text(Throwable failure, Messages messages) {
        DatabaseException database = in(failure);
        String dutch = failure.getMessage();
        if (messages.language().code().equals("nl") && dutch != null) {
            return dutch;
        }
        if (database == null) {
            return messages.get("error.database.other");
        }
        String kind = database.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return messages.get("error.database." + kind, database.target());
    }
}
