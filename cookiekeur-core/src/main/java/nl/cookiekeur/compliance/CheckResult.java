package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Objects;

/**
 * What one check concluded: its hits (empty when the site passes) and, when the evidence cannot decide, why
 * a person must review it.
 *
 * @param hits the hits; empty when nothing was found
 * @param review the text variant of the manual review, empty when the check could decide
 * @param reviewArguments the facts for the review text
 */
public record CheckResult(List<Hit> hits, String review, List<String> reviewArguments) {

    private static final CheckResult PASSED = new CheckResult(List.of(), "", List.of());

    public CheckResult {
        hits = List.copyOf(hits);
        Objects.requireNonNull(review, "review");
        reviewArguments = List.copyOf(reviewArguments);
    }

    /** Nothing found, and the evidence sufficed to say so. */
    public static CheckResult passed() {
        return PASSED;
    }

    /** The given hits (passed when empty). */
    public static CheckResult of(List<Hit> hits) {
        return new CheckResult(hits, "", List.of());
    }

    /** One hit. */
    public static CheckResult of(Hit hit) {
        return of(List.of(hit));
    }

    /** The evidence cannot decide: a person must review it (the main review text). */
    public static CheckResult manual(String... arguments) {
        return new CheckResult(List.of(), "main", List.of(arguments));
    }

    /** The evidence cannot decide: a person must review it, with the given review text variant. */
    public static CheckResult manualVariant(String variant, String... arguments) {
        return new CheckResult(List.of(), variant, List.of(arguments));
    }

    /** Whether a person must review the check. */
    public boolean needsReview() {
        return !review.isEmpty();
    }
}
