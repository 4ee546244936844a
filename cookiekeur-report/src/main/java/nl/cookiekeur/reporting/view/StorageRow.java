package nl.cookiekeur.reporting.view;

import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.compliance.ItemAdvice;
import nl.cookiekeur.evidence.StorageEntry;
import org.jspecify.annotations.Nullable;

/**
 * An observed storage entry with the advice the assessment gave for it.
 *
 * @param entry the entry as observed
 * @param advice its advice, {@code null} when the assessment gave none
 */
public record StorageRow(StorageEntry entry, @Nullable ItemAdvice advice) {
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
