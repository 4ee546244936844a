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
 * @param likely for {@code UNKNOWN}, the best guess that was not sure enough to decide on (shown as "likely",
 *     never used for advice); {@code null} otherwise or when there is no guess
 * @param sourceLabel what the knowledge source itself calls the cookie (evidence only), {@code null} when the
 *     source gives no label of its own
 */
public record Classification(
        Category category,
        double confidence,
        @Nullable String vendor,
        String source,
        boolean thirdParty,
        @Nullable Category likely,
        @Nullable SourceLabel sourceLabel) {

    /** The {@code source} of a classification made by the classifier rather than a knowledge entry. */
    public static final String PREDICTED = "classifier";
    /** The {@code source} of a classification that follows what other real sites declared for the cookie. */
    public static final String DECLARED = "site-declarations";

    public Classification {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        if (category != Category.UNKNOWN || likely == Category.UNKNOWN) {
            likely = null;
        }
    }

    /** A classification without a best guess. */
    public Classification(
            Category category, double confidence, @Nullable String vendor, String source, boolean thirdParty) {
        this(category, confidence, vendor, source, thirdParty, null, null);
    }

    /** A classification without a label of its source. */
    public Classification(
            Category category,
            double confidence,
            @Nullable String vendor,
            String source,
            boolean thirdParty,
            @Nullable Category likely) {
        this(category, confidence, vendor, source, thirdParty, likely, null);
    }

    /** The category when decided, else the best guess when there is one, else {@code UNKNOWN}. */
    public Category bestGuess() {
        return likely == null ? category : likely;
    }

    /** Whether the classifier predicted it rather than a knowledge entry identifying it. */
    public boolean predicted() {
        return PREDICTED.equals(source);
    }

    /** Whether the category follows other sites' declarations rather than a knowledge entry or the model. */
    public boolean declared() {
        return DECLARED.equals(source);
    }

    /** Whether the cookie needs a human to review its purpose. */
    public boolean needsReview() {
        return category == Category.UNKNOWN;
    }
}
