package nl.cookiekeur.web.scan;

import nl.cookiekeur.CookiekeurException;

/** A scan target the web app will not scan; {@link #host()} names the host that resolved to a private address. */
public final class TargetRefusedException extends CookiekeurException {
    private static final long serialVersionUID = 1L;

    private final String host;

    public TargetRefusedException(String host, String detail) {
        super("refused " + host + ": " + detail);
        this.host = host;
    }

    /** The host that was refused. */
    public String host() {
        return host;
    }
}
