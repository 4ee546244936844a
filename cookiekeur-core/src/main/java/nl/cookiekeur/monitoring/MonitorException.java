package nl.cookiekeur.monitoring;

import nl.cookiekeur.CookiekeurException;

/** Monitoring could not do what was asked; the message is a complete Dutch sentence. */
public final class MonitorException extends CookiekeurException {

    private static final long serialVersionUID = 1L;

    /** Why, for the command line to choose an exit code and a translation. */
    public enum Reason {
        /** The site is already monitored. */
        DUPLICATE,
        /** The database could not be opened, read or written. */
        DATABASE
    }

    private final Reason reason;

    public MonitorException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public MonitorException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why it failed. */
    public Reason reason() {
        return reason;
    }
}
