package nl.cookiekeur.evidence;

import java.time.Instant;
import java.util.Objects;

/**
 * One visit of one page in one phase.
 *
 * @param phase the phase
 * @param order the visit's position in the phase, from 1
 * @param url the URL asked for
 * @param finalUrl the URL after redirects
 * @param title the page title (untrusted, bounded)
 * @param language the {@code lang} attribute of the document, empty when absent
 * @param status the HTTP status of the document, 0 when it did not load
 * @param deepEntry whether this page was entered directly rather than the start page
 * @param startedAt when navigation started
 * @param millis how long the visit took, including dwell and scroll
 * @param error what went wrong, empty when nothing did
 */
public record PageVisit(
        Phase phase,
        int order,
        String url,
        String finalUrl,
        String title,
        String language,
        int status,
        boolean deepEntry,
        Instant startedAt,
        long millis,
        String error) {

    public PageVisit {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(error, "error");
    }

    /** Whether the visit failed. */
    public boolean failed() {
        return !error.isEmpty();
    }
}
