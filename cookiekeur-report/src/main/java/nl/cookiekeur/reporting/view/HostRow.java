package nl.cookiekeur.reporting.view;

import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.compliance.ItemAdvice;
import org.jspecify.annotations.Nullable;

/**
 * A third-party host the pages contacted in a phase.
 *
 * @param host the host (untrusted)
 * @param requests how many requests went to it
 * @param trackingPixels how many of them looked like tracking pixels or beacons
 * @param advice the tracker advice for it, {@code null} when it is not a known tracker
 */
public record HostRow(
        String host,
        int requests,
        int trackingPixels,
        @Nullable ItemAdvice advice) {
    /** Its category, {@link Category#UNKNOWN} without advice. */
    public Category category() {
        return advice == null ? Category.UNKNOWN : advice.category();
    }

    /** Its vendor, when known. */
    public Optional<String> vendor() {
        return advice == null ? Optional.empty() : Optional.ofNullable(advice.vendor());
    }
}
