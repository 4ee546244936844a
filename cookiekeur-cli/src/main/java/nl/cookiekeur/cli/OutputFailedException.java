package nl.cookiekeur.cli;

import nl.cookiekeur.CookiekeurException;

/**
 * An output file or folder cannot be written (it is an existing file, the place is read-only, the disk is full);
 * the message is already in the user's language. Exit code {@link ExitCode#OUTPUT_FAILED}.
 */
public final class OutputFailedException extends CookiekeurException {
    private static final long serialVersionUID = 1L;

    public OutputFailedException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
