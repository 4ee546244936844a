package nl.cookiekeur.evidence;

/** How a cookie reached the browser. */
public enum CookieSource {
    /** A {@code Set-Cookie} response header. */
    HTTP,
    /** {@code document.cookie} or the Cookie Store API. */
    SCRIPT,
    /** Seen in the cookie jar without a matching response or script call. */
    UNKNOWN
}
