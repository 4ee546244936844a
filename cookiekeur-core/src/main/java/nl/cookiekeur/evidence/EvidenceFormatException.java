package nl.cookiekeur.evidence;

import nl.cookiekeur.CookiekeurException;

/** Evidence that cannot be written or read back; the message names the file and line. */
public final class EvidenceFormatException extends CookiekeurException {

    private static final long serialVersionUID = 1L;

    public EvidenceFormatException(String message) {
        super(message);
    }

    public EvidenceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
