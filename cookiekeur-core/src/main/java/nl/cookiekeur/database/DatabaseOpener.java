package nl.cookiekeur.database;

import org.jspecify.annotations.Nullable;

/** Opens the database a JDBC URL names, or the embedded default when it is {@code null}. */
@FunctionalInterface
public interface DatabaseOpener {

    /**
     * Opens the database.
     *
     * @throws DatabaseException with a Dutch message when the URL is wrong or the database cannot be reached
     */
    RelationalDatabase open(@Nullable String jdbcUrl);
}
