package nl.cookiekeur.knowledge.classifier;

import java.util.Objects;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.cookie.Cookie;
import org.jspecify.annotations.Nullable;

/**
 * An observed cookie with what the classifier can learn about it from outside its own attributes.
 *
 * @param cookie the observation
 * @param thirdParty whether its registrable domain differs from the visited site's
 * @param tracker the known tracker of its domain or setter script, {@code null} when none is known
 */
record CookieContext(
        Cookie cookie, boolean thirdParty, @Nullable Tracker tracker) {
    CookieContext {
        Objects.requireNonNull(cookie, "cookie");
    }
}
