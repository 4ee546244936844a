package nl.cookiekeur.cookie;

import java.util.List;

/**
 * The columns of the CSV format in which observed cookies are exchanged (batch classification input,
 * generated samples); the optional label column holds a known category for evaluation.
 */
public final class CookieExchangeFormat {
    /** The required columns, in their usual order. */
    public static final List<String> COLUMNS = List.of(
            "name",
            "domain",
            "path",
            "value",
            "expires_in_seconds",
            "session",
            "http_only",
            "host_only",
            "secure",
            "same_site",
            "site");

    /** The optional column with the true category, never given to a classifier. */
    public static final String LABEL = "label";

    private CookieExchangeFormat() {}
}
