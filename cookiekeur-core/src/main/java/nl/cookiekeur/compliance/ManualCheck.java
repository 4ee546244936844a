package nl.cookiekeur.compliance;

import java.util.Objects;

/**
 * A check from the catalogue that the evidence cannot decide, with what a person must look at.
 *
 * @param checkId the check id
 * @param title its title
 * @param whatToReview what to look at and how to decide
 */
public record ManualCheck(String checkId, LocalizedText title, LocalizedText whatToReview) {

    public ManualCheck {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(whatToReview, "whatToReview");
    }
}
