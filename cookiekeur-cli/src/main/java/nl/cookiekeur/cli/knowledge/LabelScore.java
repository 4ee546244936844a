package nl.cookiekeur.cli.knowledge;

import java.util.Locale;
import java.util.Set;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieAdvice;
import nl.cookiekeur.cli.Messages;

/**
 * Counts how often the classification agrees with the label column, overall and per source, and how many
 * cookies labelled marketing (advertising) get advice that needs no consent. Next to the declared labels it scores
 * against the reviewed ones: where {@link LabelReviews} says a declared label cannot stand in law, the categories
 * the law allows count as right instead.
 */
final class LabelScore {
    private int labelled;
    private int correct;
    private int known;
    private int knownCorrect;
    private int predicted;
    private int predictedCorrect;
    private int review;
    private int guessedCorrect;
    private int reviewGuessedCorrect;
    private int declared;
    private int declaredCorrect;
    private int necessaryAsMarketing;
    private int marketing;
    private int marketingWithoutConsent;
    private int marketingStrictlyNecessary;
    private int reviewedLabels;
    private int reviewedCorrect;
    private int reviewedGuessedCorrect;

    /**
     * Adds one labelled cookie.
     *
     * @param accepted the categories that count as right against the reviewed labels: the label itself, or what
     *     the review allows instead of it
     */
    void add(Category label, Set<Category> accepted, Classification classification, CookieAdvice advice) {
        reviewedLabels += accepted.equals(Set.of(label)) ? 0 : 1;
        reviewedCorrect += accepted.contains(classification.category()) ? 1 : 0;
        reviewedGuessedCorrect += accepted.contains(classification.bestGuess()) ? 1 : 0;
        boolean right = classification.category() == label;
        labelled++;
        correct += right ? 1 : 0;
        boolean guessedRight = classification.bestGuess() == label;
        guessedCorrect += guessedRight ? 1 : 0;
        if (classification.needsReview()) {
            review++;
            reviewGuessedCorrect += guessedRight ? 1 : 0;
        } else if (classification.declared()) {
            declared++;
            declaredCorrect += right ? 1 : 0;
        } else if (classification.predicted()) {
            predicted++;
            predictedCorrect += right ? 1 : 0;
        } else {
            known++;
            knownCorrect += right ? 1 : 0;
        }
        if (label == Category.NECESSARY && classification.category() == Category.MARKETING) {
            necessaryAsMarketing++;
        }
        if (label == Category.MARKETING) {
            marketing++;
            marketingWithoutConsent += advice.consentRequired() ? 0 : 1;
            marketingStrictlyNecessary += classification.category() == Category.NECESSARY ? 1 : 0;
        }
    }

    /** The summary lines, or nothing when no row had a label. */
    String summary(Messages messages) {
        if (labelled == 0) {
            return "";
        }
        return messages.get(
                        "classify.summary.overall",
                        correct,
                        labelled,
                        percent(correct, labelled, messages.language().locale()))
                + System.lineSeparator()
                + messages.get("classify.summary.parts", knownCorrect, known, predictedCorrect, predicted, review)
                + System.lineSeparator()
                + messages.get(
                        "classify.summary.bestGuess",
                        guessedCorrect,
                        labelled,
                        percent(guessedCorrect, labelled, messages.language().locale()),
                        reviewGuessedCorrect,
                        review,
                        declaredCorrect,
                        declared)
                + System.lineSeparator()
                + messages.get(
                        "classify.summary.reviewed",
                        reviewedLabels,
                        reviewedCorrect,
                        labelled,
                        percent(reviewedCorrect, labelled, messages.language().locale()),
                        reviewedGuessedCorrect,
                        percent(
                                reviewedGuessedCorrect,
                                labelled,
                                messages.language().locale()))
                + System.lineSeparator()
                + messages.get("classify.summary.necessaryAsMarketing", necessaryAsMarketing)
                + System.lineSeparator()
                + messages.get(
                        "classify.summary.marketingWithoutConsent",
                        marketingWithoutConsent,
                        marketing,
                        percent(
                                marketingWithoutConsent,
                                marketing,
                                messages.language().locale()),
                        marketingStrictlyNecessary);
    }

    private static String percent(int part, int whole, Locale locale) {
        return String.format(locale, "%.1f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
    }
}
