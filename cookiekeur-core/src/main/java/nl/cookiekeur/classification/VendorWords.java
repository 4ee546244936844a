package nl.cookiekeur.classification;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A list of lower-case vendor names, matched as whole words of a classification's vendor text. */
record VendorWords(List<String> words) {
    VendorWords {
        words = List.copyOf(words);
    }

    static VendorWords of(String... words) {
        return new VendorWords(List.of(words));
    }

    /** Whether a word of {@code vendor} (such as "PostHog (PostHog)" or "MailChimp Tracking") is in the list. */
    boolean cover(@Nullable String vendor) {
        if (vendor == null || vendor.isBlank()) {
            return false;
        }
        for (String word : vendor.toLowerCase(Locale.ROOT).split("[^a-z0-9]+", -1)) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
