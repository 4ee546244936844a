package nl.cookiekeur.classification;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a page is where the customer pays: a path segment (split at {@code /}, {@code -}, {@code _} and
 * {@code .}) is one of the usual words for checkout or payment in Dutch and English, such as {@code /afrekenen},
 * {@code /checkout/stap-2} or {@code /betalen}. A cart page is not a checkout page: the customer has not chosen to
 * pay yet. Only the page's own address is read; a home page or product page never counts.
 */
public final class CheckoutPages {
    private static final Set<String> WORDS =
            Set.of("checkout", "afrekenen", "afreken", "kassa", "betalen", "betaal", "payment");

    private CheckoutPages() {}

    /** Whether {@code page} is a checkout or payment page. */
    public static boolean is(@Nullable URI page) {
        if (page == null || page.getRawPath() == null) {
            return false;
        }
        for (String word : page.getRawPath().toLowerCase(Locale.ROOT).split("[/._\\-]+")) {
            if (WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
