package nl.cookiekeur;

/**
 * The one unchecked exception root of Cookiekeur; subclasses say what failed and the edges (command line,
 * HTTP API) translate them into exit codes or problem responses.
 */
public class CookiekeurException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CookiekeurException(String message) {
        super(message);
    }

    public CookiekeurException(String message, Throwable cause) {
        super(message, cause);
    }
}
