package nl.cookiekeur.knowledge.classifier;

import java.util.List;
import nl.cookiekeur.classification.Category;

/**
 * Counts of true category (rows: the four known categories) against answered category (columns: the four
 * plus unknown), with the derived precision, recall, coverage and accuracy.
 */
public final class ConfusionMatrix {
    /** The true categories (rows). */
    public static final List<Category> TRUE = PurposeModel.CLASSES;
    /** The answered categories (columns), including unknown. */
    public static final List<Category> ANSWERED =
            List.of(Category.NECESSARY, Category.PREFERENCES, Category.ANALYTICS, Category.MARKETING, Category.UNKNOWN);

    private final long[][] counts = new long[TRUE.size()][ANSWERED.size()];

    /** Records one item. */
    public void add(Category truth, Category answered) {
        int row = TRUE.indexOf(truth);
        if (row < 0) {
            throw new IllegalArgumentException("truth must be a known category: " + truth);
        }
        counts[row][ANSWERED.indexOf(answered)]++;
    }

    /** Items with this true category that got this answer. */
    public long count(Category truth, Category answered) {
        return counts[TRUE.indexOf(truth)][ANSWERED.indexOf(answered)];
    }

    /** All items. */
    public long total() {
        long total = 0;
        for (long[] row : counts) {
            for (long c : row) {
                total += c;
            }
        }
        return total;
    }

    /** Items that got a known category. */
    public long answered() {
        long unknown = 0;
        for (Category truth : TRUE) {
            unknown += count(truth, Category.UNKNOWN);
        }
        return total() - unknown;
    }

    /** Items whose answer equals the truth. */
    public long correct() {
        long correct = 0;
        for (Category category : TRUE) {
            correct += count(category, category);
        }
        return correct;
    }

    /** Share of items that got a known category. */
    public double coverage() {
        return ratio(answered(), total());
    }

    /** Share of all items answered correctly (unknown counts as wrong). */
    public double accuracy() {
        return ratio(correct(), total());
    }

    /** Share of answered items answered correctly. */
    public double accuracyOnAnswered() {
        return ratio(correct(), answered());
    }

    /** Of the items answered with this category, the share that truly are. */
    public double precision(Category category) {
        long answeredAs = 0;
        for (Category truth : TRUE) {
            answeredAs += count(truth, category);
        }
        return ratio(count(category, category), answeredAs);
    }

    /** Of the items truly in this category, the share answered so. */
    public double recall(Category category) {
        long truly = 0;
        for (Category answered : ANSWERED) {
            truly += count(category, answered);
        }
        return ratio(count(category, category), truly);
    }

    /** Of the truly necessary items, the share falsely called marketing: the worst error. */
    public double necessaryAsMarketingRate() {
        long necessary = 0;
        for (Category answered : ANSWERED) {
            necessary += count(Category.NECESSARY, answered);
        }
        return ratio(count(Category.NECESSARY, Category.MARKETING), necessary);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
