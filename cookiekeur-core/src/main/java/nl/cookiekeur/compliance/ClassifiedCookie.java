package nl.cookiekeur.compliance;

import java.time.Instant;
import java.util.Objects;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieAdvice;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import org.jspecify.annotations.Nullable;

/**
 * An observed cookie with what it is for.
 *
 * @param cookie the observation
 * @param classification its classification
 * @param advice its beslisboom advice
 * @param setter the tracker of the script or response that set it, or of its domain, {@code null} if none
 * @param family its vendor family, {@code null} when none
 */
record ClassifiedCookie(
        ObservedCookie cookie,
        Classification classification,
        CookieAdvice advice,
        @Nullable Tracker setter,
        @Nullable VendorFamily family)
        implements ClassifiedItem {

    ClassifiedCookie {
        Objects.requireNonNull(cookie, "cookie");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(advice, "advice");
    }

    @Override
    public String name() {
        return cookie.name();
    }

    @Override
    public String where() {
        return cookie.domain();
    }

    @Override
    public Phase phase() {
        return cookie.phase();
    }

    @Override
    public String pageUrl() {
        return cookie.pageUrl();
    }

    @Override
    public Instant firstSeen() {
        return cookie.firstSeen();
    }

    @Override
    public boolean inferred() {
        return classification.predicted();
    }

    @Override
    public EvidenceRef ref() {
        return EvidenceRefs.cookie(cookie);
    }

    @Override
    public String identity() {
        return "cookie\u0000" + cookie.key();
    }
}
