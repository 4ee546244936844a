package nl.cookiekeur.compliance;

import java.util.Locale;
import java.util.Objects;
import nl.cookiekeur.classification.Category;
import org.jspecify.annotations.Nullable;

/**
 * A cookie as a site's statement declares it.
 *
 * @param name the declared name (untrusted); may end in a wildcard such as {@code _ga_*}
 * @param category the declared category, {@code null} when none was understood
 * @param categoryText the declared category as written (untrusted), empty when none
 * @param lifetime the declared lifetime, {@code null} when none was understood
 * @param lifetimeText the declared lifetime as written (untrusted), empty when none
 * @param source where it was declared: the statement's URL
 */
record DeclaredCookie(
        String name,
        @Nullable Category category,
        String categoryText,
        @Nullable DeclaredLifetime lifetime,
        String lifetimeText,
        String source) {

    DeclaredCookie {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(categoryText, "categoryText");
        Objects.requireNonNull(lifetimeText, "lifetimeText");
        Objects.requireNonNull(source, "source");
    }

    /** Whether an observed cookie name is this declaration: equal, or under its wildcard prefix. */
    boolean matches(String observed) {
        if (name.equals(observed)) {
            return true;
        }
        String prefix = prefix();
        return prefix.length() >= 3 && observed.startsWith(prefix) && !prefix.equals(name);
    }

    /** The part before a wildcard ({@code *}, {@code <id>}, {@code [id]}, {@code {id}}, {@code xxx}). */
    private String prefix() {
        int cut = name.length();
        for (String marker : new String[] {"*", "<", "[", "{", "xxx", "XXX", "#"}) {
            int at = name.indexOf(marker);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return name.substring(0, cut);
    }

    /** The category words statements use, mapped to categories ("functioneel" is the Dutch word for necessary). */
    static @Nullable Category categoryOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (containsAny(lower, "marketing", "tracking", "advert", "targeting", "reclame", "social", "sociale media")) {
            return Category.MARKETING;
        }
        if (containsAny(lower, "analyt", "statist", "prestatie", "performance", "meten", "measurement")) {
            return Category.ANALYTICS;
        }
        if (containsAny(lower, "voorkeur", "preference", "personalis")) {
            return Category.PREFERENCES;
        }
        if (containsAny(
                lower, "noodzakelijk", "necessary", "essenti", "functione", "functional", "technisch", "technical")) {
            return Category.NECESSARY;
        }
        return null;
    }

    private static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
