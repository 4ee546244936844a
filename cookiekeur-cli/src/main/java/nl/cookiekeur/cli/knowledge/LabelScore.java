package nl.cookiekeur.cli.knowledge;

import java.util.Locale;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.cli.Messages;

/** Counts how often the classification agrees with the label column, overall and per source. */
final class LabelScore {
    private int labelled;
    private int correct;
    private int known;
    private int knownCorrect;
    private int predicted;
    private int predictedCorrect;
    private int review;
    private int necessaryAsMarketing;

    void add(Category label, Classification classification) {
        boolean right = classification.category() == label;
        labelled++;
        correct += right ? 1 : 0;
        if (classification.needsReview()) {
            review++;
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
                + messages.get("classify.summary.necessaryAsMarketing", necessaryAsMarketing);
    }

    private static String percent(int part, int whole, Locale locale) {
        return String.format(locale, "%.1f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
    }
}
