package nl.cookiekeur.knowledge.classifier;

import java.util.Objects;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.cookie.Cookie;

/**
 * A generated, real-looking cookie observation with the knowledge entry it was made from; the label is
 * kept beside the cookie and never inside it.
 *
 * @param cookie the observation as a browser would report it
 * @param entry the knowledge entry it instantiates
 */
public record ObservedCookie(Cookie cookie, KnowledgeEntry entry) {
    public ObservedCookie {
        Objects.requireNonNull(cookie, "cookie");
        Objects.requireNonNull(entry, "entry");
    }

    /** The true category (from the entry). */
    public Category label() {
        return entry.category();
    }

    /** The vendor group used for grouped splits. */
    public String platform() {
        return entry.platform();
    }
}
