package nl.cookiekeur.cli;

import nl.cookiekeur.CookiekeurException;

/**
 * Consent proof was found altered, removed or inserted and the command refused to go on; the command line exits
 * with {@link ExitCode#TAMPERED}.
 */
public final class TamperingFoundException extends CookiekeurException {
    private static final long serialVersionUID = 1L;

    public TamperingFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
