package nl.cookiekeur.scan;

import nl.cookiekeur.CookiekeurException;

/** A scan that could not be done at all; the message is a complete Dutch sentence for the user. */
public final class ScanFailedException extends CookiekeurException {

    private static final long serialVersionUID = 1L;

    public ScanFailedException(String message) {
        super(message);
    }

    public ScanFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
