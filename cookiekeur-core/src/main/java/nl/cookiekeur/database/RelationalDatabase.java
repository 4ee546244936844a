package nl.cookiekeur.database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * An open, pooled relational database (the embedded H2 default or PostgreSQL). Each component migrates its
 * own tables ({@link #migrate(String, String)}) and takes connections it closes itself.
 */
public interface RelationalDatabase extends AutoCloseable {

    /** A connection (auto-commit on); the caller closes it. */
    Connection connection() throws SQLException;

    /** The database product, for the few statements that differ. */
    Dialect dialect();

    /** The URL as shown to users: never with a password. */
    String shownUrl();

    /**
     * Brings one component's tables up to date with the migrations at a location such as
     * {@code classpath:nl/cookiekeur/ledger/db}.
     *
     * @param component a lower-case name such as {@code ledger} or {@code history}
     * @throws DatabaseException when a migration fails
     */
    void migrate(String component, String location);

    /** Closes the pool; connections handed out before must be closed by their holders. */
    @Override
    void close();
}
