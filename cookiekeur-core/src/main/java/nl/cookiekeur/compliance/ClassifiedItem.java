package nl.cookiekeur.compliance;

import java.time.Instant;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieAdvice;
import nl.cookiekeur.evidence.Phase;
import org.jspecify.annotations.Nullable;

/** An observed cookie or storage entry with its classification and beslisboom advice, computed once. */
sealed interface ClassifiedItem permits ClassifiedCookie, ClassifiedStorage {

    /** The cookie name or storage key (untrusted). */
    String name();

    /** The cookie domain or storage origin (untrusted). */
    String where();

    /** The phase it was observed in. */
    Phase phase();

    /** The page being visited when it was observed (untrusted). */
    String pageUrl();

    /** When it was first seen, {@code null} when unknown (storage entries carry no time). */
    @Nullable
    Instant firstSeen();

    /** What it is for. */
    Classification classification();

    /** What the beslisboom says about it. */
    CookieAdvice advice();

    /** The vendor family that some checks single out, {@code null} when none. */
    @Nullable
    VendorFamily family();

    /** Whether its classification was inferred (predicted, or from the setter's tracker) rather than known. */
    boolean inferred();

    /** The evidence reference for reports. */
    EvidenceRef ref();

    /** The identity for deduplication across phases: name, place and path. */
    String identity();

    /**
     * Whether it tracks in a way that needs prior consent and whose purpose is known: consent-requiring
     * advice with a known category, or session recording or lead generation whatever its category.
     */
    default boolean tracking() {
        VendorFamily family = family();
        if (family == VendorFamily.SESSION_REPLAY || family == VendorFamily.LEAD_GENERATION) {
            return true;
        }
        return classification().category() != Category.UNKNOWN && advice().consentRequired();
    }
}
