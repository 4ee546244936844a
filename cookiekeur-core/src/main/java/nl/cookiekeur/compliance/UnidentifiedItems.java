package nl.cookiekeur.compliance;

import java.time.Duration;
import java.util.regex.Pattern;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.cookie.IdentifierValue;
import nl.cookiekeur.cookie.StorageKind;

/**
 * Items Cookiekeur cannot identify (no knowledge entry, no known setter, no vendor family) that may still
 * track: a persistent cookie that lives longer than a day or holds an identifier-like value, or a localStorage
 * key with an identifier-like value. Session cookies, sessionStorage, IndexedDB names and items whose name
 * reads as strictly necessary (session, CSRF token, language, consent) are not counted. Such items are not
 * passed silently: NL-CK-01 reports them with {@link Confidence#NEEDS_REVIEW}.
 */
final class UnidentifiedItems {
    /**
     * Longer than this, an unidentified persistent cookie is worth a look whatever its value; a preference placed
     * before any action too ({@link UnrequestedPreferences}).
     */
    static final Duration TRIVIAL_LIFETIME = Duration.ofDays(1);

    private static final Pattern NECESSARY_NAME = Pattern.compile(
            "(?i).*(csrf|xsrf|sess|sessie|consent|toestemming|cookie_?notice|cookielaw).*|lang|language|locale|taal");

    private UnidentifiedItems() {}

    /** Whether the item is unidentified and persistent enough, or identifier-like enough, to need review. */
    static boolean needsReview(ClassifiedItem item) {
        if (item.classification().category() != Category.UNKNOWN || item.family() != null) {
            return false;
        }
        if (NECESSARY_NAME.matcher(item.name()).matches()) {
            return false;
        }
        return switch (item) {
            case ClassifiedCookie cookie -> persistentCookie(cookie);
            case ClassifiedStorage storage ->
                storage.entry().kind() == StorageKind.LOCAL_STORAGE
                        && IdentifierValue.looksLikeIdentifier(storage.entry().valuePreview());
        };
    }

    private static boolean persistentCookie(ClassifiedCookie item) {
        Duration lifetime = item.cookie().lifetime();
        if (lifetime == null || item.cookie().removed()) {
            return false;
        }
        return lifetime.compareTo(TRIVIAL_LIFETIME) > 0
                || IdentifierValue.looksLikeIdentifier(item.cookie().value());
    }
}
