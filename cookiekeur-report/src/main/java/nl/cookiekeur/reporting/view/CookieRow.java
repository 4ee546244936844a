package nl.cookiekeur.reporting.view;

import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.compliance.ItemAdvice;
import nl.cookiekeur.evidence.ObservedCookie;
import org.jspecify.annotations.Nullable;

/**
 * An observed cookie with the advice the assessment gave for it.
 *
 * @param cookie the cookie as observed
 * @param advice its advice, {@code null} when the assessment gave none
 * @param thirdParty whether it belongs to another site (from the advice, else by its domain)
 */
public record CookieRow(ObservedCookie cookie, @Nullable ItemAdvice advice, boolean thirdParty) {
    /** Its category, {@link Category#UNKNOWN} without advice. */
    public Category category() {
        return advice == null ? Category.UNKNOWN : advice.category();
    }

    /** Its vendor, when known. */
    public Optional<String> vendor() {
        return advice == null ? Optional.empty() : Optional.ofNullable(advice.vendor());
    }

    /** The beslisboom advice number, when given. */
    public Optional<Integer> adviceNumber() {
        return advice == null ? Optional.empty() : Optional.of(advice.advice().number());
    }

    /** Whether consent is required, empty when the assessment gave no advice. */
    public Optional<Boolean> consentRequired() {
        return advice == null ? Optional.empty() : Optional.of(advice.consentRequired());
    }
}
