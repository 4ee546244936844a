package nl.cookiekeur.history;

import nl.cookiekeur.CookiekeurException;

/** The scan history could not be opened, read or written; the message is a complete Dutch sentence. */
public final class HistoryException extends CookiekeurException {

    private static final long serialVersionUID = 1L;

    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
