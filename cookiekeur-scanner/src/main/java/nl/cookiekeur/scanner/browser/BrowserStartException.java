package nl.cookiekeur.scanner.browser;

/** The browser could not be found or started. */
public final class BrowserStartException extends Exception {
    private static final long serialVersionUID = 1L;

    public BrowserStartException(String message) {
        super(message);
    }

    public BrowserStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
