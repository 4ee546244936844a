package nl.cookiekeur.compliance;

import java.time.Duration;
import nl.cookiekeur.classification.Category;

/**
 * Preference cookies written before the visitor did anything. A preference (language, display, region) is exempt
 * only when it keeps a choice the visitor made (WP29 opinion 4/2012 on user-interface customisation, Tw art.
 * 11.7a lid 3 onder b); one that lives longer than a day and is written on a visit without any action is more
 * likely a default or a detected setting. The scan cannot see which, so NL-CK-01 reports such cookies with
 * {@link Confidence#NEEDS_REVIEW} and severity {@link Severity#MIDDEL} (variant {@code preference}) instead of
 * passing them as exempt.
 */
final class UnrequestedPreferences {
    /** The text variant of the hit. */
    static final String VARIANT = "preference";

    private UnrequestedPreferences() {}

    /** Whether the item is a persistent preference cookie the visitor may not have chosen. */
    static boolean needsReview(ClassifiedItem item) {
        if (!(item instanceof ClassifiedCookie cookie)
                || item.classification().category() != Category.PREFERENCES
                || cookie.cookie().removed()) {
            return false;
        }
        Duration lifetime = cookie.cookie().lifetime();
        // a session preference, or one kept for a day at most, is not worth a review
        return lifetime != null && lifetime.compareTo(UnidentifiedItems.TRIVIAL_LIFETIME) > 0;
    }
}
