package nl.cookiekeur.cli.knowledge;

import java.util.Locale;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieAdvice;
import nl.cookiekeur.cli.Messages;

/**
 * Counts how often the classification agrees with the label column, overall and per source, and how many
 * cookies labelled marketing (advertising) get advice that needs no consent.
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

    void add(Category label, Classification classification, CookieAdvice advice) {
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
