package nl.cookiekeur.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** The optional links of a site configuration ({@code privacyUrl}, {@code statementUrl}): http(s) only. */
final class HttpLink {
    private static final int MAX_LENGTH = 2000;

    private HttpLink() {}

    /** Whether an optional link is absent, or an http(s) URL of at most 2000 characters. */
    static boolean valid(@Nullable JsonNode link) {
        if (link == null || link.isNull()) {
            return true;
        }
        String url = link.asText();
        return link.isTextual()
                && (url.startsWith("https://") || url.startsWith("http://"))
                && url.length() <= MAX_LENGTH;
    }
}
