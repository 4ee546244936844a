package nl.cookiekeur.ledger;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem response: every 4xx (and the rare 503) of the API carries one as
 * {@code application/problem+json}.
 *
 * @param status the HTTP status
 * @param slug the last part of the problem type URI
 * @param title a short, fixed summary of the problem type
 * @param detail what was wrong with this request
 * @param extensions extension members after the standard ones (such as {@code problemCode})
 * @param language the language of title and detail when it was negotiated ({@code Content-Language}), else null
 */
record Problem(
        int status,
        String slug,
        String title,
        String detail,
        Map<String, Object> extensions,
        @Nullable Language language) {
    static final String TYPE_BASE = "https://cookiekeur.nl/problems/";

    Problem {
        extensions = Map.copyOf(extensions);
    }

    /** A problem in English without extension members. */
    Problem(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of(), null);
    }

    String json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.putAll(extensions);
        return CanonicalJson.text(body);
    }

    static ProblemException badRequest(String detail) {
        return new ProblemException(
                new Problem(400, "malformed-request", "The request body is not valid JSON", detail));
    }

    static ProblemException notFound(String detail) {
        return new ProblemException(new Problem(404, "not-found", "Not found", detail));
    }

    static ProblemException invalid(String detail) {
        return new ProblemException(new Problem(422, "invalid-field", "A field has an invalid value", detail));
    }
}
