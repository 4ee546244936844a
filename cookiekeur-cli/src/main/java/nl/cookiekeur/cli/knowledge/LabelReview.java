package nl.cookiekeur.cli.knowledge;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.cookie.Cookie;

/**
 * A label that a site declared for a cookie and that cannot stand in law, with the category the law gives it
 * instead. The yardstick for {@code knowledge classify}: the product's answers do not read it.
 *
 * @param name the cookie name, exactly
 * @param domain the cookie domain or a parent of it ({@code google.com} covers {@code .www.google.com}), or
 *     {@code *} for a cookie of the tool wherever it is set
 * @param declared the declared labels this review corrects
 * @param reviewed the categories the law allows (two when the vendor's wording decides between analytics and
 *     marketing, both of which need consent)
 * @param source the id of the primary source the review rests on
 * @param reason why the declared label cannot stand
 */
record LabelReview(
        String name, String domain, Set<Category> declared, Set<Category> reviewed, String source, String reason) {

    static final String ANY_DOMAIN = "*";

    LabelReview {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        declared = Set.copyOf(declared);
        reviewed = Set.copyOf(reviewed);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        if (declared.isEmpty() || reviewed.isEmpty() || declared.stream().anyMatch(reviewed::contains)) {
            throw new IllegalArgumentException(
                    "a review corrects at least one declared label to other categories: " + name);
        }
    }

    /** Whether this review corrects {@code label} for {@code cookie}. */
    boolean corrects(Cookie cookie, Category label) {
        if (!cookie.name().equals(name) || !declared.contains(label)) {
            return false;
        }
        if (domain.equals(ANY_DOMAIN)) {
            return true;
        }
        String host = cookie.domain().toLowerCase(Locale.ROOT);
        host = host.startsWith(".") ? host.substring(1) : host;
        return host.equals(domain) || host.endsWith("." + domain);
    }
}
