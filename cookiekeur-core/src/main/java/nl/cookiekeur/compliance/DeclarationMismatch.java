package nl.cookiekeur.compliance;

import java.util.Objects;

/**
 * A difference between what the site declares (its cookie statement or the banner's own list) and what was
 * observed.
 *
 * @param kind {@code not-declared} (set but not declared), {@code category} (declared category contradicts
 *     the knowledge base) or {@code lifetime} (observed lifetime longer than declared)
 * @param name the cookie name (untrusted)
 * @param declared what the site declares (untrusted)
 * @param observed what was observed or is known
 * @param source where the declaration was read: the statement's URL or {@code banner}
 */
public record DeclarationMismatch(String kind, String name, String declared, String observed, String source) {

    public DeclarationMismatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(source, "source");
    }
}
