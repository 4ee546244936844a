package nl.cookiekeur.database;

import nl.cookiekeur.CookiekeurException;

/**
 * The database could not be opened, reached or migrated; the message is one Dutch line for the user and
 * {@link #reason()} says which kind of problem it was, so an edge can choose its own words.
 */
public final class DatabaseException extends CookiekeurException {
    private static final long serialVersionUID = 1L;

    /** What went wrong with the database. */
    public enum Reason {
        /** The URL is not a JDBC URL of a supported database. */
        UNSUPPORTED_URL,
        /** The database server cannot be reached or refused the login. */
        UNREACHABLE,
        /** Another process holds the embedded database open. */
        IN_USE,
        /** The schema could not be brought up to date. */
        MIGRATION_FAILED,
        /** A statement failed while working with the database. */
        FAILED
    }

    private final Reason reason;
    private final String target;

    public DatabaseException(Reason reason, String target, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.target = target;
    }

    public DatabaseException(Reason reason, String target, String message) {
        super(message);
        this.reason = reason;
        this.target = target;
    }

    /** The kind of problem. */
    public Reason reason() {
        return reason;
    }

    /** The database it concerns, as shown to users (never with a password). */
    public String target() {
        return target;
    }
}
