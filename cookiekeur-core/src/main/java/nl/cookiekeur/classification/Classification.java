package nl.cookiekeur.classification;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an observed cookie is for, where that knowledge came from and how sure it is.
 *
 * @param category the category; {@link Category#UNKNOWN} when nothing is sure enough (needs review)
 * @param confidence calibrated probability (0–1) that the category is right; for {@code UNKNOWN} the
 *     confidence of the best guess that was rejected
 * @param vendor the platform or tracker company when known, else {@code null}
 * @param source the knowledge entry id that identified it, or {@link #PREDICTED} when the classifier guessed
 * @param thirdParty whether the cookie's registrable domain differs from the visited site's
 */
public record Classification(
        Category category, double confidence, @Nullable String vendor, String source, boolean thirdParty) {

    /** The {@code source} of a classification made by the classifier rather than a knowledge entry. */
    public static final String PREDICTED = "classifier";

    public Classification {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }

    /** Whether the classifier predicted it rather than a knowledge entry identifying it. */
    public boolean predicted() {
        return PREDICTED.equals(source);
    }

    /** Whether the cookie needs a human to review its purpose. */
    public boolean needsReview() {
        return category == Category.UNKNOWN;
    }
}
