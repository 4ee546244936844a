package nl.cookiekeur.cli;

import nl.cookiekeur.CookiekeurException;

/** The database could not be opened, reached or used; the command line exits with {@link ExitCode#STORE_UNAVAILABLE}. */
public final class StoreUnavailableException extends CookiekeurException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
