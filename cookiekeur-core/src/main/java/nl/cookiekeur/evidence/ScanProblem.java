package nl.cookiekeur.evidence;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something that went wrong during a scan without ending it: a page that timed out or crashed, a dialog
 * dismissed, a download refused.
 *
 * @param phase the phase, {@code null} when it happened outside one (crawl discovery)
 * @param pageUrl the page concerned
 * @param kind a short code such as {@code timeout}, {@code crash}, {@code navigation}, {@code dialog},
 *     {@code download}, {@code popup}, {@code too-large}
 * @param message what happened, in plain words (untrusted parts bounded)
 */
public record ScanProblem(@Nullable Phase phase, String pageUrl, String kind, String message) {

    public ScanProblem {
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
